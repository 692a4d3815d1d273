package org.rapport.app.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.ActiveCasebook;
import org.rapport.app.internal.LastCasebook;
import org.rapport.store.StoreException;

/** File > Open Casebook: choose a casebook folder and make it the active casebook. */
public class OpenCasebookHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active) {
    DirectoryDialog dialog = new DirectoryDialog(shell);
    dialog.setText("Open Casebook");
    dialog.setMessage("Choose the folder of a casebook (it holds casebook.xmi).");
    active.current().ifPresent(open -> dialog.setFilterPath(open.folder().getParent().toString()));
    String chosen = dialog.open();
    if (chosen == null) {
      return;
    }
    try {
      active.open(Path.of(chosen));
      LastCasebook.remember(Path.of(chosen));
    } catch (StoreException e) {
      MessageDialog.openError(shell, "Open Casebook", e.getMessage());
    }
  }
}
