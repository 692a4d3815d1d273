// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.operations.ReviewWorkflow;

/**
 * The review of a reflection in the real workbench, each person in turn as they would sit at it:
 * the trainee writes and submits, a supervisor comments and returns it, the trainee revises and
 * resubmits, the supervisor approves and locks it, and the trainee amends the locked note. Buttons
 * and dialogs are worked with real key presses; each step is saved for the next person.
 */
class ReflectionWorkflowUiTest {

  private static final String NOTE = "CL-0552-S04-reflection";
  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook();

  @Test
  void writtenSubmittedReturnedRevisedApprovedLockedAndAmended() throws Exception {
    // the trainee writes the first stage and submits
    MPart part = openAs("P-trainee-1");
    ReflectionEditor editor = (ReflectionEditor) workbench.syncExec(part::getObject);
    ReflectionNote note = (ReflectionNote) workbench.syncExec(editor::document);
    assertEquals(ReviewStatus.DRAFT, note.getStatus());
    assertTrue(status().contains("You are signed in as Trainee R. Fairweather (demo)."), "people by name, not by id: " + status());
    assertFalse(enabled(ReviewWorkflow.Step.APPROVE.name()), "a trainee cannot approve");
    Text first = firstStage();
    workbench.typeOver(first, "The client came late and apologised twice.");
    assertFalse(enabled(ReviewWorkflow.Step.SUBMIT.name()), "not with a stage left empty");
    assertTrue(workbench.syncExec(() -> button(ReviewWorkflow.Step.SUBMIT.name()).getToolTipText()).contains("is empty"));
    Text last = lastStage();
    workbench.syncExec(() -> {
      last.setFocus();
      return null;
    });
    workbench.type("Ask at the start how the journey was.");
    workbench.key(SWT.TAB, '\t', 0);
    press(ReviewWorkflow.Step.SUBMIT.name());
    waitForStatus(ReviewStatus.SUBMITTED);
    assertTrue(saved().contains("status=\"submitted\"") && saved().contains("apologised twice"), "submitting saved the note");

    // the supervisor comments on that stage and returns the note
    part = reopenAs(part, "P-sup-1");
    assertTrue(enabled(ReflectionEditor.COMMENT) && enabled(ReviewWorkflow.Step.RETURN.name()));
    Text stage = firstStage();
    workbench.syncExec(() -> stage.setFocus());
    pressAndAnswer(ReflectionEditor.COMMENT, "Comment", "What did the lateness mean to you?");
    waitFor(() -> note(part()).getComments().size() == 1 ? part() : null, "the comment is added");
    assertEquals(ReviewWorkflow.stageAnchor(workbench.syncExec(() -> stage.getData(ReflectionEditor.STAGE_KEY).toString())),
        note(part()).getComments().get(0).getAnchor(),
        "the comment belongs to the stage that had the cursor");
    pressAndAnswer(ReviewWorkflow.Step.RETURN.name(), ReviewWorkflow.Step.RETURN.label(), "Please say how you responded.");
    waitForStatus(ReviewStatus.RETURNED);

    // the trainee revises and resubmits
    part = reopenAs(part, "P-trainee-1");
    Text revised = firstStage();
    workbench.syncExec(() -> {
      revised.setFocus();
      revised.setSelection(revised.getText().length());
      return null;
    });
    workbench.type(" I named it gently.");
    press(ReviewWorkflow.Step.RESUBMIT.name());
    waitForStatus(ReviewStatus.RESUBMITTED);

    // the supervisor approves and locks
    part = reopenAs(part, "P-sup-1");
    press(ReviewWorkflow.Step.APPROVE.name());
    waitForStatus(ReviewStatus.APPROVED);
    assertEquals("P-sup-1", note(part()).getApproval().getSigner());
    assertTrue(status().contains("approved by Supervisor M. Hollis (demo)"), "the approver by name: " + status());
    assertTrue(status().matches("(?s).*\u2022 Approved by Supervisor M\\. Hollis \\(demo\\), \\d+ \\w+ \\d{4} \\d\\d:\\d\\d, signature verified.*"),
        "the approval, signed with the supervisor's key, verifies: " + status());
    assertFalse(status().contains("DOES NOT VERIFY"), status());
    press(ReviewWorkflow.Step.LOCK.name());
    waitForStatus(ReviewStatus.LOCKED);
    workbench.key(0, 'z', SWT.CTRL);
    assertEquals(ReviewStatus.LOCKED, note(part()).getStatus(), "Ctrl+Z does not unlock: that takes Unlock and a reason");
    assertFalse(workbench.syncExec(() -> firstStage().getEditable()), "a locked note is not typed into");

    // the trainee amends the locked note; the original stays beside the amendment
    part = reopenAs(part, "P-trainee-1");
    String original = note(part()).getAnswers().get(0).getText();
    workbench.syncExec(() -> {
      button(ReflectionEditor.AMEND).setFocus();
      return null;
    });
    workbench.key(' ', ' ', 0);
    focusDialog(AmendDialog.TITLE);
    workbench.key(SWT.TAB, '\t', 0);   // from the stage to its text
    workbench.key(0, 'a', SWT.CTRL);
    workbench.type("The client came late; I named it gently and we agreed to start on time.");
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type("Supervision showed my first account left out my response");
    workbench.key(SWT.CR, '\r', 0);
    waitFor(() -> note(part()).getAmendments().size() == 1 ? part() : null, "the amendment is added");
    String file = saved();
    assertTrue(file.contains("status=\"locked\""), "still locked");
    assertEquals(original, note(part()).getAmendments().get(0).getOriginal());
    assertTrue(file.contains("we agreed to start on time") && file.contains("original="), "amendment and original are saved");
    assertEquals(java.util.Optional.empty(), ReviewWorkflow.verify(note(part())), "the approval still holds, amendments taken back");
    assertTrue(status().contains("\u2022 Amended by Trainee R. Fairweather (demo)") && !status().contains("DOES NOT VERIFY"),
        "every step, the amendment too, is signed and verifies: " + status());
    workbench.screenshot(Path.of("target/screenshots/reflection-editor.png"), 1280, 1000);
  }

