// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.rapport.model.ClientCase;
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
  public static void askToSelect(org.eclipse.swt.widgets.Shell shell, String title, String what) {
    org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, title, "Select " + what
        + " in the Casebook explorer (on the left), then choose " + title + " again.");
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
