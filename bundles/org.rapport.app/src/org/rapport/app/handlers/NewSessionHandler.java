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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.explorer.ExplorerContent;
import org.rapport.model.ClientCase;
import org.rapport.model.Session;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;

/**
 * Casebook > New Session: the next session ({@link org.rapport.model.operations.Sessions#next}) of the client selected in the explorer, a week after
 * the last one (or tomorrow at ten for a first session), planned, with the last session's length
 * and modality.
 */
public class NewSessionHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent() && clientOf(selection) != null;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, IEventBroker events) {
    OpenCasebook open = active.current().orElseThrow();
    try {
      Session session = open.addSession(clientOf(selection), LocalDateTime.now());
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, session);
    } catch (StoreException e) {
      MessageDialog.openError(shell, "New Session", e.getMessage());
    }
  }

  /** The client of whatever is selected in the explorer: the client, one of its sessions or documents. */
  static ClientCase clientOf(Object selection) {
    Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
    if (element instanceof ExplorerContent.Agreements agreements) {
      return agreements.client();
    }
    for (Object current = element; current instanceof EObject object; current = object.eContainer()) {
      if (current instanceof ClientCase client) {
        return client;
      }
    }
    return null;
  }
}
