// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window > Previous Editor (Ctrl+Shift+F6). */
public class PreviousEditorHandler {

  @Execute
  public void execute(MWindow window, EModelService models, EPartService parts) {
    PartCycle.document(window, models, parts, false);
  }
}
