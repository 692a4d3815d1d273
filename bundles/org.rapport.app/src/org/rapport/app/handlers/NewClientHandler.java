// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.time.LocalDate;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.ClientCase;
import org.rapport.model.validation.PseudonymityGuard;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.WrappingInputDialog;

/**
 * Casebook > New Client: asks for a pseudonymous code, refused while it looks like a name, an
 * e-mail address, a phone number or a date of birth, or when the casebook has it already.
 */
public class NewClientHandler {

  /** The dialog's title, by which tests find it. */
  public static final String TITLE = "New Client";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, IEventBroker events) {
    OpenCasebook open = active.current().orElseThrow();
    InputDialog dialog = new WrappingInputDialog(shell, TITLE,
        "Code for the new client. Never a name, initials that identify, an e-mail, a phone number or a date of birth;"
            + " for example CL-0701.",
        "", code -> problemWith(code, open));
    if (dialog.open() != Window.OK) {
      return;
    }
    try {
      ClientCase client = open.addClient(dialog.getValue(), LocalDate.now());
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, client);
    } catch (StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
    }
  }

  /** Why {@code code} cannot be used, or null when it can. */
  static String problemWith(String code, OpenCasebook open) {
    String trimmed = code.strip();
    if (trimmed.isEmpty()) {
      return "Type a code for the client.";
    }
    java.util.Optional<String> problem = PseudonymityGuard.problemWith(trimmed);
    if (problem.isPresent()) {
      return problem.get();
    }
    boolean taken = open.index().getClients().stream().anyMatch(c -> trimmed.equalsIgnoreCase(c.getCode()));
    return taken ? "The casebook already has a client " + trimmed + "." : null;
  }
}
