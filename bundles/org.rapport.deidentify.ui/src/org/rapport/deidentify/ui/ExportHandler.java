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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.rapport.deidentify.DeidentifiedExport;
import org.rapport.deidentify.Deidentifier;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.operations.CasebookDeidentification;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.Selections;

/**
 * Casebook > Export De-identified: copies of the selected client's documents (or the whole
 * casebook's when no client is selected) with identifiers removed or generalised, previewed change
 * by change before anything is written, then written to an empty folder and the export audited.
 */
public class ExportHandler {

  /** The preview's check box that enables Export. */
  public static final String READ_LABEL = "&I have read the highlighted texts and the capitalised words kept";

  public static final String TITLE = "Export De-identified";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, @Optional ExportLocation location,
      @Optional org.rapport.ui.CurrentUser user, @Optional Catalogues catalogues) {
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
        outcome[0] = CasebookDeidentification.copies(open, entries, catalogues == null ? List.of() : catalogues.all(), (done, total) -> {
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
    if (new ExportPreview(shell, result[0], scope, unreadable).open() != IDialogConstants.OK_ID) {
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
}
