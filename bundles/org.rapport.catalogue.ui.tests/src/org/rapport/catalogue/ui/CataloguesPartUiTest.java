// SPDX-License-Identifier: EPL-2.0
package org.rapport.catalogue.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.model.CatalogueEntry;

/**
 * The Catalogues part in the real workbench with the example institution installed, from the
 * keyboard: Ctrl+Alt+K shows it, the filter narrows the tree, and an instrument's items show the
 * wording an institution's extension supplies, or say that it is not installed.
 */
class CataloguesPartUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook();

  @Test
  void ctrlAltKShowsTheCataloguesAndLicensedWordingOnlyWhereAnInstitutionSuppliesIt() throws Exception {
    workbench.focusMainWindow();
    workbench.key(0, 'k', SWT.CTRL | SWT.ALT);
    MPart part = waitFor(() -> {
      MPart shown = workbench.mainWindow().getContext().get(EPartService.class).findPart(ShowCataloguesHandler.DESCRIPTOR);
      return shown != null && shown.getObject() != null && shown.isVisible() ? shown : null;
    }, "Ctrl+Alt+K shows the Catalogues part");
    CataloguesPart catalogues = (CataloguesPart) workbench.syncExec(part::getObject);
    waitFor(() -> focus() == catalogues.viewer().getTree() ? part : null, "the tree has the keyboard when the part shows");

    List<String> top = workbench.syncExec(() -> {
      List<String> labels = new ArrayList<>();
      for (TreeItem item : catalogues.viewer().getTree().getItems()) {
        labels.add(item.getText());
      }
      return labels;
    });
    assertTrue(top.stream().anyMatch(label -> label.endsWith("(built in)")), top.toString());
    assertTrue(top.stream().anyMatch(label -> label.endsWith("(institution northbridge)")), top.toString());
    int everything = workbench.syncExec(() -> entriesShown(catalogues));

    // Alt+L goes to the filter; typing narrows the tree to the one instrument
    workbench.key(0, 'l', SWT.ALT);
    assertEquals(catalogues.filterField(), workbench.syncExec(CataloguesPartUiTest::focus));
    workbench.type("wai-sr");
    assertEquals(List.of("wai-sr"), workbench.syncExec(() -> entryIds(catalogues)));
    assertTrue(everything > 10, "unfiltered, every entry of both catalogues is there: " + everything);

    // Down takes the keyboard to the entry; the built-in structure has no wording
    workbench.key(SWT.ARROW_DOWN, '\0', 0);
    assertEquals(catalogues.viewer().getTree(), workbench.syncExec(CataloguesPartUiTest::focus));
    String waiSr = workbench.syncExec(() -> catalogues.detailsField().getText());
    assertTrue(waiSr.contains("Scale: 1\u20135"), waiSr);
    assertTrue(waiSr.contains("Subscales: Goal, Task, Bond"), waiSr);
    assertEquals(12, waiSr.split(java.util.regex.Pattern.quote(CataloguesPart.NOT_INSTALLED), -1).length - 1, waiSr);
    assertTrue(waiSr.contains("  1. " + CataloguesPart.NOT_INSTALLED + "  [wai-sr.01, Task]"), waiSr);
    assertTrue(waiSr.contains(CataloguesPart.LICENSED_NOTE), waiSr);

    // the clinic's instrument shows the wording its extension supplies
    workbench.key(0, 'l', SWT.ALT);
    workbench.syncExec(() -> {
      catalogues.filterField().selectAll();
      return null;
    });
    workbench.type("pulse");
    assertEquals(List.of("northbridge.pulse"), workbench.syncExec(() -> entryIds(catalogues)));
    workbench.key(SWT.ARROW_DOWN, '\0', 0);
    String pulse = workbench.syncExec(() -> catalogues.detailsField().getText());
    assertTrue(pulse.contains("  1. Today I felt listened to.  [northbridge.pulse.1, Total]"), pulse);
    assertTrue(pulse.contains("anchors: Not at all; Completely"), pulse);
    assertFalse(pulse.contains(CataloguesPart.NOT_INSTALLED), pulse);
    assertFalse(pulse.contains(CataloguesPart.LICENSED_NOTE), pulse);

    // maximised, as its tab's button would, so the picture shows the tree and the details at full width
    workbench.syncExec(() -> part.getParent().getTags().add(IPresentationEngine.MAXIMIZED));
    Path picture = Path.of("target/screenshots/catalogues.png");
    workbench.screenshot(picture, 1280, 1000);
    // the X server paints the new size after the first shot: the second one is the one to look at
    Thread.sleep(1000);
    workbench.settle();
    workbench.screenshot(picture, 1280, 1000);
  }

  private static Control focus() {
    return workbench.display().getFocusControl();
  }

  private static int entriesShown(CataloguesPart catalogues) {
    catalogues.viewer().expandAll();
    return entryIds(catalogues).size();
  }

  /** The ids of the entries the tree shows (it is expanded while filtered). */
  private static List<String> entryIds(CataloguesPart catalogues) {
    List<String> ids = new ArrayList<>();
    for (TreeItem catalogue : catalogues.viewer().getTree().getItems()) {
      for (TreeItem group : catalogue.getItems()) {
        for (TreeItem entry : group.getItems()) {
          if (entry.getData() instanceof CatalogueEntry shown) {
            ids.add(shown.getId());
          }
        }
      }
    }
    return ids;
  }

  private static <T> T waitFor(Supplier<T> condition, String what) throws InterruptedException {
    return workbench.waitFor(condition, what);
  }
}
