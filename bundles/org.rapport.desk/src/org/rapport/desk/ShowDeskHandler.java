// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * File > Lab Desk (Ctrl+Alt+D): shows the desk as a tab beside the casebook explorer, where a
 * supervisor moves between the trainees' casebooks.
 */
public class ShowDeskHandler {

  public static final String DESCRIPTOR = "org.rapport.desk.partdescriptor.desk";
  /** The explorer's stack in {@code Application.e4xmi}. */
  static final String LEFT_STACK = "org.rapport.app.partstack.left";

  @Execute
  public void execute(EPartService parts, EModelService models, MApplication application) {
    MPart part = parts.findPart(DESCRIPTOR);
    if (part == null) {
      part = parts.createPart(DESCRIPTOR);
      if (models.find(LEFT_STACK, application) instanceof MPartStack stack) {
        stack.getChildren().add(part);
      }
    }
    parts.showPart(part, PartState.ACTIVATE);
  }
}
