// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Where the parts a command shows go, so that a bundle contributing one needs no layout of its own:
 * tool parts (Audit Trail, Catalogues) beside Problems and Search in the bottom stack, and parts
 * that lead into casebooks (the Lab Desk) beside the explorer.
 */
public final class PartStacks {

  /** The bottom stack's element id in {@code Application.e4xmi}. */
  public static final String BOTTOM = "org.rapport.app.partstack.bottom";
  /** The explorer's stack's element id in {@code Application.e4xmi}. */
  public static final String LEFT = "org.rapport.app.partstack.left";

  private PartStacks() {
  }

  /**
   * Activates the part of {@code descriptor}, creating it in the stack {@code stackId} the first
   * time (anywhere the part service puts it when the stack was removed from the layout).
   */
  public static MPart show(String descriptor, String stackId, EPartService parts, EModelService models, MApplication application) {
    MPart part = parts.findPart(descriptor);
    if (part == null) {
      part = parts.createPart(descriptor);
      if (models.find(stackId, application) instanceof MPartStack stack) {
        stack.getChildren().add(part);
      }
    }
    return parts.showPart(part, PartState.ACTIVATE);
  }
}
