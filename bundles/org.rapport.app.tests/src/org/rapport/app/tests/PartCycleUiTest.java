// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Window > Next Part and Next Editor move the keyboard between the window's regions and documents, by real key events. */
class PartCycleUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  @Test
  void ctrlF7GoesRoundTheRegionsAndCtrlShiftF7Back() throws Exception {
    MPart plan = open("CL-0417-S03-plan");
    workbench.focusExplorer();
    assertEquals("org.rapport.app.part.casebook", active().getElementId());

    press(SWT.F7, SWT.CTRL);
    assertEquals(plan, workbench.waitFor(() -> active() == plan ? plan : null, "Ctrl+F7 goes from the explorer to the document"));
    assertTrue(focusIsIn(plan), "and the keyboard is in it");

    press(SWT.F7, SWT.CTRL);
    MPart bottom = workbench.waitFor(() -> Set.of("org.rapport.app.part.problems", "org.rapport.app.part.search")
        .contains(active().getElementId()) ? active() : null, "then to Problems or Search");
    assertTrue(focusIsIn(bottom), "with the keyboard");

    press(SWT.F7, SWT.CTRL);
    workbench.waitFor(() -> "org.rapport.app.part.casebook".equals(active().getElementId()) ? Boolean.TRUE : null, "and round to the explorer");

    press(SWT.F7, SWT.CTRL | SWT.SHIFT);
    workbench.waitFor(() -> active() == bottom ? Boolean.TRUE : null, "Ctrl+Shift+F7 goes back");
  }

  @Test
  void ctrlF6GoesBetweenTheOpenDocuments() throws Exception {
    MPart first = open("CL-0417-S01-plan");
    MPart second = open("CL-0417-S02-plan");
    workbench.activate(second);
    press(SWT.F6, SWT.CTRL);
    workbench.waitFor(() -> active() == first ? Boolean.TRUE : null, "Ctrl+F6 goes to the other document (wrapping round)");
    press(SWT.F6, SWT.CTRL | SWT.SHIFT);
    workbench.waitFor(() -> active() == second ? Boolean.TRUE : null, "Ctrl+Shift+F6 back");
  }

  private static MPart open(String documentId) throws InterruptedException {
    workbench.openDocument(documentId);
    return workbench.waitFor(() -> workbench.documentPart(documentId), documentId + " opens");
  }

  private static void press(int key, int modifiers) throws InterruptedException {
    workbench.key(key, '\0', modifiers);
    workbench.settle();
  }

  private static MPart active() {
    return workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class).getActivePart());
  }

  private static boolean focusIsIn(MPart part) {
    return workbench.syncExec(() -> {
      Control focus = workbench.display().getFocusControl();
      Control top = part.getWidget() instanceof Control control ? control : null;
      for (Control c = focus; c != null; c = c.getParent()) {
        if (c == top) {
          return true;
        }
      }
      return false;
    });
  }
}
