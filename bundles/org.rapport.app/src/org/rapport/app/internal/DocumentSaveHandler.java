// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks Save / Don't Save / Cancel, in words that name the documents, whenever a document with
 * changes would be closed or Rapport would quit. A save that fails (the editor has explained why)
 * counts as Cancel, so nothing unsaved is ever dropped silently.
 */
public final class DocumentSaveHandler implements ISaveHandler {

  private final Supplier<Shell> shell;
  private final AppMessages texts;

  public DocumentSaveHandler(Supplier<Shell> shell, AppMessages texts) {
    this.shell = shell;
    this.texts = texts;
  }

  @Override
  public boolean save(MPart dirtyPart, boolean confirm) {
    return saveParts(List.of(dirtyPart), confirm);
  }

  @Override
  public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
    List<MPart> dirty = dirtyParts.stream().filter(MPart::isDirty).toList();
    if (dirty.isEmpty()) {
      return true;
    }
    Save answer = confirm ? ask(dirty) : Save.YES;
    if (answer == Save.CANCEL) {
      return false;
    }
    if (answer == Save.NO) {
      return true;
    }
    for (MPart part : dirty) {
      if (part.getObject() != null && part.getContext() != null) {
        ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
      }
      if (part.isDirty()) {
        return false;   // the save failed; the editor told the user why
      }
    }
    return true;
  }

  @Override
  public Save promptToSave(MPart dirtyPart) {
    return ask(List.of(dirtyPart));
  }

  @Override
  public Save[] promptToSave(Collection<MPart> dirtyParts) {
    Save answer = ask(List.copyOf(dirtyParts));
    return dirtyParts.stream().map(part -> answer).toArray(Save[]::new);
  }

  private Save ask(List<MPart> dirty) {
    String message = dirty.size() == 1
        ? MessageFormat.format(texts.save_one, dirty.get(0).getLabel())
        : texts.save_many + "\n" + dirty.stream().map(part -> "  \u2022 " + part.getLabel()).collect(Collectors.joining("\n"));
    MessageDialog dialog = new MessageDialog(shell.get(), texts.save_title, null, message + "\n\n" + texts.save_question,
        MessageDialog.QUESTION, 0, texts.save_save, texts.save_dontSave, IDialogConstants.CANCEL_LABEL);
    return switch (dialog.open()) {
      case 0 -> Save.YES;
      case 1 -> Save.NO;
      default -> Save.CANCEL;
    };
  }
}
