// SPDX-License-Identifier: EPL-2.0
package org.rapport.retention;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.rapport.model.DocumentKind;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Tables;
import org.rapport.ui.TitledDialog;

/**
 * Casebook > Retention Review: the casebook's retention period, and the documents past it, each of
 * which can be deleted for good (overwritten, removed from the index, and the deletion audited).
 */
public class RetentionHandler {

  public static final String TITLE = "Retention Review";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, IEventBroker events,
      @Optional org.eclipse.e4.ui.workbench.modeling.EPartService parts, @Optional org.rapport.ui.CurrentUser user) {
    OpenCasebook open = active.current().orElseThrow();
    new RetentionDialog(shell, open, org.rapport.ui.CurrentUser.idIn(user, open), events, parts).open();
  }

  /** The period and the documents past it. */
  static final class RetentionDialog extends TitledDialog {

    private final OpenCasebook open;
    /** Who sets the period and deletes: recorded in the audit trail. */
    private final String actorId;
    private final IEventBroker events;
    private final org.eclipse.e4.ui.workbench.modeling.EPartService parts;
    private TableViewer table;
    private Label summary;

    RetentionDialog(Shell shell, OpenCasebook open, String actorId, IEventBroker events, org.eclipse.e4.ui.workbench.modeling.EPartService parts) {
      super(shell, TITLE);
      this.open = open;
      this.actorId = actorId;
      this.events = events;
      this.parts = parts;
    }

    @Override
    protected void fill(Composite area) {
      Composite row = new Composite(area, SWT.NONE);
      row.setLayout(new GridLayout(3, false));
      new Label(row, SWT.NONE).setText("&Keep records for (years, 0: no period set):");
      Spinner years = new Spinner(row, SWT.BORDER);
      years.setValues(open.index().getRetentionYears(), 0, 100, 0, 1, 5);
      Button apply = new Button(row, SWT.PUSH);
      apply.setText("&Apply");
      apply.addListener(SWT.Selection, event -> {
        open.index().setRetentionYears(years.getSelection());
        try {
          open.saveIndex();
          open.audit().record(actorId, "retention period", null, years.getSelection() + " years");
        } catch (StoreException e) {
          MessageDialog.openError(getShell(), TITLE, e.getMessage());
        }
        reload();
      });
      summary = new Label(area, SWT.WRAP);
      summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
      table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
      table.getTable().setHeaderVisible(true);
      GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
      data.widthHint = 620;
      data.heightHint = 240;
      table.getTable().setLayoutData(data);
      Tables.column(table, "Client", 90, Retention.Due.class, Retention.Due::client);
      Tables.column(table, "Document", 260, Retention.Due.class, due -> due.entry().getDocumentId());
      Tables.column(table, "Kind", 90, Retention.Due.class, due -> kind(due.entry().getKind()));
      Tables.column(table, "Dated", 110, Retention.Due.class, due -> due.since().toString());
      table.setContentProvider(ArrayContentProvider.getInstance());
      Button delete = new Button(area, SWT.PUSH);
      delete.setText("&Delete Securely\u2026");
      delete.addListener(SWT.Selection, event -> deleteSelected());
      reload();
    }

    private org.eclipse.e4.ui.model.application.ui.basic.MPart editorOf(String documentId) {
      if (parts == null) {
        return null;
      }
      return parts.getParts().stream().filter(part -> documentId.equals(part.getPersistedState().get(org.rapport.ui.DocumentParts.DOCUMENT_ID))
          && part.getObject() != null).findFirst().orElse(null);
    }

    private static String kind(DocumentKind kind) {
      return kind == DocumentKind.PLAN ? "plan" : kind == DocumentKind.REFLECTION ? "reflection" : "agreement";
    }

    private void reload() {
      List<Retention.Due> due = Retention.due(open.index(), LocalDate.now());
      table.setInput(due);
      summary.setText(open.index().getRetentionYears() <= 0 ? "No retention period is set for this casebook."
          : due.size() + (due.size() == 1 ? " document is" : " documents are") + " past the period of "
              + open.index().getRetentionYears() + " years.");
    }

    private void deleteSelected() {
      Retention.Due due = (Retention.Due) table.getStructuredSelection().getFirstElement();
      if (due == null) {
        return;
      }
      org.eclipse.e4.ui.model.application.ui.basic.MPart editor = editorOf(due.entry().getDocumentId());
      if (!MessageDialog.openConfirm(getShell(), TITLE, "Delete " + due.entry().getDocumentId()
          + " for good? Its file is overwritten and removed, and the deletion is recorded in the audit trail. This cannot be undone."
          + (editor == null ? "" : "\n\nIt is open in an editor, which is closed first" + (editor.isDirty() ? ", its unsaved changes dropped." : ".")))) {
        return;
      }
      if (editor != null) {
        // an editor left open would write the document again at its next save
        parts.hidePart(editor, true);
      }
      try {
        open.deleteSecurely(due.entry(), "retention period of " + open.index().getRetentionYears() + " years", actorId);
        events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, open.index());
      } catch (StoreException e) {
        MessageDialog.openError(getShell(), TITLE, e.getMessage());
      }
      reload();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
      createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
  }
}
