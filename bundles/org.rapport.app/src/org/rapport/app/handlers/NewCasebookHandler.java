// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.WrappingInputDialog;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.app.internal.LastCasebook;
import org.rapport.store.StoreException;

/** File > New Casebook: an empty casebook in a new or empty folder, which becomes the active one. */
public class NewCasebookHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, EPartService parts,
      EModelService models, ActiveCasebook active) {
    DirectoryDialog folderDialog = new DirectoryDialog(shell);
    folderDialog.setText("New Casebook");
    folderDialog.setMessage("Choose an empty folder for the new casebook.");
    String folder = folderDialog.open();
    if (folder == null) {
      return;
    }
    InputDialog title = new WrappingInputDialog(shell, "New Casebook", "Title of the casebook (for example the placement and year):",
        "", text -> text.isBlank() ? "Give the casebook a title." : null);
    if (title.open() != Window.OK) {
      return;
    }
    InputDialog owner = new WrappingInputDialog(shell, "New Casebook", "Your name, as the casebook's owner (your steps are signed with"
        + " a key of your own, made when you first sign in):", "", text -> text.isBlank() ? "Say who keeps this casebook." : null);
    if (owner.open() != Window.OK) {
      return;
    }
    char[] passphrase = org.rapport.ui.PassphraseDialog.askForNewCasebook(shell, "New Casebook");
    if (passphrase == null) {
      return;
    }
    if (!DocumentOpener.closeAll(application, parts, models)) {
      return;   // the user kept their unsaved changes
    }
    try {
      org.rapport.store.OpenCasebook created = active.create(Path.of(folder), title.getValue().strip(),
          passphrase.length == 0 ? null : passphrase);
      // in the same turn as the opening, so that signing in, asked next, offers the owner a key
      org.rapport.model.Person trainee = org.rapport.model.operations.People.add(created.index(), owner.getValue(),
          org.rapport.model.Role.TRAINEE);
      created.index().setOwner(trainee);
      created.saveIndex();
      LastCasebook.remember(Path.of(folder));
    } catch (StoreException e) {
      MessageDialog.openError(shell, "New Casebook", e.getMessage());
    } finally {
      org.rapport.ui.PassphraseDialog.clear(passphrase);
    }
  }
}
