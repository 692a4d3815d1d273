// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.ui.ActiveCasebook;

/** The test harness itself: a wait that times out explains itself, and each test starts on its own copy. */
class RunningWorkbenchUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void aWaitThatTimesOutNamesTheActivePartAndTheFocusAndSavesAPictureOfTheScreen() throws Exception {
    MPart part = window.openPlan("CL-0417", 0);
    AssertionError timeout = assertThrows(AssertionError.class,
        () -> workbench.waitFor(() -> null, "something that never happens", Duration.ofMillis(300)));
    String message = timeout.getMessage();
    assertTrue(message.startsWith("timed out after 0 s: something that never happens"), message);
    assertTrue(message.contains("active part: " + workbench.syncExec(part::getElementId)), message);
    assertTrue(message.contains("focus control: "), message);
    assertTrue(message.contains("shell: main window 'Rapport"), message);
    String picture = message.lines().filter(line -> line.startsWith("screenshot: ")).findFirst().orElseThrow().substring(12);
    assertTrue(Files.size(Path.of(picture)) > 1000, "the screenshot is a real picture: " + picture);
  }

  @Test
  void everyTestHasItsOwnCopyOfTheDemoCasebookWithTheExplorerFocusedAndNoDocumentOpen(Path casebook, ActiveCasebook active) {
    assertEquals(casebook, workbench.syncExec(() -> active.current().orElseThrow().folder()));
    assertTrue(casebook.toString().contains("rapport-ui-test"), casebook.toString());
    assertEquals("org.rapport.app.part.casebook", workbench.syncExec(() -> workbench.mainWindow().getContext()
        .get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getActivePart().getElementId()));
    assertTrue(workbench.syncExec(() -> workbench.display().getFocusControl() == window.tree()), "the explorer's tree has the keyboard");
    assertEquals(0L, workbench.syncExec(() -> workbench.mainWindow().getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
        .getParts().stream().filter(p -> p.getPersistedState().containsKey(org.rapport.ui.DocumentParts.DOCUMENT_ID) && p.isToBeRendered()).count()));
  }

  @Test
  void aKeyIsAwaitedUntilRapportHasIt() throws Exception {
    workbench.key(0, 'f', SWT.CTRL | SWT.SHIFT);
    // no wait of the test's own: the harness returned only once the key had arrived and been handled
    assertTrue(workbench.syncExec(() -> workbench.display().getFocusControl() instanceof org.eclipse.swt.widgets.Text t
        && t.getData(org.rapport.app.parts.SearchPart.QUERY_KEY) != null), "Ctrl+Shift+F has put the cursor in the search field");
  }
}
