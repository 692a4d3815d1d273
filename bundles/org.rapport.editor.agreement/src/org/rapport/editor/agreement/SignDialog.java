// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
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
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.ui.ListColumn;
import org.rapport.ui.TitledDialog;

/**
 * Records one party's signature: who signs (a party who has not signed yet), how (typed in the
 * session, or given on paper and recorded here), when, and the signer's code or id typed out as a
 * deliberate act. The fingerprint of the text is taken when the signature is recorded.
 */
final class SignDialog extends TitledDialog {

  static final String TITLE = "Record Signature";
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
      .withResolverStyle(ResolverStyle.STRICT);   // 31 February is refused, not taken as the 28th

  private final List<Party> unsigned;
  private final Person me;
  private Combo who;
  private Combo how;
  private Text when;
  private Text confirm;
  private Label problem;
  private PartyRole role;
  private SignatureMethod method;
  private LocalDateTime signedAt;

  SignDialog(Shell shell, BoundaryAgreement agreement, Person me) {
    super(shell, TITLE);
    this.unsigned = Agreements.unsigned(agreement);
    this.me = me;
  }

  @Override
  protected void fill(Composite area) {
    Composite grid = new Composite(area, SWT.NONE);
    grid.setLayout(new GridLayout(2, false));
    grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    new Label(grid, SWT.NONE).setText("&Who signs:");
    who = new Combo(grid, SWT.READ_ONLY);
    unsigned.forEach(p -> who.add(ListColumn.words(p.getRole().getLiteral()) + ": " + p.getReference()
        + (p.getDisplayName() == null ? "" : " (" + p.getDisplayName() + ")")));
    int mine = me == null ? -1 : unsigned.stream().map(Party::getReference).toList().indexOf(me.getId());
    who.select(mine >= 0 ? mine : 0);
    new Label(grid, SWT.NONE).setText("&How:");
    how = new Combo(grid, SWT.READ_ONLY);
    how.add("Typed in the session");
    how.add("Signed on paper, recorded here");
    how.select(0);
    new Label(grid, SWT.NONE).setText("&When (yyyy-mm-dd hh:mm):");
    when = new Text(grid, SWT.BORDER);
    when.setText(LocalDateTime.now().format(TYPED));
    when.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    new Label(grid, SWT.NONE).setText("&Signer's code, typed out:");
    confirm = new Text(grid, SWT.BORDER);
    confirm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    problem = new Label(area, SWT.WRAP);
    GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false);
    problemData.widthHint = 460;
    problemData.heightHint = problem.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 2;
    problem.setLayoutData(problemData);
    who.addListener(SWT.Selection, event -> check());
    how.addListener(SWT.Selection, event -> check());
    when.addListener(SWT.Modify, event -> check());
    confirm.addListener(SWT.Modify, event -> check());
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Record", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    check();
    confirm.setFocus();
  }

  /** What is missing, shown under the fields; Record is enabled only when nothing is. */
  private String check() {
    String missing = null;
    Party party = unsigned.isEmpty() ? null : unsigned.get(Math.max(0, who.getSelectionIndex()));
    if (party == null) {
      missing = "Every party has signed.";
    } else {
      try {
        LocalDateTime at = LocalDateTime.parse(when.getText().strip(), TYPED);
        if (at.isAfter(LocalDateTime.now().plusMinutes(5))) {
          missing = "A signature cannot be dated in the future.";
        }
      } catch (DateTimeParseException e) {
        missing = "Type the date and time as yyyy-mm-dd hh:mm, for example 2026-11-26 14:30.";
      }
      if (missing == null && !confirm.getText().strip().equalsIgnoreCase(String.valueOf(party.getReference()))) {
        missing = "Type " + party.getReference() + " to record the signature of the " + party.getRole().getLiteral() + ".";
      }
    }
    problem.setText(missing == null ? "The fingerprint of the text is taken as the signature is recorded." : missing);
    if (getButton(IDialogConstants.OK_ID) != null) {
      getButton(IDialogConstants.OK_ID).setEnabled(missing == null);
    }
    return missing;
  }

  @Override
  protected void okPressed() {
    if (check() != null) {
      return;
    }
    Party party = unsigned.get(Math.max(0, who.getSelectionIndex()));
    role = party.getRole();
    method = how.getSelectionIndex() == 1 ? SignatureMethod.PAPER_RECORDED : SignatureMethod.TYPED_IN_SESSION;
    signedAt = LocalDateTime.parse(when.getText().strip(), TYPED);
    super.okPressed();
  }

  PartyRole role() {
    return role;
  }

  SignatureMethod method() {
    return method;
  }

  LocalDateTime signedAt() {
    return signedAt;
  }
}
