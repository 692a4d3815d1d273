// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/**
 * File > Open from Lab on a trainee's encrypted casebook, in the real workbench with real keys: the
 * supervisor gives the address and a folder, then their own passphrase when the lab's casebook
 * turns out to be encrypted, and the clone opens, sealed, with them signed in.
 */
class LabEncryptedUiTest {

  private static final String HOLLIS = "hollis demo 2026";

  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook().asUser("P-trainee-1")
      .withProperty("rapport.sync.intervalSeconds", "0");

  @Test
  void aSupervisorOpensATraineesEncryptedCasebookFromTheLabWithTheirOwnPassphrase(ActiveCasebook active, CurrentUser user)
      throws Exception {
    Path work = Files.createTempDirectory("rapport-encrypted-lab");
    Path lab = work.resolve("fairweather.git");
    Path trainee = CasebookFolders.copy(Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize(), work.resolve("trainee"));
    try (OpenCasebook casebook = store().open(trainee)) {
      casebook.keys().changePassphrase("placement casebook 2026".toCharArray(), "P-trainee-1");
      assertEquals(CasebookSync.State.IN_STEP, new CasebookSync(store()).share(casebook, lab.toString(), LabCredentials.none(),
          "P-trainee-1", Runnable::run, step -> { }).state());
    }
    Path clone = work.resolve("supervisor");

    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.sync.ui.command.openFromLab", Map.of())));
    Shell address = workbench.waitFor(() -> workbench.dialog(LabAddressDialog.CLONE_TITLE), "Open from Lab asks for the address");
    workbench.focus(address);
    workbench.type(lab.toString());   // the address has the keyboard
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type(clone.toString());
    workbench.key(SWT.CR, '\r', 0);

    Shell passphrase = workbench.waitFor(() -> {
      Shell shown = workbench.dialog(LabAddressDialog.CLONE_TITLE);
      return shown != null && shown != address ? shown : null;
    }, "the lab's casebook is encrypted, so its passphrase, or the supervisor's own, is asked");
    workbench.focus(passphrase);
    workbench.screenshot(passphrase, Path.of("target/screenshots/lab-encrypted-passphrase.png"));
    workbench.type(HOLLIS);
    workbench.key(SWT.CR, '\r', 0);

    Shell opening = workbench.waitFor(() -> workbench.dialog("Open Casebook"), "the clone opens as File > Open Casebook does");
    workbench.focus(opening);
    workbench.type(HOLLIS);
    workbench.key(SWT.CR, '\r', 0);
    Shell signIn = workbench.waitFor(() -> workbench.dialog("Sign In"), "the clone asks who signs in");
    workbench.signIn(signIn, "Supervisor M. Hollis (demo) (supervisor)", HOLLIS);

    workbench.waitFor(() -> active.current().filter(open -> open.folder().equals(clone.toAbsolutePath().normalize())).isPresent()
        ? Boolean.TRUE : null, "the clone is the open casebook");
    assertTrue(workbench.syncExec(() -> active.current().orElseThrow().keys().encrypted()), "the clone is sealed under the trainee's key");
    assertEquals("P-sup-1", workbench.syncExec(() -> user.in(active.current().orElseThrow()).map(p -> p.getId()).orElse(null)));
    assertTrue(Files.readString(clone.resolve("casebook.xmi"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("RPSEAL"),
        "nothing of it is on the supervisor's disk in clear");
    workbench.settle();
    workbench.screenshot(Path.of("target/screenshots/lab-encrypted-clone.png"), 1280, 800);
  }

  private static CasebookStore store() {
    return workbench.syncExec(() -> workbench.mainWindow().getContext().get(CasebookStore.class));
  }
}