  @Test
  void aNewReflectionOnAPlannedSessionStartsFromTheFirstFrameworkAndNamesTechniquesNotRated() throws Exception {
    workbench.signInAs("P-trainee-1");
    org.rapport.model.Session session = workbench.syncExec(() -> workbench.mainWindow().getContext().get(org.rapport.ui.ActiveCasebook.class)
        .current().orElseThrow().index().getClients().stream().filter(c -> c.getCode().equals("CL-0630")).findFirst().orElseThrow()
        .getSessions().get(2));
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      org.eclipse.jface.viewers.TreeViewer explorer = ((org.rapport.app.parts.CasebookPart) ((MPart) workbench.mainWindow().getContext()
          .get(org.eclipse.e4.ui.workbench.modeling.EModelService.class).find("org.rapport.app.part.casebook", workbench.mainWindow()))
          .getObject()).viewer();
      explorer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(session), true);
      explorer.getTree().setFocus();
      return null;
    });
    workbench.key(0, 'r', SWT.CTRL | SWT.ALT);
    MPart part = waitFor(() -> workbench.documentPart("CL-0630-S03-reflection"), "Ctrl+Alt+R writes and opens a new reflection");
    ReflectionNote note = (ReflectionNote) workbench.syncExec(() -> ((ReflectionEditor) part.getObject()).document());
    assertEquals(ReviewStatus.DRAFT, note.getStatus());
    assertEquals("P-trainee-1", note.getAuthorId());
    assertEquals("gibbs", note.getFrameworkId(), "the first framework of the catalogue");
    assertEquals(6, note.getAnswers().size(), "an answer to write for each of its stages");
    String notRated = workbench.syncExec(() -> {
      List<String> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Label l && l.getText().startsWith("Planned but not rated")) {
          found.add(l.getText());
        }
      });
      return found.isEmpty() ? "" : found.get(0);
    });
    assertEquals("Planned but not rated: Clarifying the frame, Validating statements, Ending on time.", notRated,
        "the plan's techniques are named until they are rated");
    assertTrue(Files.exists(workbench.casebook().resolve("clients/CL-0630/CL-0630-S03-reflection.xmi")), "saved at once, so it is listed");
    workbench.close(part);
  }

  @Test
  void aDraftOpensCompleteForItsFrameworkWithoutAnEditAndLearningPointsAreOneChange() throws Exception {
    // a draft written before its framework had the last stage, and before relationship checks
    Path file = workbench.casebook().resolve("clients/CL-0552/sessions/04-reflection.xmi");
    Files.writeString(file, Files.readString(file).replace("<answers stageId=\"what-so-what-now-what.now-what\" text=\"\"/>", "")
        .replaceFirst("<relationship [^>]*/>", ""));
    MPart part = openAs("P-trainee-1");
    ReflectionEditor editor = (ReflectionEditor) workbench.syncExec(part::getObject);
    ReflectionNote note = note(part);
    assertEquals(3, workbench.syncExec(() -> note.getAnswers().size()), "the missing stage has an answer to write in");
    assertEquals(3, stages().size());
    assertTrue(workbench.syncExec(() -> note.getRelationship() != null), "and the relationship check is there to fill in");
    assertFalse(workbench.syncExec(part::isDirty), "opening the note is not an edit");
    assertFalse(workbench.syncExec(() -> editor.getEditingDomain().getCommandStack().canUndo()), "nor a step to undo");

    Text points = workbench.syncExec(() -> {
      List<Text> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Text text && "learningPoints".equals(text.getData(org.rapport.ui.DocumentEditor.FIELD_KEY))) {
          found.add(text);
        }
      });
      return found.get(0);
    });
    workbench.typeOver(points, "Choose the one item that matters");
    workbench.key(SWT.CR, '\r', 0);
    workbench.type("  Say the time at half-time ");
    workbench.key(SWT.TAB, '\t', 0);
    waitFor(() -> note.getLearningPoints().size() == 2 ? note : null, "leaving the field writes the lines");
    assertEquals(List.of("Choose the one item that matters", "Say the time at half-time"), workbench.syncExec(() -> List.copyOf(note.getLearningPoints())),
        "one point per line, without the spaces around it");
    workbench.key(0, 'z', SWT.CTRL);
    waitFor(() -> note.getLearningPoints().size() == 1 ? note : null, "Ctrl+Z undoes the lines as one change");
    assertEquals("A full agenda can push out the most important item.", workbench.syncExec(points::getText));
  }

  private MPart part() {
    return workbench.documentPart(NOTE);
  }

  private static ReflectionNote note(MPart part) {
    return (ReflectionNote) workbench.syncExec(() -> ((ReflectionEditor) part.getObject()).document());
  }

  private static MPart openAs(String person) throws InterruptedException {
    workbench.signInAs(person);
    workbench.openDocument(NOTE);
    MPart part = workbench.waitFor(() -> workbench.documentPart(NOTE), "the reflection opens");
    assertEquals("org.rapport.app.partstack.editors", workbench.syncExec(() -> part.getParent().getElementId()),
        "it opens in the editor area, also after the last editor was closed");
    assertTrue(workbench.syncExec(() -> ((Control) part.getWidget()).isVisible()), "and is shown");
    return part;
  }

  /** Another person sits down: the note is closed and opened again, as they would open it. */
  private static MPart reopenAs(MPart part, String person) throws InterruptedException {
    workbench.close(part);
    workbench.waitFor(() -> workbench.documentPart(NOTE) == null ? Boolean.TRUE : null, "the note is closed");
    return openAs(person);
  }

  private static Text firstStage() {
    List<Text> stages = stages();
    return stages.get(0);
  }

  private static Text lastStage() {
    List<Text> stages = stages();
    return stages.get(stages.size() - 1);
  }

  /** The answer fields of the stages, in order. */
  private static List<Text> stages() {
    return workbench.syncExec(() -> {
      List<Text> found = new ArrayList<>();
      RunningWorkbench.visit((Control) workbench.documentPart(NOTE).getWidget(), c -> {
        if (c instanceof Text t && t.getData(ReflectionEditor.STAGE_KEY) != null) {
          found.add(t);
        }
      });
      return found;
    });
  }

  private static Button button(String key) {
    return RunningWorkbench.withData((Control) workbench.documentPart(NOTE).getWidget(), Button.class, ReflectionEditor.STEP_KEY, key);
  }


  private static boolean enabled(String key) {
    return workbench.syncExec(() -> button(key).isEnabled());
  }

  private static String status() {
    return workbench.syncExec(() -> RunningWorkbench.withData((Control) workbench.documentPart(NOTE).getWidget(), Label.class,
        ReflectionEditor.STATUS_KEY, null).getText());
  }


  /** The button gets the keyboard focus and Space presses it. */
  private static void press(String key) throws InterruptedException {
    workbench.press(() -> button(key));
  }


  /** Presses a button that asks for text, types the answer and gives it with Ctrl+Enter. */
  private static void pressAndAnswer(String key, String title, String answer) throws InterruptedException {
    workbench.press(() -> button(key));
    focusDialog(title);
    workbench.type(answer);
    workbench.key(SWT.CR, '\r', SWT.CTRL);
    workbench.waitFor(() -> workbench.dialog(title) == null ? Boolean.TRUE : null, "the dialog closes");
  }

  /** Waits for the dialog and gives it the keyboard, as a window manager would (none runs under Xvfb). */
  private static void focusDialog(String title) throws InterruptedException {
    org.eclipse.swt.widgets.Shell dialog = workbench.waitFor(() -> workbench.dialog(title), "the " + title + " dialog opens");
    workbench.focus(dialog);
    workbench.syncExec(() -> {
      List<Control> fields = new ArrayList<>();
      RunningWorkbench.visit(dialog, c -> {
        if (c instanceof Text || c instanceof org.eclipse.swt.widgets.Combo) {
          fields.add(c);
        }
      });
      fields.get(0).setFocus();
      return null;
    });
    workbench.settle();
  }

  private void waitForStatus(ReviewStatus wanted) throws InterruptedException {
    waitFor(() -> note(part()).getStatus() == wanted && !part().isDirty() ? part() : null, "the note is " + wanted.getLiteral() + " and saved");
  }

  private static <T> T waitFor(java.util.function.Supplier<T> condition, String what) throws InterruptedException {
    return workbench.waitFor(condition, what);
  }

  private static String saved() throws java.io.IOException {
    return Files.readString(workbench.casebook().resolve("clients/CL-0552/sessions/04-reflection.xmi"));
  }
}
