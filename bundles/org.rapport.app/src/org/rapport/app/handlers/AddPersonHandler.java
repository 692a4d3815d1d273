// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.AddPersonDialog;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.operations.People;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/** Casebook > Add Person: a supervisor (or trainee, administrator) who will sign steps in this casebook. */
public class AddPersonHandler {

  /** The title of the message that says who was added, and with which key. */
  public static final String ADDED = "Person Added";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, IEventBroker events,
      @Optional CurrentUser user) {
    OpenCasebook open = active.current().orElse(null);
    if (open == null) {
      return;
    }
    AddPersonDialog dialog = new AddPersonDialog(shell);
    if (dialog.open() != Window.OK) {
      return;
    }
    String pem = null;
    if (dialog.keyFile() != null) {
      try {
        pem = Files.readString(Path.of(dialog.keyFile()));
      } catch (IOException | RuntimeException e) {
        MessageDialog.openError(shell, AddPersonDialog.TITLE, "The key file " + dialog.keyFile() + " cannot be read: " + e.getMessage()
            + ". Nobody was added.");
        return;
      }
    }
    Person person = People.add(open.index(), dialog.name(), dialog.role());
    try {
      open.saveIndex();
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, person);
    } catch (StoreException e) {
      open.index().getPeople().remove(person);
      MessageDialog.openError(shell, AddPersonDialog.TITLE, e.getMessage());
      return;
    }
    if (pem == null) {
      MessageDialog.openInformation(shell, ADDED, person.getName() + " was added. They make their key when they"
          + " first sign in on this workstation (File > Sign In As).");
      return;
    }
    try {
      PersonKey key = open.signing().importPublicKey(person.getId(), pem, CurrentUser.idIn(user, open));
      // the owner adding someone vouches for their key; anyone else leaves it for the owner to endorse
      Signer owner = user == null ? null : user.signer(open).filter(s -> open.index().getOwner() != null
          && open.index().getOwner().getId().equals(s.person().getId())).orElse(null);
      if (owner != null) {
        open.signing().endorse(person.getId(), owner, owner.person().getId());
      }
      MessageDialog.openInformation(shell, ADDED, person.getName() + " was added with the key\n\n"
          + Keys.shown(Keys.fingerprint(key.getPublicKey())) + "\n\nRead this fingerprint to " + person.getName()
          + " (in person or by phone) and compare it with theirs before trusting what the key signs."
          + (owner != null ? " You endorsed it as the casebook's owner."
              : " It counts once the casebook's owner endorses it (they are asked when they next sign in)."));
    } catch (StoreException e) {
      MessageDialog.openWarning(shell, AddPersonDialog.TITLE, person.getName() + " was added, but their key was not: " + e.getMessage());
    }
  }
}
