// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Locale;

import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.Person;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * What one document editor writes to the casebook: the document on Save, a workflow step (submit,
 * sign, approve, ...) and audit entries. A step is one command, saved at once so that the others
 * see it, and audited; once saved it is not taken back by Ctrl+Z.
 */
final class DocumentWrites {

  private final DocumentEditor editor;

  DocumentWrites(DocumentEditor editor) {
    this.editor = editor;
  }

  /** Writes the document to the casebook, saying who saved it; a failure is shown, and the changes stay in the editor. */
  boolean save(Shell shell, Logger logger) {
    OpenCasebook open = editor.casebook.current().orElse(null);
    try {
      if (open == null) {
        throw new StoreException("The casebook of this document is no longer open.");
      }
      Person me = editor.currentPerson();
      open.save(editor.document(), me == null ? null : me.getId());   // the audit trail says who saved
      return true;
    } catch (StoreException e) {
      if (logger != null) {
        logger.error(e, "Could not save " + editor.document().getId());
      }
      MessageDialog.openError(shell, "Save", e.getMessage() + "\n\nYour changes are still in the editor.");
      return false;
    }
  }

  /**
   * Takes {@code step} as one command and saves the document. A step that refuses by throwing
   * {@link IllegalStateException} changes nothing, and its reason is shown.
   *
   * @return whether the step was taken and saved
   */
  boolean run(String label, Runnable step) {
    editor.commitPendingEdit();
    IllegalStateException[] refused = {null};
    ChangeCommand command = new ChangeCommand(editor.document()) {
      @Override
      protected void doExecute() {
        try {
          step.run();
        } catch (IllegalStateException e) {
          refused[0] = e;   // the model refused: it changed nothing
        }
      }
    };
    command.setLabel(label);
    if (!editor.execute(command)) {
      return false;
    }
    if (refused[0] != null) {
      editor.getEditingDomain().getCommandStack().undo();
      MessageDialog.openInformation(editor.shell(), label, refused[0].getMessage());
      return false;
    }
    editor.saveNow();
    if (editor.part.isDirty()) {
      return false;   // the save failed and said why; the step stays, unsaved and undoable
    }
    editor.getEditingDomain().getCommandStack().flush();
    audit(label.replace("\u2026", "").toLowerCase(Locale.ROOT), null);
    return true;
  }

  /** Records {@code action} on the document in the audit trail; a failure to record is shown, not thrown. */
  void audit(String action, String detail) {
    OpenCasebook open = editor.casebook.current().orElse(null);
    if (open == null || open.readOnly()) {
      return;
    }
    try {
      Person me = editor.currentPerson();
      open.audit().record(me == null ? null : me.getId(), action, editor.document().getId(), detail);
    } catch (StoreException e) {
      Shell shell = editor.shell();
      MessageDialog.openWarning(shell, "Audit Trail", e.getMessage());
    }
  }
}
