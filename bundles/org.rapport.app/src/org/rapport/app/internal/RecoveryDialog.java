// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.TitledDialog;
import org.rapport.model.DocumentEntry;

/** After a crash: which documents' unsaved changes to restore. Everything is ticked at first. */
public final class RecoveryDialog extends TitledDialog {

  private final AppMessages texts;
  private final List<DocumentEntry> recoverable;
  private final List<DocumentEntry> chosen = new ArrayList<>();
  private CheckboxTableViewer list;

  public RecoveryDialog(Shell parent, AppMessages texts, List<DocumentEntry> recoverable) {
    super(parent, texts.recovery_title);
    this.texts = texts;
    this.recoverable = recoverable;
  }

  @Override
  protected void fill(Composite area) {
    Label message = new Label(area, SWT.WRAP);
    message.setText(texts.recovery_message);
    GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
    wide.widthHint = convertWidthInCharsToPixels(70);
    message.setLayoutData(wide);
    list = CheckboxTableViewer.newCheckList(area, SWT.BORDER);
    list.setContentProvider(ArrayContentProvider.getInstance());
    list.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        return DocumentOpener.label((DocumentEntry) element);
      }
    });
    list.setInput(recoverable);
    list.setAllChecked(true);
    GridData tall = new GridData(SWT.FILL, SWT.FILL, true, true);
    tall.heightHint = convertHeightInCharsToPixels(Math.min(8, recoverable.size() + 1));
    list.getTable().setLayoutData(tall);
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, texts.recovery_restore, true);
    createButton(parent, IDialogConstants.CANCEL_ID, texts.recovery_discardAll, false);
  }

  @Override
  protected void okPressed() {
    for (Object checked : list.getCheckedElements()) {
      chosen.add((DocumentEntry) checked);
    }
    super.okPressed();
  }

  /** The documents to restore (empty after Discard All). */
  public List<DocumentEntry> chosen() {
    return chosen;
  }
}
