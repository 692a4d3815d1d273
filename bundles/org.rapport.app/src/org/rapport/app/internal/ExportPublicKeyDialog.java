// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.ui.AccessibleName;
import org.rapport.ui.TitledDialog;

/**
 * File > Export My Public Key: where to write the signed-in person's public key, with its
 * fingerprint shown first, because the fingerprint is what the people who import the file compare
 * with its owner. Only the public half leaves the workstation.
 */
public final class ExportPublicKeyDialog extends TitledDialog {

  public static final String TITLE = "Export My Public Key";

  private final String personName;
  private final String fingerprint;
  private final Path suggested;
  private Text file;
  private Label message;
  private Path chosen;

  /** {@code suggested} is the file offered, which the user may change. */
  public ExportPublicKeyDialog(Shell parent, String personName, String fingerprint, Path suggested) {
    super(parent, TITLE);
    this.personName = personName;
    this.fingerprint = fingerprint;
    this.suggested = suggested;
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(3, false));
    Label about = new Label(area, SWT.WRAP);
    about.setText(personName + "'s public key has the fingerprint\n\n" + fingerprint + "\n\nGive the file to whoever adds you to"
        + " their casebook (File > Add Person), and read them this fingerprint in person or by phone so that they can compare it"
        + " with the one their workstation shows.");
    GridData aboutData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
    aboutData.widthHint = convertWidthInCharsToPixels(64);
    about.setLayoutData(aboutData);
    new Label(area, SWT.NONE).setText("&Save to:");
    file = new Text(area, SWT.BORDER);
    file.setText(suggested.toString());
    file.selectAll();
    GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
    wide.widthHint = convertWidthInCharsToPixels(48);
    file.setLayoutData(wide);
    AccessibleName.set(file, "Save the public key to");
    Button browse = new Button(area, SWT.PUSH);
    browse.setText("&Browse\u2026");
    browse.addListener(SWT.Selection, event -> {
      FileDialog files = new FileDialog(getShell(), SWT.SAVE);
      files.setFilterExtensions(new String[] {"*.pem", "*"});
      files.setFileName(suggested.getFileName().toString());
      files.setOverwrite(true);
      String picked = files.open();
      if (picked != null) {
        file.setText(picked);
      }
    });
    message = new Label(area, SWT.WRAP);
    message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Export", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }

  @Override
  protected void okPressed() {
    String typed = file.getText().strip();
    Path path = typed.isEmpty() ? null : Path.of(typed).toAbsolutePath();
    String refused = path == null ? "Type the file to write the key to."
        : Files.isDirectory(path) ? typed + " is a folder; type a file name in it."
        : path.getParent() == null || !Files.isDirectory(path.getParent()) ? "The folder " + path.getParent() + " does not exist."
        : null;
    if (refused != null) {
      message.setText(refused);
      message.getParent().layout(true);
      file.selectAll();   // typing replaces what was refused
      file.setFocus();
      return;
    }
    chosen = path;
    super.okPressed();
  }

  /** The file to write, once Export was pressed. */
  public Path file() {
    return chosen;
  }
}
