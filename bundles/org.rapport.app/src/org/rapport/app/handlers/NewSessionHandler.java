// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.time.LocalDateTime;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.ClientCase;
import org.rapport.model.Session;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Selections;

/**
 * Casebook > New Session: the next session ({@link org.rapport.model.operations.Sessions#next}) of the client selected in the explorer, a week after
 * the last one (or tomorrow at ten for a first session), planned, with the last session's length
 * and modality.
 */
public class NewSessionHandler {

  /** The command's name, in its messages. */
  static final String TITLE = "New Session";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, IEventBroker events) {
    OpenCasebook open = active.current().orElseThrow();
    ClientCase client = Selections.clientOf(selection);
    if (client == null) {
      Selections.askToSelect(shell, TITLE, "a client (or one of its sessions)");
      return;
    }
    try {
      Session session = open.addSession(client, LocalDateTime.now());
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, session);
    } catch (StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
    }
  }
}
