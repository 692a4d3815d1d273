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

/** Redoes the last undone command on the active document's command stack. */
public class RedoHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional MItem item,
      @Translation AppMessages texts) {
    CommandStack stack = CommandStacks.of(part);
    boolean can = stack != null && stack.canRedo();
    if (item != null) {
      // the menu says what will be redone, as e4 evaluates this just before showing the menu
      item.setLabel(can ? MessageFormat.format(texts.edit_redoWhat, CommandStacks.describe(stack.getRedoCommand(), texts)) : texts.edit_redo);
    }
    return can;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
    CommandStack stack = CommandStacks.of(part);
    if (stack != null) {
      stack.redo();
    }
  }
}
