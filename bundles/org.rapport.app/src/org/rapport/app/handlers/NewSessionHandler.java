// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

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
import org.rapport.model.Modality;
import org.rapport.model.RapportFactory;
import org.rapport.model.Session;
import org.rapport.model.SessionStatus;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;

/**
 * Casebook > New Session: the next session of the client selected in the explorer, a week after
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
    ClientCase client = clientOf(selection);
    Session session = next(client);
    client.getSessions().add(session);
    try {
      open.saveIndex();
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, session);
    } catch (StoreException e) {
      client.getSessions().remove(session);
      MessageDialog.openError(shell, "New Session", e.getMessage());
    }
  }

  static Session next(ClientCase client) {
    Session last = client.getSessions().isEmpty() ? null : client.getSessions().get(client.getSessions().size() - 1);
    int number = client.getSessions().stream().mapToInt(Session::getNumber).max().orElse(0) + 1;
    Session session = RapportFactory.eINSTANCE.createSession();
    session.setNumber(number);
    session.setId(client.getCode() + "-S" + String.format("%02d", number));
    session.setDateTime(last != null && last.getDateTime() != null ? last.getDateTime().plusWeeks(1)
        : LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(10));
    session.setLengthMinutes(last != null && last.getLengthMinutes() > 0 ? last.getLengthMinutes() : 50);
    session.setModality(last != null && last.getModality() != null ? last.getModality() : Modality.IN_PERSON);
    session.setStatus(SessionStatus.PLANNED);
    return session;
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
