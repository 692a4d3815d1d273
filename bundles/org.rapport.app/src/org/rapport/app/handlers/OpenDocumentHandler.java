// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.model.DocumentEntry;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;

/**
 * Opens a document of the active casebook by id: the public way for extensions (a report linking
 * to its sources, say) and for the benchmark to open a document exactly as the explorer does.
 */
public class OpenDocumentHandler {

  /** The id of the command's one parameter. */
  public static final String DOCUMENT_ID = "org.rapport.app.commandparameter.documentId";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().isPresent();
  }

  @Execute
  public void execute(@Named(DOCUMENT_ID) String documentId, ActiveCasebook active, MApplication application,
      EPartService parts, EModelService models, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    OpenCasebook open = active.current().orElse(null);
    DocumentEntry entry = open == null ? null : DocumentOpener.find(open, documentId);
    if (entry == null) {
      MessageDialog.openError(shell, "Open Document", "The casebook lists no document " + documentId + ".");
      return;
    }
    DocumentOpener.open(entry, open, application, parts, models, shell);
  }
}
