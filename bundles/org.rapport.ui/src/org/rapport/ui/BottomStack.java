// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Where the tool parts a command shows (Audit Trail, Catalogues) go: beside Problems and Search in
 * the window's bottom stack, so a bundle contributing one needs no layout of its own.
 */
public final class BottomStack {

  /** The stack's element id in {@code Application.e4xmi}. */
  public static final String ID = "org.rapport.app.partstack.bottom";

  private BottomStack() {
  }

  /**
   * Activates the part of {@code descriptor}, creating it in the bottom stack the first time
   * (anywhere the part service puts it when the stack was removed from the layout).
   */
  public static MPart show(String descriptor, EPartService parts, EModelService models, MApplication application) {
    MPart part = parts.findPart(descriptor);
    if (part == null) {
      part = parts.createPart(descriptor);
      if (models.find(ID, application) instanceof MPartStack stack) {
        stack.getChildren().add(part);
      }
    }
    return parts.showPart(part, PartState.ACTIVATE);
  }
}
