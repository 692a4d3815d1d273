// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Saves the active part through the part service, which calls the part's {@code @Persist} method. */
public class SaveHandler {

  @CanExecute
  public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    return part != null && part.isDirty();
  }

  @Execute
  public void execute(EPartService parts, @Named(IServiceConstants.ACTIVE_PART) MPart part) {
    parts.savePart(part, false);
  }
}
