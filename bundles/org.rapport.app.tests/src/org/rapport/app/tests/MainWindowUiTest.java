// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.internal.LastCasebook;
import org.rapport.store.CasebookFolders;
import org.rapport.ui.ActiveCasebook;

/** The main window of the real workbench: its title, menus, layout and recent casebooks. */
class MainWindowUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void theFirstWindowFillsTheScreensWorkArea() {
    assertEquals(workbench.syncExec(() -> workbench.display().getPrimaryMonitor().getClientArea()),
        workbench.syncExec(() -> workbench.mainShell().getBounds()), "no saved layout: the window takes the screen, not 1200 x 800 in a corner");
  }

  @Test
  void theMainWindowIsTitledRapportAndShown() {
    Shell shell = workbench.mainShell();
    String title = workbench.syncExec(shell::getText);
    assertTrue(title.startsWith("Rapport \u2014 Demo casebook") && title.endsWith("\u2014 reading only"),
        "the title names the casebook and who is signed in (nobody, in this test): " + title);
    assertTrue(workbench.syncExec(shell::isVisible));
    assertTrue(workbench.syncExec(() -> shell.getSize().x >= 800 && shell.getSize().y >= 500),
        "the window opens at a usable size");
  }

  @Test
  void theMenuBarOffersFileEditAndHelpWithTheirCommands() {
    List<String> bar = workbench.syncExec(() -> WorkbenchWindow.labels(workbench.mainShell().getMenuBar()));
    assertEquals(List.of("File", "Edit", "Casebook", "Window", "Help"), bar);
    assertEquals(List.of("New Casebook…", "Open Casebook…", "Open Recent", "Open from Lab…", "Lab Desk", "Sign In As…", "Add Person…", "Export My Public Key…", "", "Close", "Save",
        "Revert", "Save All", "Print Agreement to PDF…", "", "Quit"), window.submenu("File"));
    assertEquals(List.of("Undo", "Redo", "", "Find in Casebook…", "", "Preferences…"), window.submenu("Edit"));
    List<String> casebook = window.submenu("Casebook");
    assertEquals(List.of("New Client…", "New Session…"), casebook.subList(0, 2), casebook.toString());
    int check = casebook.indexOf("Check Casebook");
    assertEquals("Export With…", casebook.get(check + 1), casebook.toString());
    // the lab's commands are a group of their own before Check Casebook
    assertEquals(List.of("", "Sync Now", "Share with Lab…", "Resolve Conflicts…", ""), casebook.subList(check - 5, check), casebook.toString());
    // the editor bundles add their New commands in the order their fragments are read
    assertEquals(Set.of("New Session Plan", "New Reflection", "New Agreement"),
        Set.copyOf(casebook.subList(2, check - 5)), casebook.toString());
    // the catalogue view places its item after Export With; after a separator, the bundles that protect
    // the records add theirs, in the order their fragments are read
    assertEquals("Catalogues", casebook.get(check + 2), casebook.toString());
    assertEquals("", casebook.get(check + 3), casebook.toString());
    assertEquals(Set.of("Encrypt or Change Passphrase…", "Audit Trail", "Export De-identified…", "Retention Review…"),
        Set.copyOf(casebook.subList(check + 4, casebook.size())), casebook.toString());
    assertEquals(check + 8, casebook.size(), casebook.toString());
    // the installation bundle puts its commands first
    assertEquals(List.of("Install Extension from Archive…", "Installed Extensions…", "Update Rapport from Archive…",
        "Restore Previous Version…", "", "About Rapport"), window.submenu("Help"));
  }

  @Test
  void saveUndoAndRedoAreDisabledWhileNoDocumentIsOpen() {
    for (String id : List.of("org.rapport.app.command.save", "org.rapport.app.command.undo", "org.rapport.app.command.redo")) {
      assertFalse(window.canExecute(id), id + " must not be enabled without an open document");
    }
    assertTrue(window.canExecute("org.rapport.app.command.about"));
  }

  @Test
  void theCasebookPartSitsOnTheLeftBesideTheDocumentArea(EModelService models) {
    Shell shell = workbench.mainShell();
    List<String> tabs = workbench.syncExec(() -> {
      List<String> found = new ArrayList<>();
      RunningWorkbench.visit(shell, c -> {
        if (c instanceof CTabFolder folder) {
          for (CTabItem item : folder.getItems()) {
            found.add(item.getText());
          }
        }
      });
      return found;
    });
    assertTrue(tabs.contains("Casebook"), "tabs: " + tabs);

    Tree tree = window.tree();
    assertNotNull(tree, "the Casebook part shows the explorer tree");
    assertTrue(workbench.syncExec(tree::isVisible));
    assertEquals(List.of("CL-0417", "CL-0552", "CL-0630"),
        workbench.syncExec(() -> Arrays.stream(tree.getItems()).map(item -> item.getText().split(" ")[0]).toList()),
        "the demo casebook's clients, in order");

    MPart casebook = (MPart) workbench.syncExec(() -> models.find("org.rapport.app.part.casebook", workbench.mainWindow()));
    assertNotNull(casebook);
    assertNotNull(workbench.syncExec(() -> models.find("org.rapport.app.partstack.editors", workbench.mainWindow())),
        "a stack for documents waits beside the explorer");
    int partX = workbench.syncExec(() -> ((Control) casebook.getWidget()).toDisplay(0, 0).x);
    int shellX = workbench.syncExec(() -> shell.toDisplay(0, 0).x);
    int shellWidth = workbench.syncExec(() -> shell.getSize().x);
    assertTrue(partX - shellX < shellWidth / 3, "the Casebook part is on the left");
  }

  @Test
  void openRecentSwitchesBetweenCasebooks(Path casebook, ActiveCasebook active) throws Exception {
    Path other = CasebookFolders.copy(Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize(),
        Files.createTempDirectory("rapport-ui-test").resolve("other"));
    workbench.syncExec(() -> {
      LastCasebook.remember(other);
      LastCasebook.remember(casebook);
      return null;
    });
    for (Path target : List.of(other, casebook)) {
      List<String> recent = workbench.syncExec(() -> WorkbenchWindow.labels(recentMenu()));
      assertTrue(recent.stream().anyMatch(label -> label.contains(target.toString())), "Open Recent lists " + target + ": " + recent);
      workbench.syncExec(() -> {
        for (MenuItem item : recentMenu().getItems()) {
          if (item.getText().contains(target.toString())) {
            item.notifyListeners(SWT.Selection, new Event());
          }
        }
        return null;
      });
      workbench.waitFor(() -> active.current().map(open -> open.folder()).filter(target::equals).orElse(null),
          "the chosen casebook is open");
    }
    assertFalse(workbench.syncExec(() -> WorkbenchWindow.labels(recentMenu())).stream().anyMatch(label -> label.contains(casebook.toString())),
        "the open casebook is not offered again");
  }

  private Menu recentMenu() {
    for (MenuItem item : window.menu("File").getItems()) {
      if (item.getText().replace("&", "").startsWith("Open Recent")) {
        item.getMenu().notifyListeners(SWT.Show, new Event());
        return item.getMenu();
      }
    }
    throw new AssertionError("no Open Recent menu");
  }
}
