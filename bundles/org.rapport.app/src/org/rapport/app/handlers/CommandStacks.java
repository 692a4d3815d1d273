package org.rapport.app.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;

/** Finds the EMF command stack of a part: document editors expose their editing domain. */
final class CommandStacks {

  private CommandStacks() {
  }

  static CommandStack of(MPart part) {
    if (part != null && part.getObject() instanceof IEditingDomainProvider provider
        && provider.getEditingDomain() != null) {
      return provider.getEditingDomain().getCommandStack();
    }
    return null;
  }
}
