// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks Save / Don't Save / Cancel, in words that name the documents, whenever a document with
 * changes would be closed or Rapport would quit. A save that fails (the editor has explained why)
 * counts as Cancel, so nothing unsaved is ever dropped silently.
 */
public final class DocumentSaveHandler implements ISaveHandler {

  /** The dialog's title, by which tests find it. */
  public static final String TITLE = "Unsaved Changes";
  static final String[] BUTTONS = {"&Save", "&Don't Save", "Cancel"};

  private final Supplier<Shell> shell;

  public DocumentSaveHandler(Supplier<Shell> shell) {
    this.shell = shell;
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
        ? "\u201c" + dirty.get(0).getLabel() + "\u201d has changes that are not saved."
        : "These documents have changes that are not saved:\n"
            + dirty.stream().map(part -> "  \u2022 " + part.getLabel()).collect(Collectors.joining("\n"));
    MessageDialog dialog = new MessageDialog(shell.get(), TITLE, null, message + "\n\nSave them before going on?",
        MessageDialog.QUESTION, 0, BUTTONS);
    return switch (dialog.open()) {
      case 0 -> Save.YES;
      case 1 -> Save.NO;
      default -> Save.CANCEL;
    };
  }
}
