// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Edit > Find in Casebook (Ctrl+Shift+F): brings the Search part forward with the cursor in its field. */
public class FindHandler {

  @Execute
  public void execute(EPartService parts) {
    parts.showPart("org.rapport.app.part.search", PartState.ACTIVATE);
  }
}
