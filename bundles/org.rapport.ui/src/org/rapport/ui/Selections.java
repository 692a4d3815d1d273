// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Optional;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Session;

/** What a selection in the explorer is about, for the handlers of editor bundles. */
public final class Selections {

  /**
   * Name of the element selected in the Casebook explorer, kept in the application context: what
   * the commands on "the selected client" or "the selected session" act on, whichever part has the
   * keyboard (an editor, say). Their handlers inject {@code @Named(Selections.EXPLORER)}.
   */
  public static final String EXPLORER = "org.rapport.explorer.selection";

  private Selections() {
  }

  /** Says what to select when a command on "the selected {@code what}" finds nothing selected in the explorer. */
  public static void askToSelect(Shell shell, String title, String what) {
    MessageDialog.openInformation(shell, title, "Select " + what + " in the Casebook explorer (on the left), then choose " + title
        + " again.");
  }

  /**
   * The session a command titled {@code title} should write a new document of {@code kind} for, or
   * null when there is nothing to write: no session is selected (the user is told what to select),
   * or the session has its document already (a session has one plan and one reflection: it is opened).
   */
  public static Session sessionNeeding(DocumentKind kind, Object selection, Shell shell, String title, ECommandService commands,
      EHandlerService handlers) {
    Session session = sessionOf(selection);
    if (session == null) {
      askToSelect(shell, title, "a session");
      return null;
    }
    Optional<DocumentEntry> existing = session.getDocuments().stream().filter(entry -> entry.getKind() == kind).findFirst();
    if (existing.isPresent()) {
      DocumentParts.open(commands, handlers, existing.get().getDocumentId());
      return null;
    }
    return session;
  }

  /** A node of a view that stands for something of one client (the explorer's group of agreements, say). */
  public interface OfClient {
    ClientCase client();
  }

  /** The session of whatever is selected: the session itself or one of its documents; else null. */
  public static Session sessionOf(Object selection) {
    Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
    for (Object current = element; current instanceof EObject object; current = object.eContainer()) {
      if (current instanceof Session session) {
        return session;
      }
    }
    return null;
  }

  /** The client of whatever is selected: the client, one of its sessions or documents; else null. */
  public static ClientCase clientOf(Object selection) {
    Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
    for (Object current = element; current != null; current = current instanceof EObject object ? object.eContainer() : null) {
      if (current instanceof ClientCase client) {
        return client;
      }
      if (current instanceof OfClient node) {
        return node.client();
      }
    }
    return null;
  }
}
