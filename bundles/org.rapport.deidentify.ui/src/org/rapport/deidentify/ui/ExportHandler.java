// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.deidentify.Change;
import org.rapport.deidentify.DeidentifiedExport;
import org.rapport.deidentify.Deidentifier;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.operations.CasebookDeidentification;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Selections;
import org.rapport.ui.Tables;
import org.rapport.ui.TitledDialog;

/**
 * Casebook > Export De-identified: copies of the selected client's documents (or the whole
 * casebook's when no client is selected) with identifiers removed or generalised, previewed change
 * by change before anything is written, then written to an empty folder and the export audited.
 */
public class ExportHandler {

  public static final String TITLE = "Export De-identified";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, @Optional ExportLocation location,
      @Optional org.rapport.ui.CurrentUser user) {
    OpenCasebook open = active.current().orElseThrow();
    ClientCase only = Selections.clientOf(selection);
    // by code: the selection may hold a client of an index read before the casebook was last opened
    List<DocumentEntry> entries = CasebookDeidentification.entries(open, only == null ? null : only.getCode());
    if (entries.isEmpty()) {
      MessageDialog.openInformation(shell, TITLE, "There is no document to export" + (only == null ? "." : " for client " + only.getCode() + "."));
      return;
    }
    CasebookDeidentification.Outcome[] outcome = {null};
    try {
      new ProgressMonitorDialog(shell).run(true, true, monitor -> {
        monitor.beginTask("De-identifying " + entries.size() + " documents", entries.size() + 1);
        outcome[0] = CasebookDeidentification.copies(open, entries, (done, total) -> {
          monitor.worked(1);
          return !monitor.isCanceled();
        });
        if (outcome[0] == null) {
          throw new InterruptedException();
        }
        monitor.done();
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(shell, TITLE, "The documents could not be de-identified: " + e.getCause().getMessage());
      return;
    } catch (InterruptedException e) {
      return;
    }
    Deidentifier.Result[] result = {outcome[0].result()};
    List<String> unreadable = outcome[0].unreadable();
    int documents = outcome[0].documents();
    String scope = only == null ? "the whole casebook" : "client " + only.getCode();
    if (new Preview(shell, result[0], scope, unreadable).open() != IDialogConstants.OK_ID) {
      return;
    }
    Path folder = (location != null ? location : ExportLocation.ASK).choose(shell);
    if (folder == null) {
      return;
    }
    try {
      DeidentifiedExport.write(result[0], folder);
      if (!open.readOnly()) {
        open.audit().record(org.rapport.ui.CurrentUser.idIn(user, open), "export", null, "de-identified copies of " + documents + " documents of " + scope + " to " + folder.getFileName());
      }
    } catch (IOException | StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
      return;
    }
    MessageDialog.openInformation(shell, TITLE, documents + " de-identified documents were written to " + folder + ".");
  }


  /** Every change the export would make, for the user to read before anything is written. */
  static final class Preview extends TitledDialog {

    private final Deidentifier.Result result;
    private final String scope;
    private final List<String> unreadable;

    Preview(Shell shell, Deidentifier.Result result, String scope, List<String> unreadable) {
      super(shell, TITLE);
      this.result = result;
      this.scope = scope;
      this.unreadable = unreadable;
    }

    @Override
    protected void fill(Composite area) {
      Label summary = new Label(area, SWT.WRAP);
      summary.setText(result.copies().size() + " documents of " + scope + ", " + result.changes().size()
          + " changes. Read them before exporting: rules find most identifiers, not every one."
          + (unreadable.isEmpty() ? "" : "\nNot exported (unreadable): " + String.join(", ", unreadable)));
      GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
      wide.widthHint = 860;
      summary.setLayoutData(wide);
      TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
      table.getTable().setHeaderVisible(true);
      table.getTable().setLinesVisible(true);
      GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
      data.heightHint = 320;
      table.getTable().setLayoutData(data);
      Tables.column(table, "Document", 170, Change.class, change -> String.valueOf(change.documentId()));
      Tables.column(table, "Field", 150, Change.class, Change::field);
      Tables.column(table, "Kind", 90, Change.class, change -> String.valueOf(change.kind()).toLowerCase(java.util.Locale.ROOT));
      Tables.column(table, "Before", 220, Change.class, change -> String.valueOf(change.before()));
      Tables.column(table, "After", 220, Change.class, change -> String.valueOf(change.after()));
      table.setContentProvider(ArrayContentProvider.getInstance());
      table.setInput(result.changes());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
      createButton(parent, IDialogConstants.OK_ID, "&Export\u2026", true);
      createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
  }
}
