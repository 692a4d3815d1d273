// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.ui.DocumentParts;

/** File > Close (Ctrl+W): closes the active document, offering to save its changes first. */
public class CloseHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    return part != null && part.getTags().contains(DocumentParts.DOCUMENT_PART);
  }

  @Execute
  public void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    if (!part.isDirty() || parts.savePart(part, true)) {
      parts.hidePart(part);
    }
  }
}
