// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.parts.CasebookPart;
import org.rapport.app.parts.ProblemsPart;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.model.ClientCase;
import org.rapport.model.SessionPlan;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DatePicker;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.ListSection;
import org.rapport.ui.TechniquePicker;
import org.rapport.model.time.Dates;

/**
 * Plans a session in the real workbench, from the keyboard only: a new session and a new plan for
 * it from the previous one, the date typed, a goal and agenda items added in their tables, the
 * agenda reordered and over time, a technique picked from the catalogue, undo and redo, save,
 * close and reopen from disk.
 */
class PlanEditorUiTest {

  /** Every demo plan names a risk; for the example institution's rule, CL-0552's second no longer does. */
  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook().withProperty("rapport.recovery.seconds", "1").preparingEachCopy(casebook -> {
    Path plan = casebook.resolve("clients/CL-0552/sessions/02-plan.xmi");
    String text = Files.readString(plan);
    String withoutRisks = text.replaceAll("\\s*<risks [^>]*/>", "");   // an element may span lines
    assertFalse(withoutRisks.equals(text), "the demo plan CL-0552/02 has a risk to take out");
    Files.writeString(plan, withoutRisks);
  });

  @Test
  void aSessionIsPlannedFromAnEmptyPlanToASavedValidPlanWithoutTheMouse() throws Exception {
    // the client in the explorer; Ctrl+Shift+N adds its next session, Ctrl+Alt+P plans it
    ClientCase client = workbench.syncExec(() -> active().current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals("CL-0630")).findFirst().orElseThrow());
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      explorer().setSelection(new StructuredSelection(client), true);
      explorer().getTree().setFocus();
      return null;
    });
    workbench.key(0, 'n', SWT.CTRL | SWT.SHIFT);
    waitFor(() -> client.getSessions().size() == 4 ? client : null, "Ctrl+Shift+N adds session 4");
    workbench.key(0, 'p', SWT.CTRL | SWT.ALT);
    MPart part = waitFor(() -> documentPart("CL-0630-S04-plan"), "Ctrl+Alt+P creates and opens the plan");
    PlanEditor editor = (PlanEditor) workbench.syncExec(part::getObject);
    SessionPlan plan = (SessionPlan) workbench.syncExec(editor::document);
    String note = workbench.syncExec(() -> find(Label.class, PlanEditor.NOTE_KEY).getText());
    assertTrue(note.startsWith("Copied ") && note.contains("from the plan of session 3"), note);
    assertEquals(LocalDateTime.of(2026, 4, 28, 16, 0), Dates.time(plan.getDateTime()), "a week after session 3, from the session");

    // the cursor starts in the date; a new time, then Tab on to the length
    Text date = workbench.syncExec(() -> (Text) workbench.display().getFocusControl());
    workbench.syncExec(() -> {
      date.selectAll();
      return null;
    });
    workbench.type("2026-04-28 17:30");
    workbench.key(SWT.TAB, '\t', 0);
    assertEquals(LocalDateTime.of(2026, 4, 28, 17, 30), Dates.time(plan.getDateTime()));

    // Alt+G: goals; Insert adds one and edits it; Tab goes to its second cell
    int goalsBefore = plan.getGoals().size();
    workbench.key(0, 'g', SWT.ALT);
    assertEquals("goals", focusedList());
    workbench.key(SWT.INSERT, '\0', 0);
    workbench.type("Notice the pauses");
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type("Client names one");
    workbench.key(SWT.CR, '\r', 0);
    assertEquals(goalsBefore + 1, plan.getGoals().size());
    assertEquals("Notice the pauses", plan.getGoals().get(goalsBefore).getText());
    assertEquals("Client names one", plan.getGoals().get(goalsBefore).getHowWeWillKnow());

    // Alt+A: the agenda; two items that run five minutes over
    workbench.key(0, 'a', SWT.ALT);
    assertEquals("agenda", focusedList());
    assertTrue(plan.getAgenda().isEmpty(), "an agenda is never copied from the previous plan");
    addAgendaItem("Check-in", "10");
    addAgendaItem("Main work", "45");
    assertEquals(List.of("Check-in", "Main work"), plan.getAgenda().stream().map(item -> item.getTitle()).toList());
    assertEquals("Agenda total: 55 of 50 minutes \u2014 5 over the session",
        workbench.syncExec(() -> find(Label.class, PlanEditor.TOTAL_KEY).getText()));
    assertTrue(workbench.syncExec(editor::overTimeShown), "the over-time warning shows at the total");
    // Alt+Up moves the selected item up
    workbench.key(SWT.ARROW_UP, '\0', SWT.ALT);
    assertEquals(List.of("Main work", "Check-in"), plan.getAgenda().stream().map(item -> item.getTitle()).toList());

    // Alt+T: techniques; Insert opens the catalogue picker, typing filters, Enter takes it
    int techniquesBefore = plan.getTechniques().size();
    pickTechnique(plan, "validation");
    String picked = plan.getTechniques().get(techniquesBefore).getTechniqueId();
    assertTrue(picked.contains("validat"), picked);
    workbench.type("When grief comes up");
    workbench.key(SWT.CR, '\r', 0);
    assertEquals("When grief comes up", plan.getTechniques().get(techniquesBefore).getMoment());

    // Ctrl+Z takes the moment back, Ctrl+Y gives it again
    workbench.key(0, 'z', SWT.CTRL);
    assertEquals(null, plan.getTechniques().get(techniquesBefore).getMoment());
    workbench.key(0, 'y', SWT.CTRL);
    assertEquals("When grief comes up", plan.getTechniques().get(techniquesBefore).getMoment());
    assertTrue(workbench.syncExec(part::isDirty));

    // Alt+V: the clauses of the client's signed agreement; Space ticks the first to revisit
    workbench.key(0, 'v', SWT.ALT);
    assertEquals("clausesToRevisit", focusedList());
    workbench.key(SWT.ARROW_DOWN, '\0', 0);
    workbench.key(' ', ' ', 0);
    assertEquals(1, plan.getClausesToRevisit().size(), "the ticked clause is listed by its id");

    screenshot(Path.of("target/screenshots/plan-editor.png"), 1280, 1000);
    screenshot(Path.of("target/screenshots/plan-editor-1024x768.png"), 1024, 768);

    // Ctrl+S saves; closed and opened again, the plan comes back from its file
    workbench.key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "Ctrl+S saves");
    String saved = Files.readString(workbench.casebook().resolve("clients/CL-0630/CL-0630-S04-plan.xmi"));
    assertTrue(saved.contains("Notice the pauses") && saved.contains("When grief comes up"), saved);
    workbench.syncExec(() -> {
      context().get(EPartService.class).hidePart(part);
      return null;
    });
    workbench.syncExec(() -> {
      context().get(EHandlerService.class).executeHandler(context().get(ECommandService.class).createCommand(
          "org.rapport.app.command.openDocument", Map.of("org.rapport.app.commandparameter.documentId", "CL-0630-S04-plan")));
      return null;
    });
    MPart reopened = waitFor(() -> documentPart("CL-0630-S04-plan"), "the plan opens again");
    SessionPlan again = (SessionPlan) workbench.syncExec(() -> ((PlanEditor) reopened.getObject()).document());
    assertFalse(again == plan, "read from the file");
    assertEquals(List.of("Main work", "Check-in"), again.getAgenda().stream().map(item -> item.getTitle()).toList());
    assertEquals(LocalDateTime.of(2026, 4, 28, 17, 30), Dates.time(again.getDateTime()));
    assertEquals(picked, again.getTechniques().get(techniquesBefore).getTechniqueId());
    workbench.syncExec(() -> {
      context().get(EPartService.class).hidePart(reopened);
      return null;
    });
  }

  @Test
  void openActionPointsOfThePreviousReflectionAreCarriedOverAndMarkedFromTheKeyboard() throws Exception {
    // CL-0417's fourth session has no plan; its third has a reflection with two open action points
    var session = workbench.syncExec(() -> active().current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals("CL-0417")).findFirst().orElseThrow().getSessions().get(3));
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      explorer().setSelection(new StructuredSelection(session), true);
      explorer().getTree().setFocus();
      return null;
    });
    workbench.key(0, 'p', SWT.CTRL | SWT.ALT);
    MPart part = waitFor(() -> documentPart("CL-0417-S04-plan"), "the plan of session 4 opens");
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((PlanEditor) part.getObject()).document());
    assertEquals(2, plan.getCarriedActions().size());
    String note = workbench.syncExec(() -> find(Label.class, PlanEditor.NOTE_KEY).getText());
    assertTrue(note.contains("2 open action points from the reflection on session 3"), note);

    // Alt+P: the carried-over list; Home, the status cell of the first row, Enter, the next status, Enter
    workbench.key(0, 'p', SWT.ALT);
    assertEquals("carriedActions", focusedList());
    workbench.key(SWT.HOME, '\0', 0);
    workbench.key(SWT.ARROW_RIGHT, '\0', 0);
    workbench.key(SWT.CR, '\r', 0);
    workbench.key(SWT.ARROW_DOWN, '\0', 0);
    workbench.key(SWT.CR, '\r', 0);
    assertEquals(org.rapport.model.ActionStatus.DONE, plan.getCarriedActions().get(0).getStatus(), "marked done");
    workbench.key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "Ctrl+S saves");

    // typing in a cell shows as a change at once, and Ctrl+S takes the cell being typed in
    workbench.key(0, 'g', SWT.ALT);
    workbench.key(SWT.HOME, '\0', 0);
    workbench.key(SWT.CR, '\r', 0);
    workbench.type("Still typing");
    assertTrue(workbench.syncExec(part::isDirty), "typing in a cell marks the plan changed");
    // the crash-recovery copy (every second here) takes the cell's typing and leaves the cell open
    Path kept = workbench.casebook().resolve(".recovery/CL-0417-S04-plan.xmi");
    waitFor(() -> {
      try {
        return Files.exists(kept) && Files.readString(kept).contains("Still typing") ? kept : null;
      } catch (java.io.IOException e) {
        return null;   // being written at this moment
      }
    }, "the cell's typing is kept for recovery");
    assertTrue(workbench.syncExec(() -> workbench.display().getFocusControl() instanceof Text), "the cell is still open");
    workbench.key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "Ctrl+S saves with the cell still open");
    assertTrue(Files.readString(workbench.casebook().resolve("clients/CL-0417/CL-0417-S04-plan.xmi")).contains("Still typing"),
        "the text of the open cell was saved");

    // a date that cannot be read is never dropped silently: Save refuses and says why
    Text date = workbench.syncExec(() -> {
      List<Text> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Text t && "dateTime".equals(t.getData(org.rapport.ui.DocumentEditor.FIELD_KEY))) {
          found.add(t);
        }
      });
      found.get(0).setFocus();
      found.get(0).selectAll();
      return found.get(0);
    });
    workbench.type("next Tuesday");
    workbench.key(SWT.TAB, '\t', 0);
    assertTrue(workbench.syncExec(part::isDirty), "an unreadable value keeps the plan changed");
    workbench.key(0, 's', SWT.CTRL);
    waitFor(() -> dialog("Save"), "Save says the date cannot be read");
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> dialog("Save") == null ? part : null, "the message is closed");
    assertTrue(workbench.syncExec(part::isDirty), "nothing was saved");
    workbench.focusMainWindow();
    workbench.settle();
    assertEquals(date, workbench.syncExec(() -> workbench.display().getFocusControl()), "the cursor is in the date");
    workbench.syncExec(() -> {
      date.selectAll();
      return null;
    });
    workbench.type("2026-03-03 10:30");
    workbench.key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "corrected, it saves");
    assertEquals(LocalDateTime.of(2026, 3, 3, 10, 30), Dates.time(plan.getDateTime()));
    workbench.syncExec(() -> {
      context().get(EPartService.class).hidePart(part);
      return null;
    });
  }

  /**
   * The example institution's extension is in this test runtime (see the pom), as in a product where
   * a lab installed it: the plan editor offers its techniques, and Problems lists its rule at its
   * severity, on the field it names. Nothing in Rapport's own bundles knows about it.
   */
  @Test
  void anInstalledInstitutionsTechniquesAreOfferedAndItsRuleIsListed() throws Exception {
    workbench.openDocument("CL-0552-S02-plan");
    MPart part = waitFor(() -> documentPart("CL-0552-S02-plan"), "the plan opens");
    PlanEditor editor = (PlanEditor) workbench.syncExec(part::getObject);
    SessionPlan plan = (SessionPlan) workbench.syncExec(editor::document);

    ProblemsPart problems = workbench.syncExec(() -> (ProblemsPart) ((MPart) context().get(EModelService.class)
        .find("org.rapport.app.part.problems", workbench.mainWindow())).getObject());
    ProblemsPart.Row row = waitFor(() -> workbench.syncExec(() -> problems.rows().stream()
        .filter(r -> r.part() == part && r.problem().message().startsWith("Northbridge asks every plan")).findFirst().orElse(null)),
        "Northbridge's rule is listed for the plan that names no risk");
    assertFalse(row.problem().isError(), "the rule is a warning");
    assertEquals("risks", row.problem().feature().getName());

    // Alt+T: techniques; Insert opens the picker, which offers the clinic's techniques
    int before = plan.getTechniques().size();
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      editor.setFocus();
      return null;
    });
    pickTechnique(plan, "Purposeful silence");
    assertEquals("northbridge.silence", plan.getTechniques().get(before).getTechniqueId());
    screenshot(Path.of("target/screenshots/example-institution-plan.png"), 1280, 1000);
  }

  @Test
  void ctrlAltPPlansTheSessionSelectedInTheExplorerWhileAnEditorHasTheKeyboard() throws Exception {
    // CL-0552's first session has a reflection but no plan; the plan of session 2 is open and has the keyboard
    var first = workbench.syncExec(() -> active().current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals("CL-0552")).findFirst().orElseThrow().getSessions().get(0));
    workbench.syncExec(() -> {
      explorer().setSelection(new StructuredSelection(first), true);
      return null;
    });
    workbench.openDocument("CL-0552-S02-plan");
    MPart open = waitFor(() -> documentPart("CL-0552-S02-plan"), "the plan of session 2 opens");
    workbench.focusMainWindow();
    waitFor(() -> context().get(EPartService.class).getActivePart() == open ? open : null, "its editor is the active part");
    workbench.key(0, 'p', SWT.CTRL | SWT.ALT);
    MPart created = waitFor(() -> documentPart("CL-0552-S01-plan"), "Ctrl+Alt+P plans the session selected in the explorer");
    assertEquals("CL-0552-S01", workbench.syncExec(() -> ((SessionPlan) ((PlanEditor) created.getObject()).document()).getSessionId()));
    workbench.settle();
    assertEquals(0, (int) workbench.syncExec(() -> ((PlanEditor) created.getObject()).scrolledBy()),
        "the new plan opens at its top, its note and header in view, the cursor in its first field");

    // a session that has its plan: Ctrl+Alt+P shows that plan rather than doing nothing
    var fourth = workbench.syncExec(() -> first.eContainer() instanceof ClientCase c ? c.getSessions().get(3) : null);
    workbench.syncExec(() -> {
      explorer().setSelection(new StructuredSelection(fourth), true);
      return null;
    });
    workbench.focusMainWindow();
    workbench.key(0, 'p', SWT.CTRL | SWT.ALT);
    waitFor(() -> documentPart("CL-0552-S04-plan"), "the existing plan of session 4 opens");

    // nothing selected: the command says what to select instead of doing nothing
    workbench.syncExec(() -> {
      explorer().setSelection(StructuredSelection.EMPTY);
      return null;
    });
    workbench.focusMainWindow();
    workbench.key(0, 'p', SWT.CTRL | SWT.ALT);
    waitFor(() -> dialog(NewPlanHandler.TITLE), "a message names what to select");
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> dialog(NewPlanHandler.TITLE) == null ? Boolean.TRUE : null, "Enter closes it");
  }

  @Test
  void aDateIsChosenOnTheCalendarWithAltDownAsOneChange() throws Exception {
    workbench.openDocument("CL-0417-S02-plan");
    MPart part = waitFor(() -> documentPart("CL-0417-S02-plan"), "the plan opens");
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((PlanEditor) part.getObject()).document());
    Text date = workbench.syncExec(() -> {
      List<Text> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Text t && "dateTime".equals(t.getData(DocumentEditor.FIELD_KEY))) {
          found.add(t);
        }
      });
      return found.get(0);
    });
    workbench.focusMainWindow();
    workbench.syncExec(date::setFocus);
    workbench.key(SWT.ARROW_DOWN, '\0', SWT.ALT);
    Shell calendar = waitFor(() -> dialog(DatePicker.TITLE), "Alt+Down opens the calendar");
    assertEquals(List.of(2026, 1, 17, 10, 0), workbench.syncExec(() -> {
      DateTime day = find(calendar, "date");
      DateTime time = find(calendar, "time");
      return List.of(day.getYear(), day.getMonth(), day.getDay(), time.getHours(), time.getMinutes());
    }), "it shows the plan's date and time (months count from 0)");
    workbench.syncExec(() -> {
      find(calendar, "date").setDate(2026, 1, 19);
      find(calendar, "time").setTime(9, 30, 0);
      return null;
    });
    workbench.focus(calendar);
    assertTrue(workbench.syncExec(() -> workbench.display().getFocusControl() instanceof org.eclipse.swt.widgets.Button),
        "it opens with the keyboard on OK, so the Enter that opened it does not also close it");
    workbench.syncExec(() -> find(calendar, "date").setFocus());   // as after Shift+Tab to move by days with the arrows
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> LocalDateTime.of(2026, 2, 19, 9, 30).equals(Dates.time(plan.getDateTime())) ? plan : null, "Enter writes the chosen date and time");
    assertEquals("2026-02-19 09:30", workbench.syncExec(date::getText), "in the field's own form");
    workbench.key(0, 'z', SWT.CTRL);
    waitFor(() -> LocalDateTime.of(2026, 2, 17, 10, 0).equals(Dates.time(plan.getDateTime())) ? plan : null, "Ctrl+Z undoes the choice as one change");
  }

  @Test
  void aDayTheMonthDoesNotHaveIsRefusedNotMovedToItsEnd() throws Exception {
    workbench.openDocument("CL-0417-S03-plan");
    MPart part = waitFor(() -> documentPart("CL-0417-S03-plan"), "the plan opens");
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((PlanEditor) part.getObject()).document());
    LocalDateTime before = Dates.time(plan.getDateTime());
    Text date = workbench.syncExec(() -> {
      List<Text> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Text t && "dateTime".equals(t.getData(DocumentEditor.FIELD_KEY))) {
          found.add(t);
        }
      });
      return found.get(0);
    });
    workbench.focusMainWindow();
    workbench.syncExec(date::setFocus);
    workbench.key(0, 'a', SWT.CTRL);
    workbench.type("2026-02-31 10:00");
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> date.getToolTipText() != null ? date : null, "the field says the value does not read");
    assertEquals("Not a valid value here: 2026-02-31 10:00", workbench.syncExec(date::getToolTipText));
    assertEquals(before, Dates.time(plan.getDateTime()), "the plan keeps its date, not 28 February");
    workbench.key(0, 'z', SWT.CTRL);
  }

  private static DateTime find(Shell calendar, String which) {
    List<DateTime> found = new ArrayList<>();
    RunningWorkbench.visit(calendar, c -> {
      if (c instanceof DateTime d && which.equals(d.getData(DatePicker.TITLE))) {
        found.add(d);
      }
    });
    return found.get(0);
  }

  /** Alt+T to the techniques, Insert opens the catalogue picker, {@code filter} typed, Enter takes the first match. */
  private static void pickTechnique(SessionPlan plan, String filter) throws InterruptedException {
    int before = plan.getTechniques().size();
    workbench.key(0, 't', SWT.ALT);
    assertEquals("techniques", focusedList());
    workbench.key(SWT.INSERT, '\0', 0);
    waitFor(() -> dialog(TechniquePicker.TITLE), "the technique picker opens");
    workbench.type(filter);
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> dialog(TechniquePicker.TITLE) == null ? plan : null, "Enter takes the technique");
    waitFor(() -> plan.getTechniques().size() == before + 1 ? plan : null, "the technique is added");
  }

  private static void addAgendaItem(String title, String minutes) throws InterruptedException {
    workbench.key(SWT.INSERT, '\0', 0);
    workbench.type(title);
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type(minutes);
    workbench.key(SWT.CR, '\r', 0);
  }

  /** The list shown by the table with the keyboard focus. */
  private static String focusedList() {
    return workbench.syncExec(() -> workbench.display().getFocusControl() instanceof Table table
        ? (String) table.getData(ListSection.LIST_KEY) : String.valueOf(workbench.display().getFocusControl()));
  }

  private static ActiveCasebook active() {
    return context().get(ActiveCasebook.class);
  }

  private static IEclipseContext context() {
    return workbench.mainWindow().getContext();
  }

  private static TreeViewer explorer() {
    MPart part = (MPart) context().get(EModelService.class).find("org.rapport.app.part.casebook", workbench.mainWindow());
    return ((CasebookPart) part.getObject()).viewer();
  }

  private static MPart documentPart(String documentId) {
    return workbench.documentPart(documentId);
  }

  private static Shell dialog(String title) {
    return workbench.dialog(title);
  }

  private static <T extends Control> T find(Class<T> type, String key) {
    List<T> found = new ArrayList<>();
    RunningWorkbench.visit(workbench.mainShell(), c -> {
      if (type.isInstance(c) && c.getData(key) != null) {
        found.add(type.cast(c));
      }
    });
    assertEquals(1, found.size(), key);
    return found.get(0);
  }

  private static <T> T waitFor(Supplier<T> condition, String what) throws InterruptedException {
    return workbench.waitFor(condition, what);
  }

  private static void screenshot(Path file, int width, int height) throws Exception {
    workbench.screenshot(file, width, height);
  }
}
