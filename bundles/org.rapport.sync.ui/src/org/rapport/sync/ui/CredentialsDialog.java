// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * Asks for the user name and password a lab refused or asked for, after a sync it turned away; for
 * a lab reached over SSH, the passphrase of the workstation's SSH key instead (the user name is the
 * address's).
 */
final class CredentialsDialog extends org.rapport.ui.TitledDialog {

  static final String TITLE = "Lab Password";

  private final String remote;
  private final String why;
  private final boolean canRemember;
  private final boolean ssh;
  private Text user;
  private Text password;
  private Button remember;
  private LabCredentials chosen;
  private boolean chosenRemember;

  CredentialsDialog(Shell parent, String remote, String why, boolean canRemember) {
    super(parent, TITLE);
    this.remote = remote;
    this.why = why;
    this.canRemember = canRemember;
    this.ssh = CasebookSync.overSsh(remote);
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(2, false));
    Label said = new Label(area, SWT.WRAP);
    said.setText(why + "\n\n" + (ssh ? "The passphrase of this workstation's SSH key, for " : "The user name and password (or token) for ")
        + remote + ":");
    GridData saidData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
    saidData.widthHint = convertWidthInCharsToPixels(64);
    said.setLayoutData(saidData);
    if (!ssh) {
      new Label(area, SWT.NONE).setText("&User:");
      user = new Text(area, SWT.BORDER);
      user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }
    new Label(area, SWT.NONE).setText(ssh ? "Pass&phrase:" : "&Password:");
    password = new Text(area, SWT.BORDER | SWT.PASSWORD);
    password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    remember = new Button(area, SWT.CHECK);
    remember.setText("Re&member it on this workstation, sealed for me");
    remember.setEnabled(canRemember);
    remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    (ssh ? password : user).setFocus();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Sync", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }

  @Override
  protected void okPressed() {
    // over SSH the login name comes from the address; JGit hands the password to the key as its passphrase
    String name = ssh ? System.getProperty("user.name") : user.getText().strip();
    chosen = new LabCredentials(name, password.getTextChars());
    chosenRemember = remember.getSelection();
    super.okPressed();
  }

  LabCredentials credentials() {
    return chosen;
  }

  boolean remember() {
    return chosenRemember;
  }
}
