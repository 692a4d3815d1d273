// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.install.Extension;

/** The installed extensions in a table; "Remove…" closes it with the selected one. */
final class InstalledExtensionsDialog extends Dialog {

  static final int REMOVE = IDialogConstants.CLIENT_ID + 1;

  private final List<Extension> installed;
  private Table table;
  private Extension chosen;

  InstalledExtensionsDialog(Shell parent, List<Extension> installed) {
    super(parent);
    this.installed = installed;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText(InstalledExtensionsHandler.TITLE);
  }

  @Override
  protected boolean isResizable() {
    return true;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    new Label(area, SWT.WRAP).setText(installed.isEmpty()
        ? "No extensions are installed. Use Help > Install Extension from Archive to add an institution's extension."
        : "Extensions installed in this Rapport. Their catalogues, rules and exports are in use from the start.");
    table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
    table.setHeaderVisible(true);
    for (String title : new String[] {"Name", "Version", "Provider", "Id"}) {
      new TableColumn(table, SWT.NONE).setText(title);
    }
    for (Extension extension : installed) {
      new TableItem(table, SWT.NONE).setText(new String[] {extension.name(), extension.version(), extension.provider(), extension.id()});
    }
    for (TableColumn column : table.getColumns()) {
      column.pack();
    }
    GridDataFactory.fillDefaults().grab(true, true).hint(860, 160).applyTo(table);
    if (!installed.isEmpty()) {
      table.select(0);
    }
    table.addListener(SWT.Selection, event -> updateButtons());
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, REMOVE, "&Remove…", false);
    createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    updateButtons();
  }

  private void updateButtons() {
    Button remove = getButton(REMOVE);
    if (remove != null) {
      remove.setEnabled(table.getSelectionIndex() >= 0);
    }
  }

  @Override
  protected void buttonPressed(int buttonId) {
    if (buttonId == REMOVE && table.getSelectionIndex() >= 0) {
      chosen = installed.get(table.getSelectionIndex());
      setReturnCode(REMOVE);
      close();
    } else if (buttonId == IDialogConstants.CLOSE_ID) {
      setReturnCode(CANCEL);
      close();
    } else {
      super.buttonPressed(buttonId);
    }
  }

  /** The extension to remove, after {@link #REMOVE}. */
  Extension chosen() {
    return chosen;
  }
}
