// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.util.List;

import org.rapport.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.ui.Forms;
import org.rapport.model.FrameworkStage;
import org.rapport.model.ReflectionNote;
import org.rapport.model.StageAnswer;

/** An amendment to a locked note: which stage, its new text (the original is kept), and why. */
final class AmendDialog extends TitledDialog {

  static final String TITLE = "Amend Locked Reflection";

  private final ReflectionNote note;
  private final List<FrameworkStage> stages;
  private final String initial;
  private Combo stage;
  private Text amended;
  private Text reason;
  private String stageId;
  private String amendedText;
  private String reasonText;

  AmendDialog(Shell shell, ReflectionNote note, List<FrameworkStage> stages, String initialStage) {
    super(shell, TITLE);
    this.note = note;
    this.stages = stages;
    this.initial = initialStage;
  }

  @Override
  protected void fill(Composite area) {
    new Label(area, SWT.NONE).setText("&Stage:");
    stage = new Combo(area, SWT.READ_ONLY);
    stages.forEach(s -> stage.add(s.getName()));
    new Label(area, SWT.NONE).setText("&New text (the original stays visible beside it):");
    amended = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
    data.widthHint = 520;
    data.heightHint = amended.getLineHeight() * 6;
    amended.setLayoutData(data);
    Forms.tabLeaves(amended);
    new Label(area, SWT.NONE).setText("&Why:");
    reason = new Text(area, SWT.BORDER);
    reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    stage.addListener(SWT.Selection, event -> showStage());
    int index = initial == null ? 0 : Math.max(0, stages.stream().map(FrameworkStage::getId).toList().indexOf(initial));
    if (!stages.isEmpty()) {
      stage.select(index);
      showStage();
    }
    reason.addListener(SWT.Modify, event -> update());
    amended.addListener(SWT.Modify, event -> update());
  }

  private void showStage() {
    String id = stages.get(stage.getSelectionIndex()).getId();
    amended.setText(note.getAnswers().stream().filter(a -> id.equals(a.getStageId())).map(StageAnswer::getText)
        .filter(java.util.Objects::nonNull).findFirst().orElse(""));
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Amend", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    update();
  }

  private void update() {
    Control ok = getButton(IDialogConstants.OK_ID);
    if (ok != null) {
      ok.setEnabled(stage.getSelectionIndex() >= 0 && !reason.getText().isBlank());
    }
  }

  @Override
  protected void okPressed() {
    stageId = stages.get(stage.getSelectionIndex()).getId();
    amendedText = amended.getText();
    reasonText = reason.getText().strip();
    super.okPressed();
  }

  String stageId() {
    return stageId;
  }

  String amended() {
    return amendedText;
  }

  String reason() {
    return reasonText;
  }
}
