// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quitting with an unsaved edit. It ends the workbench, which cannot start again in the same
 * runtime, so this class runs in a test runtime of its own (see the bundle's pom).
 */
class QuitUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void ctrlQWithAnEditedPlanAsksFirstCancelKeepsRapportOpenAndSaveWritesTheEditAndClosesCleanly() throws Exception {
    MPart part = window.openAndEditLength("CL-0630", 0, "45");
    Path file = window.fileOf(part);
    workbench.key(0, 'q', SWT.CTRL);
    window.answer("Cancel");
    assertFalse(workbench.awaitExit(Duration.ofMillis(500)), "Cancel keeps Rapport running");
    assertTrue(workbench.syncExec(part::isDirty), "and the edit is still there, unsaved");

    // again, from the explorer, and this time the edit is saved
    workbench.focusExplorer();
    workbench.key(0, 'q', SWT.CTRL);
    window.answer("Save");
    assertTrue(workbench.awaitExit(Duration.ofSeconds(30)), "the UI thread ends after Ctrl+Q");
    assertNull(workbench.failure(), "no exception escaped the application");
    assertEquals(0, workbench.exitCode());
    assertTrue(Files.readString(file).contains("lengthMinutes=\"45\""), "Save on quit wrote the edit");
  }
}
