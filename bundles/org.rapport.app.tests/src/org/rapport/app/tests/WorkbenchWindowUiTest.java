package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rapport.app.parts.CasebookPart;

/** Starts the real Rapport workbench under the test display and looks at what a user would see. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWindowUiTest {

  private static RunningWorkbench workbench;

  @BeforeAll
  static void startTheProductsWorkbench() throws InterruptedException {
    workbench = RunningWorkbench.start(Duration.ofSeconds(90));
  }

  @AfterAll
  static void stopIfStillRunning() throws InterruptedException {
    if (workbench != null && workbench.display() != null && !workbench.display().isDisposed()) {
      workbench.syncExec(() -> workbench.mainWindow().getContext()
          .get(org.eclipse.e4.ui.workbench.IWorkbench.class).close());
      workbench.awaitExit(Duration.ofSeconds(30));
    }
  }

  @Test
  @Order(1)
  void theMainWindowIsTitledRapportAndShown() {
    Shell shell = workbench.mainShell();
    assertEquals("Rapport", workbench.syncExec(shell::getText));
    assertTrue(workbench.syncExec(shell::isVisible));
    assertTrue(workbench.syncExec(() -> shell.getSize().x >= 800 && shell.getSize().y >= 500),
        "the window opens at a usable size");
  }

  @Test
  @Order(2)
  void theMenuBarOffersFileEditAndHelpWithTheirCommands() {
    List<String> bar = workbench.syncExec(() -> labels(workbench.mainShell().getMenuBar()));
    assertEquals(List.of("File", "Edit", "Help"), bar);
    assertEquals(List.of("Save", "", "Quit"), workbench.syncExec(() -> submenu("File")));
    assertEquals(List.of("Undo", "Redo"), workbench.syncExec(() -> submenu("Edit")));
    assertEquals(List.of("About Rapport"), workbench.syncExec(() -> submenu("Help")));
  }

  @Test
  @Order(3)
  void saveUndoAndRedoAreDisabledWhileNoDocumentIsOpen() {
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    for (String id : List.of("org.rapport.app.command.save", "org.rapport.app.command.undo",
        "org.rapport.app.command.redo")) {
      assertFalse(workbench.syncExec(() -> context.get(EHandlerService.class).canExecute(command(context, id))),
          id + " must not be enabled without an open document");
    }
    assertTrue(workbench.syncExec(() -> context.get(EHandlerService.class)
        .canExecute(command(context, "org.rapport.app.command.about"))));
  }

  @Test
  @Order(4)
  void theCasebookPartSitsOnTheLeftBesideTheDocumentArea() {
    Shell shell = workbench.mainShell();
    List<String> tabs = workbench.syncExec(() -> {
      List<String> found = new ArrayList<>();
      visit(shell, c -> {
        if (c instanceof CTabFolder folder) {
          for (CTabItem item : folder.getItems()) {
            found.add(item.getText());
          }
        }
      });
      return found;
    });
    assertTrue(tabs.contains("Casebook"), "tabs: " + tabs);

    Label placeholder = workbench.syncExec(() -> {
      List<Label> found = new ArrayList<>();
      visit(shell, c -> {
        if (c instanceof Label l && c.getData(CasebookPart.PLACEHOLDER_KEY) != null) {
          found.add(l);
        }
      });
      return found.isEmpty() ? null : found.get(0);
    });
    assertNotNull(placeholder, "the Casebook part rendered its contents");
    assertEquals("No casebook is open.", workbench.syncExec(placeholder::getText));

    EModelService models = workbench.syncExec(() -> workbench.mainWindow().getContext().get(EModelService.class));
    MPart casebook = (MPart) workbench.syncExec(() -> models.find("org.rapport.app.part.casebook", workbench.mainWindow()));
    assertNotNull(casebook);
    assertNotNull(workbench.syncExec(() -> models.find("org.rapport.app.area.editors", workbench.mainWindow())),
        "an editor area waits for documents");
    int partX = workbench.syncExec(() -> ((Control) casebook.getWidget()).toDisplay(0, 0).x);
    int shellX = workbench.syncExec(() -> shell.toDisplay(0, 0).x);
    int shellWidth = workbench.syncExec(() -> shell.getSize().x);
    assertTrue(partX - shellX < shellWidth / 3, "the Casebook part is on the left");
  }

  @Test
  @Order(99)
  void pressingCtrlQClosesTheWorkbenchCleanly() throws InterruptedException {
    // real key events through the X server, as a user's keyboard would send them
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      return null;
    });
    workbench.settle();
    workbench.syncExec(() -> {
      Display display = workbench.display();
      post(display, SWT.KeyDown, SWT.CTRL, '\0');
      post(display, SWT.KeyDown, 0, 'q');
      post(display, SWT.KeyUp, 0, 'q');
      post(display, SWT.KeyUp, SWT.CTRL, '\0');
      return null;
    });
    assertTrue(workbench.awaitExit(Duration.ofSeconds(30)), "the UI thread ends after Ctrl+Q");
    assertNull(workbench.failure(), "no exception escaped the application");
    assertEquals(0, workbench.exitCode());
  }

  private static void post(Display display, int type, int keyCode, char character) {
    Event event = new Event();
    event.type = type;
    event.keyCode = keyCode;
    event.character = character;
    display.post(event);
  }

  private static ParameterizedCommand command(IEclipseContext context, String id) {
    return context.get(ECommandService.class).createCommand(id, null);
  }

  private static List<String> labels(Menu menu) {
    List<String> labels = new ArrayList<>();
    for (MenuItem item : menu.getItems()) {
      // drop the mnemonic marker and the accelerator text that follows a tab
      labels.add(item.getText().replace("&", "").replaceFirst("\t.*", ""));
    }
    return labels;
  }

  private static List<String> submenu(String name) {
    return labels(menu(name));
  }

  private static Menu menu(String name) {
    for (MenuItem item : workbench.mainShell().getMenuBar().getItems()) {
      if (item.getText().replace("&", "").equals(name)) {
        Menu menu = item.getMenu();
        // e4 fills menus and updates their enablement when they are about to show
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
      }
    }
    throw new AssertionError("no menu " + name);
  }

  private static void visit(Control control, java.util.function.Consumer<Control> action) {
    action.accept(control);
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        visit(child, action);
      }
    }
  }
}
