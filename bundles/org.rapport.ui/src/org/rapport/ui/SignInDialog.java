// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Person;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookSigning;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;

/**
 * Asks who the user is and for that person's passphrase, and opens their signing key. A person
 * with no key on this workstation gets one here, under a new passphrase typed twice. "Read Only"
 * signs in nobody. A wrong passphrase and a damaged key file are told apart in the message.
 */
public final class SignInDialog extends TitledDialog {

  private static final int READ_ONLY = IDialogConstants.CLIENT_ID + 1;

  private final UiMessages texts;
  private final OpenCasebook casebook;
  private final String preferred;
  private final List<Person> people = new ArrayList<>();
  private Combo person;
  private Label passphraseLabel;
  private Text passphrase;
  private Label confirmLabel;
  private Text confirm;
  private Label message;
  private Signer signer;

  private SignInDialog(Shell shell, UiMessages texts, OpenCasebook casebook, String preferred) {
    super(shell, texts.signIn_title);
    this.texts = texts;
    this.casebook = casebook;
    this.preferred = preferred;
  }

  /**
   * Asks, and returns the signer, or null for reading only (Read Only, or the dialog closed).
   * {@code preferred} is the id of the person chosen first (the one signed in last), or null.
   */
  public static Signer ask(Shell shell, UiMessages texts, OpenCasebook casebook, String preferred) {
    SignInDialog dialog = new SignInDialog(shell, texts, casebook, preferred);
    dialog.open();
    return dialog.signer;
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(2, false));
    Label intro = new Label(area, SWT.WRAP);
    intro.setText(MessageFormat.format(texts.signIn_intro, title(casebook)));
    GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
    wide.widthHint = convertWidthInCharsToPixels(64);
    intro.setLayoutData(wide);

    new Label(area, SWT.NONE).setText(texts.signIn_person);
    person = new Combo(area, SWT.READ_ONLY);
    person.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    int chosen = 0;
    for (Person candidate : casebook.index().getPeople()) {
      people.add(candidate);
      String roles = texts.roles(candidate);
      boolean here = casebook.signing().hasKeyFile(candidate.getId());
      person.add(PersonNames.of(candidate) + " (" + roles + ")" + (here ? "" : " \u2014 " + texts.signIn_noKeyHere));
      if (candidate.getId() != null && candidate.getId().equals(preferred)) {
        chosen = people.size() - 1;
      }
    }
    person.select(chosen);
    person.addListener(SWT.Selection, event -> personChanged());

    passphraseLabel = new Label(area, SWT.NONE);
    passphrase = new Text(area, SWT.BORDER | SWT.PASSWORD);
    passphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    confirmLabel = new Label(area, SWT.NONE);
    confirmLabel.setText(texts.signIn_again);
    confirm = new Text(area, SWT.BORDER | SWT.PASSWORD);
    confirm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

    message = new Label(area, SWT.WRAP);
    GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
    messageData.widthHint = convertWidthInCharsToPixels(64);
    // room for the longest message (a damaged key file) from the start: a dialog shown does not grow
    messageData.heightHint = convertHeightInCharsToPixels(4);
    message.setLayoutData(messageData);
    personChanged();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, texts.signIn_signIn, true);
    createButton(parent, READ_ONLY, texts.signIn_readOnly, false);
  }

  @Override
  protected void buttonPressed(int buttonId) {
    if (buttonId == READ_ONLY) {
      signer = null;
      close();
      return;
    }
    super.buttonPressed(buttonId);
  }

  private Person chosen() {
    return people.isEmpty() ? null : people.get(Math.max(0, person.getSelectionIndex()));
  }

  private boolean hasKey() {
    Person chosen = chosen();
    return chosen != null && casebook.signing().hasKeyFile(chosen.getId());
  }

  private void personChanged() {
    boolean hasKey = hasKey();
    passphraseLabel.setText(hasKey ? texts.signIn_passphrase : texts.signIn_newPassphrase);
    confirmLabel.setVisible(!hasKey);
    confirm.setVisible(!hasKey);
    ((GridData) confirm.getLayoutData()).exclude = hasKey;
    message.setText(chosen() == null ? texts.signIn_nobody
        : hasKey ? "" : MessageFormat.format(Keys.current(chosen()).isPresent() ? texts.signIn_makeKeyReplacing : texts.signIn_makeKey,
            PersonNames.of(chosen())));
    passphrase.setText("");
    confirm.setText("");
    passphrase.getParent().layout(true, true);
    passphrase.setFocus();
  }

  @Override
  protected void okPressed() {
    Person chosen = chosen();
    if (chosen == null) {
      super.okPressed();
      return;
    }
    char[] typed = passphrase.getTextChars();
    char[] again = confirm.getTextChars();
    try {
      CasebookSigning signing = casebook.signing();
      if (!hasKey()) {
        if (!Arrays.equals(typed, again)) {
          show(texts.signIn_differ);
          return;
        }
        String weakness = CasebookSigning.weakness(typed);
        if (weakness != null) {
          show(weakness);
          return;
        }
        signing.createKey(chosen.getId(), typed, chosen.getId());
      }
      signer = signing.signIn(chosen.getId(), typed);
      super.okPressed();
    } catch (PassphraseException e) {
      show(MessageFormat.format(texts.signIn_tryAgain, e.getMessage()));
      passphrase.selectAll();
    } catch (StoreException e) {
      show(e.getMessage());
    } finally {
      Arrays.fill(typed, '\0');
      Arrays.fill(again, '\0');
    }
  }

  private void show(String text) {
    message.setText(text);
    message.getParent().layout(true, true);
    getShell().layout(true, true);
  }

  private static String title(OpenCasebook casebook) {
    String title = casebook.index().getTitle();
    return title == null || title.isBlank() ? casebook.folder().getFileName().toString() : "\u201c" + title + "\u201d";
  }
}
