// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.ClauseAcrossVersions;
import org.rapport.ui.ListColumn;
import org.rapport.ui.TitledDialog;

/**
 * Every version of a client's agreement side by side: a row per clause, a column per version,
 * with what changed from the version before marked (added, changed, removed) and shaded; the
 * selected clause's full wording in each version shows below.
 */
final class VersionsDialog extends TitledDialog {

  static final String TITLE = "Agreement Versions";

  private final List<BoundaryAgreement> versions;
  private final List<ClauseAcrossVersions> rows;
  private final List<Text> wordings = new ArrayList<>();
  private TableViewer table;

  VersionsDialog(Shell shell, List<BoundaryAgreement> versions) {
    super(shell, TITLE);
    this.versions = versions;
    this.rows = Agreements.compare(versions);
  }

  @Override
  protected void fill(Composite area) {
    long changed = rows.stream().filter(r -> r.changedAt(versions.size() - 1)).count();
    new Label(area, SWT.WRAP).setText(versions.size() == 1 ? "There is one version so far."
        : "Version " + versions.get(versions.size() - 1).getVersion() + " differs from the one before it in " + changed
            + (changed == 1 ? " clause." : " clauses."));
    table = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.getTable().setHeaderVisible(true);
    table.getTable().setLinesVisible(true);
    GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
    data.widthHint = Math.min(1100, 200 + versions.size() * 280);
    data.heightHint = 260;
    table.getTable().setLayoutData(data);
    TableViewerColumn clause = new TableViewerColumn(table, SWT.LEFT);
    clause.getColumn().setText("Clause");
    clause.getColumn().setWidth(200);
    clause.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        ClauseAcrossVersions row = (ClauseAcrossVersions) element;
        return ListColumn.words(row.category().getLiteral()) + ": " + row.title();
      }
    });
    Color shade = new Color(255, 244, 200);
    for (int i = 0; i < versions.size(); i++) {
      int index = i;
      BoundaryAgreement version = versions.get(i);
      TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
      column.getColumn().setText("v" + version.getVersion() + " (" + version.getStatus().getLiteral() + ")");
      column.getColumn().setWidth(280);
      column.setLabelProvider(new ColumnLabelProvider() {
        @Override
        public String getText(Object element) {
          ClauseAcrossVersions row = (ClauseAcrossVersions) element;
          String change = row.changeAt(index);
          String text = row.texts().get(index);
          return (change.isEmpty() ? "" : "[" + change + "] ") + (text == null ? "\u2014" : text);
        }

        @Override
        public Color getBackground(Object element) {
          return ((ClauseAcrossVersions) element).changedAt(index) ? shade : null;
        }

        @Override
        public Color getForeground(Object element) {
          // dark text on the pale shade in either theme (the dark theme's text is light)
          return ((ClauseAcrossVersions) element).changedAt(index) ? table.getTable().getDisplay().getSystemColor(SWT.COLOR_BLACK) : null;
        }
      });
    }
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.setInput(rows);
    Composite below = new Composite(area, SWT.NONE);
    below.setLayout(new GridLayout(versions.size(), true));
    below.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
    for (BoundaryAgreement version : versions) {
      Text wording = new Text(below, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
      GridData wordingData = new GridData(SWT.FILL, SWT.FILL, true, true);
      wordingData.heightHint = wording.getLineHeight() * 7;
      wordingData.widthHint = 240;
      wording.setLayoutData(wordingData);
      wording.setToolTipText("Version " + version.getVersion());
      wordings.add(wording);
    }
    table.addSelectionChangedListener(event -> showWordings());
    if (!rows.isEmpty()) {
      ClauseAcrossVersions first = rows.stream().filter(r -> r.changedAt(versions.size() - 1)).findFirst().orElse(rows.get(0));
      table.setSelection(new StructuredSelection(first), true);
    }
    table.getTable().setFocus();
  }

  private void showWordings() {
    ClauseAcrossVersions row = (ClauseAcrossVersions) table.getStructuredSelection().getFirstElement();
    for (int i = 0; i < wordings.size(); i++) {
      String text = row == null ? null : row.texts().get(i);
      String change = row == null ? "" : row.changeAt(i);
      wordings.get(i).setText("v" + versions.get(i).getVersion() + (change.isEmpty() ? "" : " \u2014 " + change) + "\n"
          + (text == null ? "(not in this version)" : text));
    }
  }

  /** The rows shown, for tests. */
  List<ClauseAcrossVersions> rows() {
    return rows;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
  }
}
