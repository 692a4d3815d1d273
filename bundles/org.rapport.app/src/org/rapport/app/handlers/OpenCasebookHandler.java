// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.ActiveCasebook;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.app.internal.LastCasebook;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * File > Open Casebook: choose a casebook folder and make it the active casebook. With the command's
 * folder parameter (e.g. from Open from Lab, once a clone is made) that folder is opened without asking.
 */
public class OpenCasebookHandler {

  /** The optional command parameter naming the folder to open. */
  public static final String FOLDER = "org.rapport.app.commandparameter.folder";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional CasebookStore store) {
    return active != null && store != null;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application, EPartService parts,
      EModelService models, ActiveCasebook active, CasebookStore store, @Optional @Named(FOLDER) String folder) {
    if (folder != null) {
      open(Path.of(folder), shell, active, store, application, parts, models);
      return;
    }
    DirectoryDialog dialog = new DirectoryDialog(shell);
    dialog.setText("Open Casebook");
    dialog.setMessage("Choose the folder of a casebook (it holds casebook.xmi).");
    active.current().ifPresent(open -> dialog.setFilterPath(open.folder().getParent().toString()));
    String chosen = dialog.open();
    if (chosen == null) {
      return;
    }
    open(Path.of(chosen), shell, active, store, application, parts, models);
  }

  /**
   * Makes {@code chosen} the active casebook: document editors are closed first (with the save
   * prompt), the index is read off the UI thread with progress, a failure is explained.
   */
  public static void open(Path chosen, Shell shell, ActiveCasebook active, CasebookStore store, MApplication application,
      EPartService parts, EModelService models) {
    Path folder = chosen.toAbsolutePath().normalize();
    if (active.current().filter(open -> open.folder().equals(folder)).isPresent()) {
      return;   // it is open already
    }
    if (!CasebookFolders.isCasebook(folder)) {
      // said before any editor is closed: choosing the wrong folder must cost nothing
      MessageDialog.openError(shell, "Open Casebook", folder + " is not a Rapport casebook: it has no "
          + CasebookStore.INDEX_FILE + ". Choose the folder that holds it, or use File > New Casebook.");
      return;
    }
    if (!DocumentOpener.closeAll(application, parts, models)) {
      return;   // the user kept their unsaved changes
    }
    // reading a large index can take a moment: off the UI thread, with progress
    AtomicReference<OpenCasebook> opened = new AtomicReference<>();
    String problem = null;
    while (opened.get() == null) {
      char[] passphrase = null;
      if (CasebookFolders.isEncrypted(folder)) {
        passphrase = org.rapport.ui.PassphraseDialog.ask(shell, "Open Casebook", "The casebook " + folder.getFileName()
            + " is encrypted. Type its passphrase, or your own if it is shared with you.", problem);
        if (passphrase == null) {
          return;
        }
      }
      char[] given = passphrase;
      try {
        new ProgressMonitorDialog(shell).run(true, false, monitor -> {
          monitor.beginTask("Opening " + folder, IProgressMonitor.UNKNOWN);
          try {
            opened.set(store.open(folder, given));
          } catch (StoreException e) {
            throw new InvocationTargetException(e);
          } finally {
            monitor.done();
          }
        });
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof org.rapport.store.PassphraseException wrong && wrong.wrong()) {
          problem = "Wrong passphrase. Try again, or Cancel.";
          continue;
        }
        MessageDialog.openError(shell, "Open Casebook", e.getCause().getMessage());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        org.rapport.ui.PassphraseDialog.clear(given);
      }
    }
    active.adopt(opened.get());
    LastCasebook.remember(folder);
  }
}
