// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.ui.DocumentParts;

/**
 * Moves the keyboard between the window's regions (Window > Next Part, Ctrl+F7: explorer, editor, Problems or Search, and
 * any other stack) or between the open documents (Window > Next Editor, Ctrl+F6), as Eclipse does, so that no region needs
 * the mouse. A region is a stack's selected part; the order is the window's, left to right and top to bottom.
 */
final class PartCycle {

  private PartCycle() {
  }

  /** Activates the region after (or before) the active part's, wrapping round. */
  static void region(MWindow window, EModelService models, EPartService parts, boolean forward) {
    List<MPart> regions = new ArrayList<>();
    for (MPartStack stack : models.findElements(window, null, MPartStack.class)) {
      MUIElement selected = stack.getSelectedElement();
      if (stack.isToBeRendered() && stack.isVisible() && selected instanceof MPart part && part.isToBeRendered()) {
        regions.add(part);
      }
    }
    step(regions, parts, forward);
  }

  /** Activates the open document after (or before) the active one, wrapping round. */
  static void document(MWindow window, EModelService models, EPartService parts, boolean forward) {
    step(models.findElements(window, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART)).stream()
        .filter(MPart::isToBeRendered).toList(), parts, forward);
  }

  private static void step(List<MPart> order, EPartService parts, boolean forward) {
    if (order.isEmpty()) {
      return;
    }
    int at = order.indexOf(parts.getActivePart());
    int next = at < 0 ? 0 : Math.floorMod(at + (forward ? 1 : -1), order.size());
    parts.activate(order.get(next), true);
  }
}
