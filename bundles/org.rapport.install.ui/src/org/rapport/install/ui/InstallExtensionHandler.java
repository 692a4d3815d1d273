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
import org.rapport.install.RunningInstallation;

/** Help > Install Extension from Archive: an institution's zipped repository, from a file on this computer. */
public class InstallExtensionHandler {

  static final String TITLE = "Install Extension from Archive";

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ArchiveLocation location,
      @Optional IWorkbench workbench, @Optional EPartService parts) {
    Path zip = (location != null ? location : ArchiveLocation.ASK).choose(shell);
    if (zip == null) {
      return;
    }
    RunningInstallation installation = ChangeSteps.openForChange(shell, TITLE);
    if (installation == null) {
      return;   // not an installed product, or a shared installation this account cannot change: the dialog said so
    }
    try (installation) {
      ExtensionArchive archive = ChangeSteps.withProgress(shell, TITLE, monitor -> ExtensionArchive.unpack(zip));
      if (archive == null) {
        return;
      }
      try (archive) {
        Change change = ChangeSteps.withProgress(shell, TITLE, monitor -> installation.installer().planInstall(archive, monitor));
        if (change != null) {
          ChangeSteps.confirmAndApply(shell, TITLE, "Install", installation.installer(), change, workbench, parts);
        }
      }
    }
  }
}
