// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.store.CasebookStore;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * File > Open from Lab: makes a casebook on this workstation from a lab's repository, with
 * progress, then opens it as File > Open Casebook does (sign-in and all).
 */
public class OpenFromLabHandler {

  static final String OPEN_CASEBOOK = "org.rapport.app.command.openCasebook";
  static final String FOLDER = "org.rapport.app.commandparameter.folder";

  @CanExecute
  public boolean canExecute(@Optional CasebookStore store) {
    return store != null;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, CasebookStore store, ECommandService commands,
      EHandlerService handlers) {
    LabAddressDialog dialog = new LabAddressDialog(shell, true, false);
    if (dialog.open() != Window.OK) {
      return;
    }
    LabCredentials credentials = dialog.credentials();
    AtomicReference<CasebookSync.Outcome> outcome = new AtomicReference<>();
    try {
      new ProgressMonitorDialog(shell).run(true, false, monitor -> {
        monitor.beginTask("Bringing the casebook from " + dialog.address(), IProgressMonitor.UNKNOWN);
        outcome.set(new CasebookSync(store).clone(dialog.address(), dialog.folder(), credentials, () -> askPassphrase(shell), null,
            monitor::subTask));
        monitor.done();
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(shell, LabAddressDialog.CLONE_TITLE, "The casebook could not be brought: " + e.getCause().getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    CasebookSync.Outcome done = outcome.get();
    if (done.state() != CasebookSync.State.IN_STEP && done.state() != CasebookSync.State.CONFLICTS) {
      MessageDialog.openError(shell, LabAddressDialog.CLONE_TITLE, done.message());
      return;
    }
    if (!done.refused().isEmpty()) {
      MessageDialog.openWarning(shell, LabAddressDialog.CLONE_TITLE, "The casebook came, but these documents were refused and are"
          + " not in it:\n\n" + String.join("\n", done.refused()));
    }
    handlers.executeHandler(commands.createCommand(OPEN_CASEBOOK, Map.of(FOLDER, dialog.folder().toString())));
  }

  /** Asked from the clone's thread when the lab's casebook turns out to be encrypted; null when the user cancels. */
  private static char[] askPassphrase(Shell shell) {
    AtomicReference<char[]> given = new AtomicReference<>();
    shell.getDisplay().syncExec(() -> given.set(org.rapport.ui.PassphraseDialog.ask(shell, LabAddressDialog.CLONE_TITLE,
        "The lab's casebook is encrypted. Type its passphrase, or your own if it is shared with you.", null)));
    return given.get();
  }
}
