// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.install.Extension;
import org.rapport.install.RunningInstallation;

/** Help > Installed Extensions: what is installed, and removing one. */
public class InstalledExtensionsHandler {

  static final String TITLE = "Installed Extensions";

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional IWorkbench workbench, @Optional EPartService parts) {
    RunningInstallation installation = ChangeSteps.withProgress(shell, TITLE, monitor -> RunningInstallation.open());
    if (installation == null) {
      return;
    }
    try (installation) {
      List<Extension> installed = ChangeSteps.withProgress(shell, TITLE, monitor -> installation.installer().installed());
      if (installed == null) {
        return;
      }
      InstalledExtensionsDialog dialog = new InstalledExtensionsDialog(shell, installed);
      if (dialog.open() != InstalledExtensionsDialog.REMOVE) {
        return;
      }
      Extension chosen = dialog.chosen();
      var change = ChangeSteps.withProgress(shell, TITLE, monitor -> {
        installation.requireWritable();
        return installation.installer().planUninstall(chosen.id(), monitor);
      });
      if (change != null) {
        ChangeSteps.confirmAndApply(shell, TITLE, "Remove", installation.installer(), change, workbench, parts);
      }
    }
  }
}
