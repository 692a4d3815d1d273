// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SessionPlan;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;
import org.rapport.ui.ActiveCasebook;

/**
 * Lab sync in the real workbench, signed in as the trainee: Share with Lab from its dialog, a
 * supervisor's workstation (a second casebook folder, driven through the same sync a second
 * Rapport runs) approving a note, Ctrl+Alt+Y bringing the approval in, and a conflict chosen in
 * Resolve Conflicts. The lab is a folder, as a USB stick or network share would be; the sync
 * against real Git servers is tested in org.rapport.sync.tests.
 */
class LabSyncUiTest {

  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";
  private static final String SUBMITTED = "clients/CL-0552/sessions/02-reflection.xmi";

  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook().asUser("P-trainee-1")
      .withProperty("rapport.sync.intervalSeconds", "0");

  @Test
  void anApprovalGivenOnTheSupervisorsWorkstationArrivesWithSyncNow(ActiveCasebook active) throws Exception {
    Path supervisor = shareAndCloneAsSupervisor();
    CasebookSync sync = new CasebookSync(store());
    try (OpenCasebook theirs = store().open(supervisor)) {
      ReflectionNote note = (ReflectionNote) load(theirs, SUBMITTED);
      Signer signer = theirs.signing().signIn("P-sup-1", "hollis demo 2026".toCharArray());
      if (ReviewWorkflow.refusal(note, ReviewWorkflow.Step.APPROVE, signer.person()).isPresent()) {
        signer = theirs.signing().signIn("P-sup-2", "adeyemi demo 2026".toCharArray());
      }
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signer, LocalDateTime.now().withNano(0), null);
      theirs.save(note, signer.person().getId());
      assertEquals(CasebookSync.State.IN_STEP, sync.sync(theirs, LabCredentials.none(), signer.person().getId(), Runnable::run,
          step -> { }).state());
    }

