// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * Closes the workbench, which saves the window layout for the next start. Documents with unsaved
 * changes are offered for saving first; Cancel keeps Rapport open.
 */
public class QuitHandler {

  @Execute
  public void execute(IWorkbench workbench, EPartService parts) {
    if (parts.saveAll(true)) {
      workbench.close();
    }
  }
}
