// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.text.MessageFormat;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStack;
import org.rapport.app.internal.AppMessages;
import org.rapport.ui.DocumentEditor;

/** Undoes the last command on the active document's command stack. */
public class UndoHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional MItem item,
      @Translation AppMessages texts) {
    CommandStack stack = CommandStacks.of(part);
    // what is being typed is a change to undo too, though it becomes a command only when undone
    boolean typing = part != null && part.getObject() instanceof DocumentEditor editor && editor.isTyping();
    boolean can = stack != null && (stack.canUndo() || typing);
    if (item != null) {
      // the menu says what will be undone, as e4 evaluates this just before showing the menu
      item.setLabel(!can ? texts.edit_undo
          : MessageFormat.format(texts.edit_undoWhat, typing ? texts.edit_typing : CommandStacks.describe(stack.getUndoCommand(), texts)));
    }
    return can;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
    // typing not yet committed is the change the user means to undo; typing that cannot be read is put back
    if (part != null && part.getObject() instanceof DocumentEditor editor && editor.commitOrRevertTyping()) {
      return;
    }
    CommandStack stack = CommandStacks.of(part);
    if (stack != null) {
      stack.undo();
    }
  }
}
