// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a casebook's passphrase, or for a new one typed twice. The characters are handed over
 * as a char array the caller clears; the text fields are emptied when the dialog closes.
 */
public final class PassphraseDialog extends TitledDialog {


  private final String prompt;
  private final boolean twice;
  private final String problem;
  private final boolean optional;
  private Text first;
  private Text second;
  private Button encrypt;
  private Label message;
  private char[] passphrase;
  private boolean chosenPlain;

  private PassphraseDialog(Shell shell, String title, String prompt, boolean twice, String problem, boolean optional) {
    super(shell, title);
    this.prompt = prompt;
    this.twice = twice;
    this.problem = problem;
    this.optional = optional;
  }

  /** Asks for the passphrase of an existing casebook; {@code problem} (e.g. "Wrong passphrase.") shows above; null when cancelled. */
  public static char[] ask(Shell shell, String title, String prompt, String problem) {
    PassphraseDialog dialog = new PassphraseDialog(shell, title, prompt, false, problem, false);
    return dialog.open() == OK ? dialog.passphrase : null;
  }

  /** Asks for a new passphrase, typed twice; null when cancelled. */
  public static char[] askNew(Shell shell, String title, String prompt) {
    PassphraseDialog dialog = new PassphraseDialog(shell, title, prompt, true, null, false);
    return dialog.open() == OK ? dialog.passphrase : null;
  }

  /** The choice for a new casebook: a new passphrase (encrypted, the default) or an empty array for a plain casebook; null when cancelled. */
  public static char[] askForNewCasebook(Shell shell, String title) {
    PassphraseDialog dialog = new PassphraseDialog(shell, title,
        "Clinical notes are encrypted on disk under a passphrase. Without it the casebook cannot be opened, by anyone: keep it safe.",
        true, null, true);
    if (dialog.open() != OK) {
      return null;
    }
    return dialog.chosenPlain ? new char[0] : dialog.passphrase;
  }

  @Override
  protected void fill(Composite area) {
    Label text = new Label(area, SWT.WRAP);
    text.setText(prompt);
    GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
    wide.widthHint = 420;
    text.setLayoutData(wide);
    if (optional) {
      encrypt = new Button(area, SWT.CHECK);
      encrypt.setText("&Encrypt this casebook (recommended)");
      encrypt.setSelection(true);
      encrypt.addListener(SWT.Selection, event -> check());
    }
    new Label(area, SWT.NONE).setText(twice ? "&New passphrase:" : "&Passphrase:");
    first = new Text(area, SWT.BORDER | SWT.PASSWORD);
    first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    first.addListener(SWT.Modify, event -> check());
    if (twice) {
      new Label(area, SWT.NONE).setText("&Again:");
      second = new Text(area, SWT.BORDER | SWT.PASSWORD);
      second.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      second.addListener(SWT.Modify, event -> check());
    }
    message = new Label(area, SWT.WRAP);
    message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    message.setText(problem == null ? " " : problem);
    first.setFocus();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, twice ? "&Set Passphrase" : "&Open", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    check();
  }

  /** What is missing, shown under the fields; OK only when nothing is. */
  private String check() {
    boolean plain = encrypt != null && !encrypt.getSelection();
    first.setEnabled(!plain);
    if (second != null) {
      second.setEnabled(!plain);
    }
    String missing = null;
    if (!plain) {
      if (first.getText().isEmpty()) {
        missing = problem;
      } else if (twice && org.rapport.store.CasebookSigning.weakness(first.getText().toCharArray()) != null) {
        missing = org.rapport.store.CasebookSigning.weakness(first.getText().toCharArray());
      } else if (twice && !first.getText().equals(second.getText())) {
        missing = "Type the same passphrase again.";
      }
    }
    if (missing != null || !first.getText().isEmpty() || plain) {
      message.setText(missing == null ? " " : missing);
    }
    if (getButton(IDialogConstants.OK_ID) != null) {
      getButton(IDialogConstants.OK_ID).setEnabled(plain || !first.getText().isEmpty() && (!twice || missing == null));
    }
    return missing;
  }

  @Override
  protected void okPressed() {
    chosenPlain = encrypt != null && !encrypt.getSelection();
    if (!chosenPlain && twice && check() != null) {
      return;
    }
    passphrase = first.getText().toCharArray();
    super.okPressed();
  }

  @Override
  public boolean close() {
    if (first != null && !first.isDisposed()) {
      first.setText("");
      if (second != null) {
        second.setText("");
      }
    }
    return super.close();
  }

  /** Clears a passphrase the caller no longer needs. */
  public static void clear(char[] passphrase) {
    if (passphrase != null) {
      Arrays.fill(passphrase, '\0');
    }
  }
}
