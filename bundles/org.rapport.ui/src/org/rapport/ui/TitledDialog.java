// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** A resizable JFace dialog with a fixed window title; subclasses fill the area {@link #createDialogArea} gives them. */
public abstract class TitledDialog extends Dialog {

  private final String title;

  protected TitledDialog(Shell parent, String title) {
    super(parent);
    this.title = title;
  }

  @Override
  protected final void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(title);
  }

  @Override
  protected boolean isResizable() {
    return true;
  }

  @Override
  protected final Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    fill(area);
    return area;
  }

  /** Builds the dialog's contents in {@code area} (a composite with a one-column grid layout). */
  protected abstract void fill(Composite area);
}
