// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/** Casebook > Share with Lab: links the casebook to a lab's repository and sends it. */
public class ShareWithLabHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional LabState state) {
    return active != null && state != null && state.remote() == null && !state.running()
        && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(MApplication application, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional CurrentUser user) {
    OpenCasebook casebook = active.current().orElseThrow();
    boolean signedIn = user != null && user.signer(casebook).isPresent();
    LabAddressDialog dialog = new LabAddressDialog(shell, false, signedIn);
    if (dialog.open() == Window.OK) {
      SyncRunner.share(application.getContext(), shell, dialog.address(), dialog.credentials(), dialog.remember());
    }
  }
}