    workbench.focusMainWindow();
    workbench.key(0, 'y', SWT.CTRL | SWT.ALT);
    workbench.waitFor(() -> entry(active, SUBMITTED).getStatus().equals("approved") && status().startsWith("Lab: in step") ? Boolean.TRUE
        : null, "Ctrl+Alt+Y brings the supervisor's approval in");
    // the note as the trainee now sees it: approved, the supervisor's step verified
    String noteId = workbench.syncExec(() -> entry(active, SUBMITTED).getDocumentId());
    workbench.openDocument(noteId);
    workbench.waitFor(() -> workbench.documentPart(noteId), "the approved note opens");
    Path picture = Path.of("target/screenshots/lab-trainee-after-sync.png");
    workbench.screenshot(picture, 1280, 800);
    Thread.sleep(500);
    workbench.settle();
    workbench.screenshot(picture, 1280, 800);
  }

  @Test
  void aPlanChangedOnBothWorkstationsIsChosenInResolveConflicts(ActiveCasebook active) throws Exception {
    Path supervisor = shareAndCloneAsSupervisor();
    CasebookSync sync = new CasebookSync(store());
    try (OpenCasebook theirs = store().open(supervisor)) {
      SessionPlan plan = (SessionPlan) load(theirs, PLAN);
      plan.setMaterials("Feelings wheel (supervisor's copy)");
      theirs.save(plan, null);
      assertEquals(CasebookSync.State.IN_STEP, sync.sync(theirs, LabCredentials.none(), null, Runnable::run, step -> { }).state());
    }
    workbench.syncExec(() -> {
      OpenCasebook mine = active.current().orElseThrow();
      SessionPlan plan = (SessionPlan) load(mine, PLAN);
      plan.setMaterials("Feelings wheel (trainee's copy)");
      return mine.save(plan, "P-trainee-1");
    });

    workbench.focusMainWindow();
    workbench.key(0, 'y', SWT.CTRL | SWT.ALT);
    Shell question = workbench.waitFor(() -> workbench.dialog(SyncRunner.TITLE), "the sync says a conflict waits");
    workbench.focus(question);
    workbench.key(SWT.CR, '\r', 0);   // Yes: choose now
    Shell dialog = workbench.waitFor(() -> workbench.dialog(ConflictsDialog.TITLE), "Resolve Conflicts opens");
    String rows = workbench.syncExec(() -> {
      StringBuilder text = new StringBuilder();
      RunningWorkbench.visit(dialog, control -> {
        if (control instanceof Table table) {
          for (var item : table.getItems()) {
            text.append(item.getText(0)).append(" | ").append(item.getText(1)).append(" | ").append(item.getText(2)).append('\n');
          }
        }
      });
      return text.toString();
    });
    assertTrue(rows.contains("Materials | Feelings wheel (trainee's copy) | Feelings wheel (supervisor's copy)"), rows);
    workbench.settle();
    workbench.screenshot(dialog, Path.of("target/screenshots/lab-resolve-conflicts.png"));

    workbench.press(() -> button(dialog, "Keep the &Other Version"));
    workbench.waitFor(() -> workbench.dialog(ConflictsDialog.TITLE) == null ? Boolean.TRUE : null, "the last conflict closes the dialog");
    assertEquals("Feelings wheel (supervisor's copy)",
        workbench.syncExec(() -> ((SessionPlan) load(active.current().orElseThrow(), PLAN)).getMaterials()));
    workbench.focusMainWindow();
    workbench.key(0, 'y', SWT.CTRL | SWT.ALT);
    workbench.waitFor(() -> status().startsWith("Lab: in step") ? Boolean.TRUE : null, "after the choice the casebook is in step");
  }

  /** The demo shared with a lab that is a new folder (through the dialog), and cloned as the supervisor's workstation. */
  private static Path shareAndCloneAsSupervisor() throws Exception {
    Path work = Files.createTempDirectory("rapport-lab-ui");
    Path lab = work.resolve("lab.git");
    shareWithLab(lab);
    Path supervisor = work.resolve("supervisor");
    assertEquals(CasebookSync.State.IN_STEP,
        new CasebookSync(store()).clone(lab.toString(), supervisor, LabCredentials.none(), null, step -> { }).state());
    return supervisor;
  }

  @Test
  void aLabReachedOverSshAsksForTheKeysPassphraseNotAUserName() throws Exception {
    String remote = "ssh://trainee@lab.example/srv/lab/fairweather.git";
    CredentialsDialog[] asked = new CredentialsDialog[1];
    workbench.display().asyncExec(() -> {
      asked[0] = new CredentialsDialog(workbench.mainShell(), remote, "The lab did not accept this workstation's SSH key.", false);
      asked[0].open();
    });
    Shell dialog = workbench.waitFor(() -> workbench.dialog(CredentialsDialog.TITLE), "the lab's password dialog opens");
    workbench.focus(dialog);
    List<String> labels = workbench.syncExec(() -> {
      List<String> texts = new ArrayList<>();
      RunningWorkbench.visit(dialog, control -> {
        if (control instanceof Label label) {
          texts.add(label.getText());
        }
      });
      return texts;
    });
    assertTrue(labels.contains("Pass&phrase:") && !labels.contains("&User:"), labels.toString());
    assertTrue(labels.stream().anyMatch(text -> text.contains("passphrase of this workstation's SSH key")), labels.toString());
    workbench.screenshot(dialog, Path.of("target/screenshots/ssh-key-passphrase.png"));
    workbench.type("key passphrase");   // the passphrase field has the keyboard
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> dialog.isDisposed() ? Boolean.TRUE : null, "Enter closes the dialog");
    LabCredentials chosen = asked[0].credentials();
    assertEquals("key passphrase", new String(chosen.password()));
    assertEquals(System.getProperty("user.name"), chosen.user(), "the login name is the address's; the user gives only the passphrase");
  }

  /** Casebook > Share with Lab, the folder typed into its dialog and Enter. */
  private static void shareWithLab(Path lab) throws Exception {
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.sync.ui.command.share", Map.of())));
    Shell dialog = workbench.waitFor(() -> workbench.dialog(LabAddressDialog.SHARE_TITLE), "Share with Lab opens");
    workbench.focus(dialog);
    // an address with a password in it is refused in the dialog, which stays open
    workbench.type("https://trainee:secret@lab.example/fairweather.git");   // the address has the keyboard
    workbench.key(SWT.CR, '\r', 0);
    String said = workbench.waitFor(() -> {
      String[] found = new String[1];
      RunningWorkbench.visit(dialog, control -> {
        if (control instanceof Label label && label.getText().startsWith("Not that address")) {
          found[0] = label.getText();
        }
      });
      return found[0];
    }, "the dialog refuses an address with a password");
    assertTrue(said.contains("holds a password"), said);
    workbench.key('a', 'a', SWT.CTRL);
    workbench.type(lab.toString());
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> status().startsWith("Lab: in step") ? Boolean.TRUE : null, "the casebook is shared and in step");
    assertTrue(Files.isRegularFile(lab.resolve("HEAD")), "the folder became a bare repository");
  }

  private static String status() {
    Label label = RunningWorkbench.withData(workbench.mainShell(), Label.class, SyncStatusControl.DATA_KEY, Boolean.TRUE);
    return label == null ? "" : label.getText();
  }

  private static Button button(Shell shell, String text) {
    Button[] found = new Button[1];
    RunningWorkbench.visit(shell, control -> {
      if (control instanceof Button b && text.equals(b.getText())) {
        found[0] = b;
      }
    });
    return found[0];
  }

  private static CasebookStore store() {
    return workbench.syncExec(() -> workbench.mainWindow().getContext().get(CasebookStore.class));
  }

  private static DocumentEntry entry(ActiveCasebook active, String file) {
    return active.current().orElseThrow().entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile()))
        .findFirst().orElseThrow();
  }

  private static Document load(OpenCasebook casebook, String file) {
    DocumentEntry entry = casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile())).findFirst()
        .orElseThrow();
    return casebook.load(entry).document();
  }

}
