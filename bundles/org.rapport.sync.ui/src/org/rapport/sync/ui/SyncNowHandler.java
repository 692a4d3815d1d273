// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.ActiveCasebook;

/** Casebook > Sync Now (Ctrl+Alt+Y): saves go to the lab, the lab's changes come in. */
public class SyncNowHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional LabState state) {
    return active != null && state != null && state.remote() != null && !state.running()
        && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(MApplication application, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    IEclipseContext context = application.getContext();
    SyncRunner.now(context, shell);
  }
}
