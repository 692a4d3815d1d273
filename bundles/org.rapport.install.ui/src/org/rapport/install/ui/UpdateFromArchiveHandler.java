// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.install.Change;
import org.rapport.install.ExtensionArchive;
import org.rapport.install.ProductUpdater;
import org.rapport.install.RunningInstallation;

/**
 * Help > Update Rapport from Archive: a release's zipped repository, from a file on this computer
 * (workstations are offline). The version it replaces is kept for Help > Restore Previous Version.
 */
public class UpdateFromArchiveHandler {

  static final String TITLE = "Update Rapport from Archive";

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ArchiveLocation location,
      @Optional IWorkbench workbench, @Optional EPartService parts) {
    Path zip = (location != null ? location : ArchiveLocation.ask(TITLE, "Rapport releases (*.zip)")).choose(shell);
    if (zip == null) {
      return;
    }
    RunningInstallation installation = ChangeSteps.openForChange(shell, TITLE);
    if (installation == null) {
      return;   // not an installed product, or one this account cannot change: the dialog said so
    }
    try (installation) {
      ProductUpdater updater = installation.updater();
      ExtensionArchive archive = ChangeSteps.withProgress(shell, TITLE, monitor -> ExtensionArchive.unpack(zip));
      if (archive == null) {
        return;
      }
      try (archive) {
        Change change = ChangeSteps.withProgress(shell, TITLE, monitor -> updater.planUpdate(archive, monitor));
        if (change != null) {
          ChangeSteps.confirmAndApply(shell, TITLE, "Update", updater, change, workbench, parts);
        }
      }
    }
  }
}
