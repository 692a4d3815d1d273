// SPDX-License-Identifier: EPL-2.0
package org.rapport.lock;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.ui.TitledDialog;

/** The lock screen's question: the casebook's passphrase or the user's own, with no way round it but giving one. */
final class UnlockDialog extends TitledDialog {

  private final String problem;
  private Text field;
  private char[] passphrase;

  private UnlockDialog(Shell shell, String problem) {
    super(shell, InactivityLock.TITLE);
    this.problem = problem;
    setShellStyle(SWT.TITLE | SWT.BORDER | SWT.APPLICATION_MODAL);
  }

  static char[] ask(Shell shell, String problem) {
    UnlockDialog dialog = new UnlockDialog(shell, problem);
    dialog.open();
    return dialog.passphrase;
  }

  @Override
  protected void fill(Composite area) {
    Label text = new Label(area, SWT.WRAP);
    text.setText("Rapport was locked after a while without use, and the documents are hidden. Unsaved changes are kept."
        + "\nType the casebook's passphrase, or your own, to go on.");
    GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
    wide.widthHint = 420;
    text.setLayoutData(wide);
    field = new Text(area, SWT.BORDER | SWT.PASSWORD);
    field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    Label message = new Label(area, SWT.NONE);
    message.setText(problem == null ? " " : problem);
    field.setFocus();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Unlock", true);
  }

  @Override
  protected void handleShellCloseEvent() {
    // Escape and the window's close button do not unlock
  }

  @Override
  protected void okPressed() {
    passphrase = field.getText().toCharArray();
    field.setText("");
    super.okPressed();
  }
}
