// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.extension.Extensions;
import org.rapport.model.Catalogue;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.operations.CasebookCheck;
import org.rapport.operations.CheckReport;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;

/**
 * Casebook > Check Casebook: reads and validates every saved document off the UI thread, with
 * progress and Cancel, and puts what it found into the Problems part.
 */
public class CheckCasebookHandler {

  /** Posted with the {@link CasebookFindings} when a check has run. */
  public static final String TOPIC_CHECKED = "org/rapport/casebook/checked";

  /** What a check found in which casebook. */
  public record CasebookFindings(Path folder, CheckReport report, boolean complete) {
  }

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional CasebookStore store) {
    return active != null && store != null && active.current().isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, CasebookStore store,
      IEventBroker events, @Optional Catalogues catalogues, @Optional Extensions extensions) {
    Path folder = active.current().orElseThrow().folder();
    // the catalogues the editors use (institutions' included), read here on the UI thread where they live
    List<Catalogue> known = catalogues != null && !catalogues.all().isEmpty() ? catalogues.all() : null;
    EValidator validator = extensions == null ? null : extensions.validator(new RapportConstraints());
    AtomicReference<CheckReport> result = new AtomicReference<>();
    AtomicReference<Boolean> complete = new AtomicReference<>(Boolean.TRUE);
    try {
      new ProgressMonitorDialog(shell).run(true, true, monitor -> {
        monitor.beginTask("Checking every saved document of the casebook", IProgressMonitor.UNKNOWN);
        try {
          Catalogue builtIn = known == null ? builtInCatalogue(store) : null;
          CasebookCheck check = new CasebookCheck(store, known != null ? known : builtIn == null ? null : List.of(builtIn), validator);
          result.set(check.check(folder, (done, total) -> {
            monitor.subTask(done + " of " + total + " documents");
            if (monitor.isCanceled()) {
              complete.set(Boolean.FALSE);
              return false;
            }
            return true;
          }));
        } catch (StoreException e) {
          throw new InvocationTargetException(e);
        } finally {
          monitor.done();
        }
      });
    } catch (InvocationTargetException e) {
      MessageDialog.openError(shell, "Check Casebook", "The casebook could not be checked: " + e.getCause().getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    events.send(TOPIC_CHECKED, new CasebookFindings(folder, result.get(), complete.get()));
  }

  /** The catalogue shipped in the installation, for checking references; null when there is none. */
  private static Catalogue builtInCatalogue(CasebookStore store) {
    try {
      Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
      Path file = install.resolve("seeds/catalogue/rapport.catalogue.xmi");
      return Files.isRegularFile(file) ? store.readCatalogue(file) : null;
    } catch (Exception e) {
      return null;   // references are then not checked; everything else is
    }
  }
}
