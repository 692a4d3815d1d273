// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.install.Change;
import org.rapport.install.ProductUpdater;
import org.rapport.install.RunningInstallation;

/** Help > Restore Previous Version: back to the release the last update replaced, as "rapport rollback" does. */
public class RestorePreviousVersionHandler {

  static final String TITLE = "Restore Previous Version";

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional IWorkbench workbench,
      @Optional EPartService parts) {
    RunningInstallation installation = ChangeSteps.openForChange(shell, TITLE);
    if (installation == null) {
      return;
    }
    try (installation) {
      ProductUpdater updater = installation.updater();
      Change change = ChangeSteps.withProgress(shell, TITLE, updater::planRollback);
      if (change != null) {
        ChangeSteps.confirmAndApply(shell, TITLE, "Restore", updater, change, workbench, parts);
      }
    }
  }
}
