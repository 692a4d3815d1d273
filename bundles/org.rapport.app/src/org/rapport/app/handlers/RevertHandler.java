// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.text.MessageFormat;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.AppMessages;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentParts;

/** File > Revert: drops the active document's unsaved changes and reads its saved version again. */
public class RevertHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    return part != null && part.isDirty() && part.getTags().contains(DocumentParts.DOCUMENT_PART);
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
      ActiveCasebook active, MApplication application, EPartService parts, EModelService models, @Translation AppMessages texts) {
    if (MessageDialog.openConfirm(shell, texts.revert_title, MessageFormat.format(texts.revert_question, part.getLabel()))) {
      active.current().ifPresent(open -> DocumentOpener.reload(part, open, application, parts, models, shell));
    }
  }
}
