// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Saves every document with unsaved changes. */
public class SaveAllHandler {

  @CanExecute
  public boolean canExecute(EPartService parts) {
    return !parts.getDirtyParts().isEmpty();
  }

  @Execute
  public void execute(EPartService parts) {
    parts.saveAll(false);
  }
}
