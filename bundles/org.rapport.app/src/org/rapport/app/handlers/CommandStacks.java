// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.text.MessageFormat;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.rapport.app.internal.AppMessages;
import org.rapport.ui.ListColumn;

/** Finds the EMF command stack of a part: document editors expose their editing domain. */
final class CommandStacks {

  private CommandStacks() {
  }

  /** What a command did, in words for the Undo and Redo menu items: "Change to Length minutes". */
  static String describe(Command command, AppMessages texts) {
    EStructuralFeature feature = switch (command) {
      case SetCommand set -> set.getFeature() instanceof EStructuralFeature f ? f : null;
      case AddCommand add -> add.getFeature();
      case RemoveCommand remove -> remove.getFeature();
      default -> null;
    };
    String what = feature == null ? null : ListColumn.words(feature.getName());
    return switch (command) {
      case SetCommand set when what != null -> MessageFormat.format(texts.edit_changeTo, what);
      case AddCommand add when what != null -> MessageFormat.format(texts.edit_addingTo, what);
      case RemoveCommand remove when what != null -> MessageFormat.format(texts.edit_removalFrom, what);
      default -> command.getLabel() == null || command.getLabel().isBlank() ? texts.edit_lastChange : command.getLabel();
    };
  }


  static CommandStack of(MPart part) {
    if (part != null && part.getObject() instanceof IEditingDomainProvider provider
        && provider.getEditingDomain() != null) {
      return provider.getEditingDomain().getCommandStack();
    }
    return null;
  }
}
