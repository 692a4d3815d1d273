// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

/** File > Print Agreement to PDF (Ctrl+P), for the agreement in the active editor. */
public class PrintAgreementHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    return part != null && part.getObject() instanceof AgreementEditor;
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
    ((AgreementEditor) part.getObject()).print();
  }
}
