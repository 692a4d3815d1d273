// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Role;
import org.rapport.ui.TitledDialog;

/**
 * File > Add Person: a name, a role and, for someone whose key was made on their own
 * workstation, the public key file they exported there. Without a file, the person makes their key
 * when they first sign in here.
 */
public final class AddPersonDialog extends TitledDialog {

  public static final String TITLE = "Add Person";

  private Text name;
  private Combo role;
  private Text keyFile;
  private Label message;
  private String chosenName;
  private Role chosenRole;
  private String chosenKeyFile;

  public AddPersonDialog(Shell parent) {
    super(parent, TITLE);
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(3, false));
    new Label(area, SWT.NONE).setText("&Name:");
    name = new Text(area, SWT.BORDER);
    name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    new Label(area, SWT.NONE).setText("&Role:");
    role = new Combo(area, SWT.READ_ONLY);
    for (Role each : Role.values()) {
      role.add(each.getLiteral());
    }
    role.select(Role.SUPERVISOR_VALUE);
    role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    new Label(area, SWT.NONE).setText("Public &key file:");
    keyFile = new Text(area, SWT.BORDER);
    GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
    wide.widthHint = convertWidthInCharsToPixels(48);
    keyFile.setLayoutData(wide);
    Button browse = new Button(area, SWT.PUSH);
    browse.setText("&Browse\u2026");
    browse.addListener(SWT.Selection, event -> {
      FileDialog files = new FileDialog(getShell(), SWT.OPEN);
      files.setFilterExtensions(new String[] {"*.pem", "*"});
      String chosen = files.open();
      if (chosen != null) {
        keyFile.setText(chosen);
      }
    });
    message = new Label(area, SWT.WRAP);
    message.setText("Leave the key file empty when the person signs in on this workstation; they make their key then."
        + " A key exported elsewhere (File > Export My Public Key there) is shown by its fingerprint to compare with its owner.");
    GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
    messageData.widthHint = convertWidthInCharsToPixels(64);
    message.setLayoutData(messageData);
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Add", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }

  @Override
  protected void okPressed() {
    if (name.getText().isBlank()) {
      message.setText("Type the person's name.");
      name.setFocus();
      return;
    }
    chosenName = name.getText().strip();
    chosenRole = Role.get(role.getSelectionIndex());
    chosenKeyFile = keyFile.getText().isBlank() ? null : keyFile.getText().strip();
    super.okPressed();
  }

  public String name() {
    return chosenName;
  }

  public Role role() {
    return chosenRole;
  }

  /** The public key file to import, or null. */
  public String keyFile() {
    return chosenKeyFile;
  }
}
