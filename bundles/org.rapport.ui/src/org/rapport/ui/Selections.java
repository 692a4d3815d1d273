package org.rapport.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.rapport.model.Session;

/** What a selection in the explorer is about, for the handlers of editor bundles. */
public final class Selections {

  private Selections() {
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
}
