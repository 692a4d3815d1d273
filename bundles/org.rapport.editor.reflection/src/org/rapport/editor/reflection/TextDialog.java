// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** Asks for a few lines of text (a comment, a reason); Ctrl+Enter or OK gives them, Escape cancels. */
final class TextDialog extends InputDialog {

  private TextDialog(Shell shell, String title, String question) {
    super(shell, title, question, "", typed -> typed.isBlank() ? "Write something first." : null);
  }

  /** The text given, or null when cancelled. */
  static String ask(Shell shell, String title, String question) {
    TextDialog dialog = new TextDialog(shell, title, question);
    return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
  }

  @Override
  public void create() {
    super.create();
    getButton(IDialogConstants.OK_ID).setEnabled(false);   // nothing written yet
  }

  @Override
  protected int getInputTextStyle() {
    return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
  }

  @Override
  protected org.eclipse.swt.widgets.Control createDialogArea(org.eclipse.swt.widgets.Composite parent) {
    org.eclipse.swt.widgets.Control area = super.createDialogArea(parent);
    ((org.eclipse.swt.layout.GridData) getText().getLayoutData()).heightHint = getText().getLineHeight() * 4;
    getText().addListener(SWT.KeyDown, event -> {
      if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
        event.doit = false;
        if (getButton(IDialogConstants.OK_ID).isEnabled()) {
          buttonPressed(IDialogConstants.OK_ID);   // as the OK button does: it takes the value first
        }
      }
    });
    return area;
  }
}
