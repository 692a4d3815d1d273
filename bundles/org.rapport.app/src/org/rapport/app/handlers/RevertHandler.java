// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentParts;

/** File > Revert: drops the active document's unsaved changes and reads its saved version again. */
public class RevertHandler {

  /** The confirmation's title, by which tests find it. */
  public static final String TITLE = "Revert";

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    return part != null && part.isDirty() && part.getTags().contains(DocumentParts.DOCUMENT_PART);
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
      ActiveCasebook active, MApplication application, EPartService parts, EModelService models) {
    if (MessageDialog.openConfirm(shell, TITLE, "Drop your unsaved changes to \u201c" + part.getLabel()
        + "\u201d and go back to the saved version?")) {
      active.current().ifPresent(open -> DocumentOpener.reload(part, open, application, parts, models, shell));
    }
  }
}
