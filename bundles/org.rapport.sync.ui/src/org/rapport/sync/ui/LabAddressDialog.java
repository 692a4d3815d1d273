// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * Where a lab repository is, for Share with Lab and Open from Lab: its address, for Open from Lab
 * the new folder, and a user name and password when the lab asks for them. A password typed here
 * is never put into the address or the casebook; "Remember" seals it for the person signed in.
 */
final class LabAddressDialog extends org.rapport.ui.TitledDialog {

  static final String SHARE_TITLE = "Share with Lab";
  static final String CLONE_TITLE = "Open from Lab";

  private final boolean cloning;
  private final boolean canRemember;
  private Text address;
  private Text folder;
  private Text user;
  private Text password;
  private Button remember;
  private Label problem;
  private String chosenAddress;
  private Path chosenFolder;
  private LabCredentials chosenCredentials = LabCredentials.none();
  private boolean chosenRemember;

  LabAddressDialog(Shell parent, boolean cloning, boolean canRemember) {
    super(parent, cloning ? CLONE_TITLE : SHARE_TITLE);
    this.cloning = cloning;
    this.canRemember = canRemember;
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(3, false));
    Label intro = new Label(area, SWT.WRAP);
    intro.setText(cloning ? "Make a casebook on this workstation from a lab's repository. It stays linked: Sync Now keeps it in step."
        : "Send this casebook to a lab's Git repository, where other workstations can open it. Only documents, people and"
            + " their public keys and sealed key files travel; never backups, recovery copies or the audit trail.");
    GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
    introData.widthHint = convertWidthInCharsToPixels(70);
    intro.setLayoutData(introData);
    new Label(area, SWT.NONE).setText("Lab &repository:");
    address = new Text(area, SWT.BORDER);
    address.setMessage("git://lab-server/casebooks/fairweather.git, https://\u2026, ssh://\u2026, or a folder");
    address.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    if (cloning) {
      new Label(area, SWT.NONE).setText("New &folder:");
      folder = new Text(area, SWT.BORDER);
      folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      Button browse = new Button(area, SWT.PUSH);
      browse.setText("&Browse\u2026");
      browse.addListener(SWT.Selection, event -> {
        DirectoryDialog folders = new DirectoryDialog(getShell());
        folders.setMessage("Choose an empty folder, or one to make the casebook's folder in.");
        String chosen = folders.open();
        if (chosen != null) {
          folder.setText(chosen);
        }
      });
    }
    new Label(area, SWT.NONE).setText("&User (if asked):");
    user = new Text(area, SWT.BORDER);
    user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    new Label(area, SWT.NONE).setText("&Password or token:");
    password = new Text(area, SWT.BORDER | SWT.PASSWORD);
    password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    remember = new Button(area, SWT.CHECK);
    remember.setText("Re&member it on this workstation, sealed for me");
    remember.setEnabled(canRemember);
    remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
    problem = new Label(area, SWT.WRAP);
    GridData problemData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
    problemData.widthHint = convertWidthInCharsToPixels(70);
    problem.setLayoutData(problemData);
    address.setFocus();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, cloning ? "&Open" : "&Share", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }

  @Override
  protected void okPressed() {
    String given = address.getText().strip();
    String refused = CasebookSync.addressRefusal(given);
    if (refused != null) {
      say("Not that address: " + refused + ".");
      return;
    }
    if (cloning) {
      String where = folder.getText().strip();
      if (where.isEmpty()) {
        say("Choose the new folder the casebook goes in.");
        return;
      }
      Path target = Path.of(where).toAbsolutePath().normalize();
      try {
        if (Files.isDirectory(target) && Files.list(target).findAny().isPresent()) {
          target = target.resolve(suggestedName(given));   // a parent folder was chosen: the casebook gets one of its own
        }
      } catch (java.io.IOException e) {
        say(target + " cannot be read: " + e.getMessage());
        return;
      }
      if (Files.exists(target) && !Files.isDirectory(target)) {
        say(target + " is a file; choose a folder.");
        return;
      }
      chosenFolder = target;
    }
    chosenAddress = given;
    chosenCredentials = user.getText().isBlank() ? LabCredentials.none()
        : new LabCredentials(user.getText().strip(), password.getTextChars());
    chosenRemember = remember.getSelection();
    super.okPressed();
  }

  private void say(String text) {
    problem.setText(text);
    problem.getParent().layout(true, true);
  }

  /** "fairweather" for ".../fairweather.git": the folder a clone makes inside a chosen parent. */
  static String suggestedName(String address) {
    String trimmed = address.replaceAll("[/\\\\]+$", "");
    String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    last = last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    last = last.replaceAll("[^A-Za-z0-9._-]", "-");
    return last.isEmpty() || last.startsWith(".") ? "lab-casebook" : last;
  }

  String address() {
    return chosenAddress;
  }

  Path folder() {
    return chosenFolder;
  }

  LabCredentials credentials() {
    return chosenCredentials;
  }

  boolean remember() {
    return chosenRemember;
  }
}
