// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.handlers.NewClientHandler;
import org.rapport.app.parts.CasebookPart;
import org.rapport.model.ClientCase;
import org.rapport.model.Session;
import org.rapport.model.SessionStatus;
import org.rapport.ui.ActiveCasebook;
import org.rapport.model.time.Dates;

/** The casebook explorer: clients and their documents, its filters, and adding clients and sessions. */
class ExplorerUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void expandingAClientShowsItsAgreementsAndSessionsWithTheirStates() {
    Tree tree = window.tree();
    TreeViewer viewer = window.viewer();
    List<String> children = workbench.syncExec(() -> {
      viewer.expandToLevel(tree.getItem(0).getData(), 2);
      List<String> texts = new ArrayList<>();
      for (TreeItem child : tree.getItem(0).getItems()) {
        texts.add(child.getText());
        for (TreeItem grandchild : child.getItems()) {
          texts.add("  " + grandchild.getText());
        }
      }
      return texts;
    });
    String all = String.join("\n", children);
    assertEquals("Agreements (2)", children.get(0), all);
    assertTrue(children.contains("  Agreement v1 — superseded"), all);
    assertTrue(children.contains("  Agreement v2 — signed — review due since 2026-06-10"), all);
    // the demo's version 2 was due for review in June: it carries the warning sign, version 1 does not
    assertTrue(workbench.syncExec(() -> tree.getItem(0).getItem(0).getItem(1).getImage() != null
        && tree.getItem(0).getItem(0).getItem(0).getImage() == null), "the overdue agreement is flagged");
    assertTrue(children.stream().anyMatch(t -> t.startsWith("Session 3 · 24 Feb 2026 10:00 · held")), all);
    assertTrue(children.contains("  Reflection — returned"), all);
    assertTrue(children.stream().anyMatch(t -> t.startsWith("Session 4 ") && t.endsWith("cancelled")), all);
  }

  @Test
  void theAwaitingReviewFilterKeepsOnlySubmittedDocuments() {
    Combo show = window.find(Combo.class, CasebookPart.FILTER_KEY);
    List<String> shown = workbench.syncExec(() -> {
      show.select(List.of(show.getItems()).indexOf("Awaiting my review"));
      show.notifyListeners(SWT.Selection, new Event());
      return WorkbenchWindow.leaves(window.tree());
    });
    assertFalse(shown.isEmpty(), "the demo has notes awaiting review");
    assertTrue(shown.stream().allMatch(t -> t.equals("Reflection — submitted") || t.equals("Reflection — resubmitted")), shown.toString());
    List<String> all = workbench.syncExec(() -> {
      show.select(0);
      show.notifyListeners(SWT.Selection, new Event());
      window.viewer().expandAll();
      return WorkbenchWindow.leaves(window.tree());
    });
    assertTrue(all.size() > shown.size(), "All documents shows the rest again");
  }

  @Test
  void withoutACasebookThePartSaysSoAndReopeningBringsTheTreeBack(Path casebook, ActiveCasebook active) {
    workbench.syncExec(() -> {
      active.close();
      return null;
    });
    Label placeholder = window.find(Label.class, CasebookPart.PLACEHOLDER_KEY);
    assertTrue(workbench.syncExec(placeholder::isVisible), "the placeholder shows when no casebook is open");
    assertEquals("No casebook is open.", workbench.syncExec(placeholder::getText));
    assertFalse(Files.exists(casebook.resolve(".rapport.lock")) && isLocked(casebook), "closing released the lock");
    workbench.syncExec(() -> {
      org.rapport.store.OpenCasebook open = active.open(casebook);
      DemoPeople.signIn(workbench.mainWindow().getContext().get(org.rapport.ui.CurrentUser.class), open, null);
      return open;
    });
    assertTrue(workbench.syncExec(() -> window.tree().isVisible()));
    assertEquals(3, workbench.syncExec(() -> window.tree().getItemCount()));
  }

  @Test
  void awaitingMyReviewFollowsWhoTheUserIs() {
    Combo show = window.find(Combo.class, CasebookPart.FILTER_KEY);
    for (String[] userAndCount : new String[][] {{"P-sup-1", "3"}, {"P-sup-2", "0"}}) {
      workbench.signInAs(userAndCount[0]);
      List<String> shown = workbench.syncExec(() -> {
        show.select(List.of(show.getItems()).indexOf("Awaiting my review"));
        show.notifyListeners(SWT.Selection, new Event());
        return WorkbenchWindow.leaves(window.tree());
      });
      assertEquals(Integer.parseInt(userAndCount[1]), shown.size(), userAndCount[0] + " has to review: " + shown);
    }
  }

  @Test
  void aNewClientNeedsAPseudonymousCodeAndGetsSessionsAWeekApart(Path casebook, ActiveCasebook active) throws Exception {
    window.run("org.rapport.app.command.newClient");
    Shell dialog = workbench.waitFor(() -> window.shellTitled(NewClientHandler.TITLE), "the New Client dialog");
    Text code = workbench.syncExec(() -> firstText(dialog));
    Button ok = workbench.syncExec(() -> WorkbenchWindow.button(dialog, "OK"));
    workbench.syncExec(() -> {
      code.setText("07700 900123");
      return null;
    });
    assertFalse(workbench.syncExec(ok::isEnabled), "a phone number is refused");
    assertTrue(workbench.syncExec(() -> WorkbenchWindow.dialogText(dialog)).contains("phone number"), "and the dialog says why");
    workbench.settle();
    assertTrue(workbench.syncExec(() -> {
      Text reason = readOnlyText(dialog);
      int needed = reason.computeSize(reason.getSize().x, SWT.DEFAULT).y;
      return reason.getText().length() > 60 && reason.getSize().y >= needed - 2;
    }), "the whole reason shows, wrapped, not cut off at the edge");
    workbench.syncExec(() -> {
      code.setText("CL-0417");
      return null;
    });
    assertFalse(workbench.syncExec(ok::isEnabled), "a code the casebook has already is refused");
    workbench.syncExec(() -> {
      code.setText("CL-0701");
      ok.notifyListeners(SWT.Selection, new Event());
      return null;
    });
    workbench.waitFor(() -> window.tree().getSelection().length == 1 && window.tree().getSelection()[0].getText().startsWith("CL-0701")
        ? Boolean.TRUE : null, "the new client is shown, selected");
    assertTrue(Files.readString(casebook.resolve("casebook.xmi")).contains("code=\"CL-0701\""), "and saved in the index");

    // the keyboard back in the explorer, where the new client is selected
    workbench.focusMainWindow();
    workbench.syncExec(() -> window.tree().setFocus());
    workbench.key(0, 'n', SWT.CTRL | SWT.SHIFT);
    workbench.key(0, 'n', SWT.CTRL | SWT.SHIFT);
    List<Session> sessions = workbench.waitFor(() -> {
      List<Session> found = active.current().orElseThrow().index().getClients().stream()
          .filter(c -> c.getCode().equals("CL-0701")).findFirst().orElseThrow().getSessions();
      return found.size() == 2 ? List.copyOf(found) : null;
    }, "Ctrl+Shift+N twice adds two sessions");
    assertEquals("CL-0701-S02", sessions.get(1).getId());
    assertEquals(Dates.time(sessions.get(0).getDateTime()).plusWeeks(1), Dates.time(sessions.get(1).getDateTime()));
    assertEquals(SessionStatus.PLANNED, sessions.get(1).getStatus());
    assertTrue(Files.readString(casebook.resolve("casebook.xmi")).contains("CL-0701-S02"), "the sessions are saved in the index");
  }

  @Test
  void newSessionActsOnTheExplorersClientWhileAnEditorHasTheKeyboard(ActiveCasebook active, EPartService parts) throws Exception {
    ClientCase client = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals("CL-0630")).findFirst().orElseThrow());
    int before = workbench.syncExec(() -> client.getSessions().size());
    window.select(client);
    workbench.openDocument("CL-0417-S01-plan");
    MPart editor = workbench.waitFor(() -> workbench.documentPart("CL-0417-S01-plan"), "a plan of another client opens");
    workbench.focusMainWindow();
    workbench.waitFor(() -> parts.getActivePart() == editor ? editor : null, "its editor has the keyboard");
    workbench.key(0, 'n', SWT.CTRL | SWT.SHIFT);
    workbench.waitFor(() -> client.getSessions().size() == before + 1 ? client : null,
        "Ctrl+Shift+N adds a session to the client selected in the explorer, not to the editor's");

    workbench.syncExec(() -> {
      window.viewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
      return null;
    });
    workbench.focusMainWindow();
    workbench.key(0, 'n', SWT.CTRL | SWT.SHIFT);
    String message = window.messageOf("New Session");
    assertTrue(message.contains("Select a client"), "with nothing selected the command says what to select: " + message);
    window.answer("New Session", "OK");
  }

  /** The dialog's read-only text: where an input dialog gives its validator's reason. */
  private static Text readOnlyText(Shell dialog) {
    List<Text> texts = new ArrayList<>();
    RunningWorkbench.visit(dialog, c -> {
      if (c instanceof Text t && (t.getStyle() & SWT.READ_ONLY) != 0) {
        texts.add(t);
      }
    });
    return texts.get(0);
  }

  private static Text firstText(Shell dialog) {
    List<Text> texts = new ArrayList<>();
    RunningWorkbench.visit(dialog, c -> {
      if (c instanceof Text t) {
        texts.add(t);
      }
    });
    return texts.get(0);
  }

  /** Whether another process-level lock holds the copy; a second open would fail then. */
  private static boolean isLocked(Path casebook) {
    try (FileChannel channel = FileChannel.open(casebook.resolve(".rapport.lock"), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        lock.release();
        return false;
      }
      return true;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
