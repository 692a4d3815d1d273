// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.FollowedCasebooks;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/**
 * The Lab Desk in the real workbench, as a supervisor uses it: two trainees' casebooks cloned from
 * their labs, Ctrl+Alt+D, the note awaiting review opened with the keyboard (its casebook opens and
 * asks who signs in), approved there, and Sync All taking the approval to the trainee. The first
 * casebook is encrypted and opens with Hollis's own key. The labs are folders, as a USB stick would
 * be; the sync against real servers is tested in org.rapport.sync.tests.
 */
class DeskUiTest {

  private static final Path WORKSTATION = temporaryFolder("rapport-desk-workstation");
  private static final String NOTE = "CL-0630-S02-reflection";

  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook().asUser("P-sup-1")
      .withProperty("rapport.workstation", WORKSTATION.toString()).withProperty("rapport.sync.intervalSeconds", "0");

  @Test
  void aSupervisorOpensTheNoteAwaitingThemApprovesItAndSyncAllTakesItToTheTrainee(ActiveCasebook active) throws Exception {
    CasebookStore store = store();
    Path work = Files.createTempDirectory("rapport-desk-ui");
    // the first trainee's casebook is encrypted (as new casebooks are): the desk opens it with Hollis's key
    Path fairweather = Casebooks.encryptedDemo(store, work.resolve("trainees/fairweather"), "placement casebook 2026");
    Path okafor = Casebooks.demo(store, work.resolve("trainees/okafor"), "Casebook of a second trainee (demo copy)");
    Path first = Casebooks.sharedAndCloned(store, fairweather, "placement casebook 2026", work.resolve("labs/fairweather.git"),
        work.resolve("desk/fairweather"));
    Path second = Casebooks.sharedAndCloned(store, okafor, work.resolve("labs/okafor.git"), work.resolve("desk/okafor"));
    FollowedCasebooks desk = FollowedCasebooks.ofThisWorkstation();
    desk.follow(first);   // as rapport clone does
    desk.follow(second);

    workbench.focusMainWindow();
    workbench.key(0, 'd', SWT.CTRL | SWT.ALT);
    MPart part = workbench.waitFor(() -> shownDesk(), "Ctrl+Alt+D shows the Lab Desk");
    List<String> rows = workbench.waitFor(() -> rowsWhenRead(part, 2), "the desk has read both casebooks");
    assertEquals("Trainee R. Fairweather (demo) — 3 await your review — Demo casebook — spring placement", rows.get(0));
    assertEquals("Trainee R. Fairweather (demo) — 3 await your review — Casebook of a second trainee (demo copy)", rows.get(4));
    assertEquals("CL-0552 · session 2 · 26 Feb 2026 · submitted", rows.get(1), "the longest waiting first");
    assertEquals("CL-0630 · session 2 · 14 Apr 2026 · submitted", rows.get(7));
    assertEquals("2 casebooks, 6 notes await your review.", workbench.syncExec(() -> status(part)));
    workbench.screenshot(Path.of("target/screenshots/lab-desk.png"), 1280, 800);

    // End and Enter: the second trainee's last note, in its casebook, which asks who signs in
    workbench.key(SWT.END, '\0', 0);
    workbench.key(SWT.CR, '\r', 0);
    Shell signIn = workbench.waitFor(() -> workbench.dialog("Sign In"), "the second trainee's casebook asks who signs in");
    assertEquals(second, workbench.syncExec(() -> active.current().orElseThrow().folder()));
    signInAsHollis(signIn);
    workbench.waitFor(() -> workbench.documentPart(NOTE), "the note opens in its editor");
    CurrentUser user = workbench.syncExec(() -> workbench.mainWindow().getContext().get(CurrentUser.class));
    assertEquals("P-sup-1", workbench.syncExec(() -> user.idIn(active.current().orElseThrow())));

    workbench.press(() -> RunningWorkbench.withData((Control) workbench.documentPart(NOTE).getWidget(), Button.class,
        "org.rapport.editor.reflection.step", "APPROVE"));
    workbench.waitFor(() -> "approved".equals(Casebooks.entry(active.current().orElseThrow(), NOTE).getStatus()) ? Boolean.TRUE : null,
        "Approve signs and saves the note");
    workbench.waitFor(() -> row(part, 2, 4).startsWith("Trainee R. Fairweather (demo) — 2 await your review (open)") ? Boolean.TRUE : null,
        "the desk counts one note fewer for the second trainee");

    workbench.press(() -> syncAllButton(part));
    workbench.waitFor(() -> status(part).endsWith("await your review.") && row(part, 2, 0).matches(".* · \\d\\d:\\d\\d in step — Demo casebook — spring placement")
        ? Boolean.TRUE : null, "Sync All has synced the casebook that is not open");
    workbench.waitFor(() -> labStatus().startsWith("Lab: in step") ? Boolean.TRUE : null, "and the open one through its Sync Now");
    workbench.screenshot(Path.of("target/screenshots/lab-desk-after-approval.png"), 1280, 800);

    // at the trainee's next sync the approval is there, verified as every incoming step is
    try (OpenCasebook trainee = store.open(okafor)) {
      CasebookSync.Outcome outcome = new CasebookSync(store).sync(trainee, org.rapport.sync.LabCredentials.none(), "P-trainee-1",
          Runnable::run, step -> { });
      assertEquals(CasebookSync.State.IN_STEP, outcome.state(), outcome.message());
      assertTrue(outcome.refused().isEmpty(), outcome.refused().toString());
      assertEquals("approved", Casebooks.entry(trainee, NOTE).getStatus());
    }
  }

