// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.extension.Exporter;
import org.rapport.extension.Extensions;
import org.rapport.operations.CasebookExport;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.TitledDialog;

/**
 * Casebook > Export With...: the user picks one of the installed institutions' exporters, then the
 * file; the casebook's documents are read off the UI thread with progress, the file is written
 * atomically (an exporter that fails leaves nothing half-written) and the export is audited.
 */
public class ExportWithHandler {

  /** The window title of the chooser and of the messages, by which tests find them. */
  public static final String TITLE = "Export With";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional Extensions extensions) {
    return active != null && active.current().isPresent() && extensions != null && !extensions.exporters().isEmpty();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, Extensions extensions,
      @Optional ExportTarget target, @Optional org.rapport.ui.CurrentUser user) {
    OpenCasebook open = active.current().orElseThrow();
    ExporterDialog chooser = new ExporterDialog(shell, extensions.exporters());
    if (chooser.open() != Window.OK || chooser.chosen == null) {
      return;
    }
    Exporter exporter = chooser.chosen;
    String suggested = open.folder().getFileName() + "-" + exporter.id() + "." + exporter.fileExtension();
    Path file = (target != null ? target : ExportTarget.ASK).choose(shell, exporter, suggested);
    if (file == null) {
      return;
    }
    AtomicReference<CasebookExport.Result> result = new AtomicReference<>();
    try {
      new ProgressMonitorDialog(shell).run(true, true, monitor -> {
        monitor.beginTask("Reading the casebook's documents for " + exporter.label(), IProgressMonitor.UNKNOWN);
        try {
          result.set(CasebookExport.write(open, exporter, file, (done, total) -> {
            monitor.subTask(done + " of " + total + " documents");
            return !monitor.isCanceled();
          }));
        } catch (IOException e) {
          throw new InvocationTargetException(e);
        } finally {
          monitor.done();
        }
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(shell, TITLE, "The export \"" + exporter.label() + "\" could not be written to " + file + ":\n\n"
          + e.getCause().getMessage() + "\n\nNo file was changed.");
      return;
    } catch (InterruptedException e) {
      return;   // cancelled while reading: nothing was written
    }
    CasebookExport.Result done = result.get();
    try {
      if (!open.readOnly()) {
        CasebookExport.audit(open, exporter, done, org.rapport.ui.CurrentUser.idIn(user, open));
      }
    } catch (StoreException e) {
      MessageDialog.openWarning(shell, TITLE, "The file was written, but the export could not be recorded in the audit trail: " + e.getMessage());
    }
    String skipped = done.unreadable().isEmpty() ? "" : "\n\n" + done.unreadable().size() + " documents could not be read and were left out.";
    MessageDialog.openInformation(shell, TITLE, "\"" + exporter.label() + "\" of " + done.documents() + " documents was written to "
        + done.file() + "." + skipped);
  }

  /** A list of the exporters by label and institution. */
  static final class ExporterDialog extends TitledDialog {

    private final List<Exporter> exporters;
    private Exporter chosen;

    ExporterDialog(Shell parent, List<Exporter> exporters) {
      super(parent, TITLE);
      this.exporters = exporters;
    }

    @Override
    protected void fill(Composite area) {
      new Label(area, SWT.NONE).setText("&Export the casebook with:");
      org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
      GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
      data.widthHint = convertWidthInCharsToPixels(50);
      data.heightHint = list.getItemHeight() * Math.min(Math.max(exporters.size(), 3), 10);
      list.setLayoutData(data);
      for (Exporter exporter : exporters) {
        list.add(exporter.label() + " (" + exporter.institution() + ", ." + exporter.fileExtension() + ")");
      }
      list.select(0);
      chosen = exporters.get(0);
      list.addListener(SWT.Selection, event -> chosen = list.getSelectionIndex() < 0 ? null : exporters.get(list.getSelectionIndex()));
      list.addListener(SWT.DefaultSelection, event -> okPressed());
    }
  }
}
