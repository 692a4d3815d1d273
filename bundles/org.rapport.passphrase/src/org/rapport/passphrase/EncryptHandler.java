// SPDX-License-Identifier: EPL-2.0
package org.rapport.passphrase;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.PassphraseDialog;

/**
 * Casebook > Encrypt Casebook / Change Passphrase: a plain casebook is encrypted under a new
 * passphrase; an encrypted one asks for its current passphrase, then a new one. Every file is
 * sealed again; a crash part-way leaves a casebook that the old or the new passphrase opens.
 */
public class EncryptHandler {

  public static final String TITLE = "Casebook Passphrase";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, @Optional org.rapport.ui.CurrentUser user,
      @Optional org.eclipse.e4.core.services.events.IEventBroker events) {
    OpenCasebook open = active.current().orElseThrow();
    if (open.keys().encrypted()) {
      String problem = null;
      while (true) {
        char[] current = PassphraseDialog.ask(shell, TITLE, "Type the casebook's current passphrase.", problem);
        if (current == null) {
          return;
        }
        boolean right = open.keys().checkPassphrase(current);
        PassphraseDialog.clear(current);
        if (right) {
          break;
        }
        problem = "Wrong passphrase. Try again, or Cancel.";
      }
    }
    char[] chosen = PassphraseDialog.askNew(shell, TITLE, (open.keys().encrypted()
        ? "Choose the new passphrase. Every file of the casebook is encrypted again under it."
        : "Choose a passphrase. Every file of the casebook, its crash-recovery copies and its audit trail are then encrypted;"
            + " without the passphrase nobody can open it, so keep it safe.") + sharedNote(open));
    if (chosen == null) {
      return;
    }
    boolean wasEncrypted = open.keys().encrypted();
    StoreException[] failed = {null};
    BusyIndicator.showWhile(shell.getDisplay(), () -> {
      try {
        open.keys().changePassphrase(chosen, org.rapport.ui.CurrentUser.idIn(user, open));   // the audit trail says who
      } catch (StoreException e) {
        failed[0] = e;
      }
    });
    PassphraseDialog.clear(chosen);
    if (failed[0] == null && events != null) {
      events.send(org.rapport.ui.DocumentParts.TOPIC_REWRITTEN, open);   // open editors hold the same content
    }
    if (failed[0] != null) {
      MessageDialog.openError(shell, TITLE, failed[0].getMessage());
    } else {
      MessageDialog.openInformation(shell, TITLE, wasEncrypted ? "The passphrase was changed." : "The casebook is encrypted now.");
    }
  }

  /** What a new key means for a casebook shared with a lab, said before it is chosen. */
  private static String sharedNote(OpenCasebook open) {
    if (!org.rapport.store.CasebookFolders.isShared(open.folder())) {
      return "";
    }
    return open.keys().encrypted()
        ? "\n\nThe casebook is shared with a lab: it moves to a new key, signed with your key, and the other workstations"
            + " follow it at their next sync. The people it is shared with keep their access."
        : "\n\nThe casebook is shared with a lab in plain, so the lab will not take it encrypted: share it with a new, empty"
            + " lab repository afterwards.";
  }
}