  @Test
  void aCasebookThatIsGoneCostsTheDeskOneLineAndDeleteTakesItOff(ActiveCasebook active) throws Exception {
    CasebookStore store = store();
    Path work = Files.createTempDirectory("rapport-desk-ui");
    Path gone = work.resolve("desk/moved-away");
    FollowedCasebooks desk = FollowedCasebooks.ofThisWorkstation();
    for (Path followed : desk.folders()) {
      desk.unfollow(followed);   // what the test before left
    }
    desk.follow(gone);
    Path trainee = Casebooks.demo(store, work.resolve("trainees/fairweather"), null);
    Path clone = Casebooks.sharedAndCloned(store, trainee, work.resolve("labs/fairweather.git"), work.resolve("desk/fairweather"));

    // a shared casebook opened in the window (as Open from Lab does once it has cloned) joins the desk
    openCasebook(clone);
    Shell signIn = workbench.waitFor(() -> workbench.dialog("Sign In"), "the casebook asks who signs in");
    signInAsHollis(signIn);
    assertEquals(List.of(gone, clone), desk.folders());

    workbench.focusMainWindow();
    workbench.key(0, 'd', SWT.CTRL | SWT.ALT);
    MPart part = workbench.waitFor(() -> shownDesk(), "Ctrl+Alt+D shows the Lab Desk");
    List<String> rows = workbench.waitFor(() -> rowsWhenRead(part, 2), "the desk has read both folders");
    assertTrue(rows.get(0).startsWith("moved-away — The folder is gone"), rows.toString());
    assertTrue(rows.get(1).contains("3 await your review (open)"), rows.toString());

    workbench.key(SWT.HOME, '\0', 0);
    workbench.key(SWT.DEL, '\0', 0);
    Shell question = workbench.waitFor(() -> workbench.dialog("Lab Desk"), "Delete asks before taking it off the desk");
    workbench.focus(question);
    workbench.key(SWT.CR, '\r', 0);   // Yes
    workbench.waitFor(() -> rowsWhenRead(part, 1), "one casebook is left on the desk");
    assertEquals(List.of(clone), desk.folders());
  }

  // ---- helpers

  private static void signInAsHollis(Shell dialog) throws InterruptedException {
    workbench.signIn(dialog, "Supervisor M. Hollis (demo) (supervisor)", "hollis demo 2026");
  }

  private static void openCasebook(Path folder) {
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand(DeskPart.OPEN_CASEBOOK, Map.of(DeskPart.FOLDER, folder.toString()))));
  }

  /** The desk part when it is shown with the keyboard in its tree, or null. */
  private static MPart shownDesk() {
    MPart part = workbench.mainWindow().getContext().get(EPartService.class).findPart(ShowDeskHandler.DESCRIPTOR);
    return part != null && part.getObject() != null && workbench.display().getFocusControl() instanceof Tree tree
        && tree.getData(DeskPart.TREE_KEY) != null ? part : null;
  }

  /** The desk's rows, casebooks and their notes, once {@code casebooks} casebooks are read; else null. */
  private static List<String> rowsWhenRead(MPart part, int casebooks) {
    Tree tree = ((DeskPart) part.getObject()).viewer().getTree();
    if (tree.getItemCount() != casebooks) {
      return null;
    }
    List<String> rows = new ArrayList<>();
    for (TreeItem item : tree.getItems()) {
      if (item.getText().contains("Reading…")) {
        return null;
      }
      rows.add(item.getText());
      for (TreeItem child : item.getItems()) {
        rows.add(child.getText());
      }
    }
    return rows;
  }

  /** Row {@code index} of {@link #rowsWhenRead}, or "" while the desk reads. */
  private static String row(MPart part, int casebooks, int index) {
    List<String> rows = rowsWhenRead(part, casebooks);
    return rows == null ? "" : rows.get(index);
  }

  private static String status(MPart part) {
    Label label = RunningWorkbench.withData((Control) part.getWidget(), Label.class, DeskPart.STATUS_KEY, Boolean.TRUE);
    assertNotNull(label);
    return label.getText();
  }

  private static Button syncAllButton(MPart part) {
    Button[] found = new Button[1];
    RunningWorkbench.visit((Control) part.getWidget(), control -> {
      if (control instanceof Button button && DeskPart.SYNC_ALL.equals(button.getText())) {
        found[0] = button;
      }
    });
    return found[0];
  }

  /** The lab's status line of sync.ui, found by its text. */
  private static String labStatus() {
    String[] found = {""};
    RunningWorkbench.visit(workbench.mainShell(), control -> {
      if (control instanceof Label label && label.getText().startsWith("Lab: ")) {
        found[0] = label.getText();
      }
    });
    return found[0];
  }

  private static CasebookStore store() {
    return workbench.syncExec(() -> workbench.mainWindow().getContext().get(CasebookStore.class));
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
