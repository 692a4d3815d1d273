// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.install.Change;
import org.rapport.install.ChangeApplier;
import org.rapport.install.InstallException;
import org.rapport.install.RunningInstallation;

/**
 * The steps every change to the installation takes in the window: work it out with progress, show
 * it and ask, apply it with progress, then offer to restart (bundles change only at start-up).
 */
final class ChangeSteps {

  /** Work done under a progress dialog that may fail with a message for the user. */
  interface Step<T> {
    T run(IProgressMonitor monitor) throws InstallException;
  }

  private ChangeSteps() {
  }

  /** Runs {@code step} off the UI thread with a cancellable progress dialog; null after an error was shown. */
  static <T> T withProgress(Shell shell, String title, Step<T> step) {
    AtomicReference<T> result = new AtomicReference<>();
    try {
      new ProgressMonitorDialog(shell).run(true, true, monitor -> {
        try {
          result.set(step.run(monitor));
        } catch (InstallException e) {
          throw new InvocationTargetException(e);
        }
      });
      return result.get();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String message = cause instanceof InstallException ? cause.getMessage()
          : "Something unexpected went wrong: " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName());
      MessageDialog.openError(shell, title, message + "\n\nThe installation was not changed.");
      return null;
    } catch (InterruptedException e) {
      MessageDialog.openInformation(shell, title, "Cancelled. The installation was not changed.");
      return null;
    }
  }

  /**
   * Opens the running installation for a change, or says why it cannot be changed (not an installed
   * product, or one this account may not change); null then.
   */
  static RunningInstallation openForChange(Shell shell, String title) {
    return withProgress(shell, title, monitor -> {
      RunningInstallation opened = RunningInstallation.open();
      try {
        opened.requireWritable();
        return opened;
      } catch (InstallException e) {
        opened.close();
        throw e;
      }
    });
  }

  /** Shows what {@code change} does, asks, applies it and offers a restart; true when it was applied. */
  static boolean confirmAndApply(Shell shell, String title, String action, ChangeApplier installer, Change change,
      IWorkbench workbench, EPartService parts) {
    String what = String.join("\n", change.describe());
    MessageDialog confirm = new MessageDialog(shell, title, null, what + "\n\nRapport uses the change from its next start.",
        MessageDialog.QUESTION, 0, action, IDialogConstants.CANCEL_LABEL);
    if (confirm.open() != 0) {
      installer.discard(change);
      return false;
    }
    Boolean applied = withProgress(shell, title, monitor -> {
      installer.apply(change, monitor);
      return Boolean.TRUE;
    });
    if (applied == null) {
      return false;
    }
    MessageDialog restart = new MessageDialog(shell, title, null, "Done. Restart Rapport now to use the change?"
        + "\n\nUnsaved documents are offered for saving first.", MessageDialog.QUESTION, 0, "Restart Now", "Later");
    // the workbench's restart saves nothing, and a clean exit drops the recovery copies: save first,
    // as Quit does, and stay if the user cancels
    if (restart.open() == 0 && workbench != null && (parts == null || parts.saveAll(true))) {
      workbench.restart();
    }
    return true;
  }
}
