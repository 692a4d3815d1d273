// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.nio.file.Files;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.sync.LabConflicts;
import org.rapport.ui.ActiveCasebook;

/** Casebook > Resolve Conflicts: the documents changed on two workstations, side by side. */
public class ResolveConflictsHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly())
        .map(open -> Files.isDirectory(open.folder().resolve(LabConflicts.FOLDER))).orElse(false);
  }

  @Execute
  public void execute(MApplication application, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    ConflictsDialog.open(application.getContext(), shell);
  }
}
