package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rapport.ui.ActiveCasebook;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Button;
import org.rapport.app.handlers.NewClientHandler;
import org.rapport.app.handlers.RevertHandler;
import org.rapport.app.internal.DocumentSaveHandler;
import org.rapport.app.internal.RapportPreferences;
import org.rapport.app.internal.RecoveryDialog;
import org.rapport.store.OpenCasebook;
import org.eclipse.swt.widgets.Table;
import org.rapport.app.parts.CasebookPart;
import org.rapport.app.parts.ProblemsPart;
import org.rapport.app.handlers.OpenDocumentHandler;
import org.rapport.app.parts.SearchPart;
import org.rapport.model.DocumentEntry;
import org.rapport.model.SessionPlan;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.DocumentParts;
import org.rapport.ui.OutlineEditor;
import org.rapport.store.CasebookFolders;

/** Starts the real Rapport workbench under the test display and looks at what a user would see. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWindowUiTest {

  private static RunningWorkbench workbench;
  private static Path casebook;

  @BeforeAll
  static void startTheProductsWorkbench() throws Exception {
    // a copy of the demo casebook, named on start as "rapport --casebook <folder>" would
    casebook = CasebookFolders.copy(Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize(),
        Files.createTempDirectory("rapport-ui-test").resolve("demo"));
    System.setProperty("rapport.casebook", casebook.toString());
    System.setProperty("rapport.recovery.seconds", "1");
    workbench = RunningWorkbench.start(Duration.ofSeconds(90));
    // the shell is tested with its generic editor: the document editors have UI tests of their own
    workbench.syncExec(() -> workbench.mainWindow().getContext().get(org.eclipse.e4.ui.model.application.MApplication.class)
        .getDescriptors().removeIf(descriptor -> descriptor.getTags().stream()
            .anyMatch(tag -> tag.startsWith(DocumentParts.EDITS) && !tag.equals(DocumentParts.EDITS_ANYTHING))));
  }

  @AfterAll
  static void stopIfStillRunning() throws InterruptedException {
    if (workbench != null && workbench.display() != null && !workbench.display().isDisposed()) {
      workbench.syncExec(() -> workbench.mainWindow().getContext()
          .get(org.eclipse.e4.ui.workbench.IWorkbench.class).close());
      workbench.awaitExit(Duration.ofSeconds(30));
    }
    System.clearProperty("rapport.casebook");
    System.clearProperty("rapport.recovery.seconds");
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
    assertEquals(List.of("File", "Edit", "Casebook", "Help"), bar);
    assertEquals(List.of("New Casebook…", "Open Casebook…", "Open Recent", "", "Close", "Save", "Revert", "Save All", "Print Agreement to PDF…", "", "Quit"), workbench.syncExec(() -> submenu("File")));
    assertEquals(List.of("Undo", "Redo", "", "Find in Casebook…", "", "Preferences…"), workbench.syncExec(() -> submenu("Edit")));
    List<String> casebook = workbench.syncExec(() -> submenu("Casebook"));
    assertEquals(List.of("New Client…", "New Session…"), casebook.subList(0, 2), casebook.toString());
    int check = casebook.indexOf("Check Casebook");
    assertEquals("Export With…", casebook.get(check + 1), casebook.toString());
    assertEquals("", casebook.get(check - 1), casebook.toString());
    // the editor bundles add their New commands in the order their fragments are read
    assertEquals(java.util.Set.of("New Session Plan", "New Reflection", "New Agreement"),
        java.util.Set.copyOf(casebook.subList(2, check - 1)), casebook.toString());
    // the catalogue view places its item after Export With, the security bundle its own commands at the end
    assertEquals("Catalogues", casebook.get(check + 2), casebook.toString());
    assertEquals(List.of("", "Encrypt or Change Passphrase…", "Audit Trail", "Export De-identified…", "Retention Review…"),
        casebook.subList(check + 3, casebook.size()), casebook.toString());
    // the installation bundle puts its commands first
    assertEquals(List.of("Install Extension from Archive…", "Installed Extensions…", "", "About Rapport"), workbench.syncExec(() -> submenu("Help")));
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

    Tree tree = tree();
    assertNotNull(tree, "the Casebook part shows the explorer tree");
    assertTrue(workbench.syncExec(tree::isVisible));
    assertEquals(List.of("CL-0417", "CL-0552", "CL-0630"),
        workbench.syncExec(() -> Arrays.stream(tree.getItems()).map(item -> item.getText().split(" ")[0]).toList()),
        "the demo casebook's clients, in order");

    EModelService models = workbench.syncExec(() -> workbench.mainWindow().getContext().get(EModelService.class));
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
  @Order(5)
  void expandingAClientShowsItsAgreementsAndSessionsWithTheirStates() {
    Tree tree = tree();
    List<String> children = workbench.syncExec(() -> {
      TreeViewer viewer = viewer();
      Object client = tree.getItem(0).getData();
      viewer.expandToLevel(client, 2);
      TreeItem item = tree.getItem(0);
      List<String> texts = new ArrayList<>();
      for (TreeItem child : item.getItems()) {
        texts.add(child.getText());
        for (TreeItem grandchild : child.getItems()) {
          texts.add("  " + grandchild.getText());
        }
      }
      return texts;
    });
    String all = String.join("\n", children);
    assertEquals("Agreements (2)", children.get(0), all);
    assertTrue(children.contains("  Agreement v1 — superseded"), all);
    assertTrue(children.contains("  Agreement v2 — signed — review due since 2026-06-10"), all);
    // the demo's version 2 was due for review in June: it carries the warning sign, version 1 does not
    assertTrue(workbench.syncExec(() -> tree.getItem(0).getItem(0).getItem(1).getImage() != null
        && tree.getItem(0).getItem(0).getItem(0).getImage() == null), "the overdue agreement is flagged");
    assertTrue(children.stream().anyMatch(t -> t.startsWith("Session 3 · 24 Feb 2026 10:00 · held")), all);
    assertTrue(children.contains("  Reflection — returned"), all);
    assertTrue(children.stream().anyMatch(t -> t.startsWith("Session 4 ") && t.endsWith("cancelled")), all);
  }

  @Test
  @Order(6)
  void theAwaitingReviewFilterKeepsOnlySubmittedDocuments() {
    Combo show = find(Combo.class, CasebookPart.FILTER_KEY);
    List<String> shown = workbench.syncExec(() -> {
      show.select(List.of(show.getItems()).indexOf("Awaiting my review"));
      show.notifyListeners(SWT.Selection, new Event());
      return leaves(tree());
    });
    assertFalse(shown.isEmpty(), "the demo has notes awaiting review");
    assertTrue(shown.stream().allMatch(t -> t.equals("Reflection — submitted") || t.equals("Reflection — resubmitted")), shown.toString());
    List<String> all = workbench.syncExec(() -> {
      show.select(0);
      show.notifyListeners(SWT.Selection, new Event());
      viewer().expandAll();
      return leaves(tree());
    });
    assertTrue(all.size() > shown.size(), "All documents shows the rest again");
  }

  @Test
  @Order(7)
  void withoutACasebookThePartSaysSoAndReopeningBringsTheTreeBack() throws Exception {
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    workbench.syncExec(() -> {
      active.close();
      return null;
    });
    Label placeholder = find(Label.class, CasebookPart.PLACEHOLDER_KEY);
    assertTrue(workbench.syncExec(placeholder::isVisible), "the placeholder shows when no casebook is open");
    assertEquals("No casebook is open.", workbench.syncExec(placeholder::getText));
    assertFalse(Files.exists(casebook.resolve(".rapport.lock")) && isLocked(), "closing released the lock");
    workbench.syncExec(() -> active.open(casebook));
    assertTrue(workbench.syncExec(() -> tree().isVisible()));
    assertEquals(3, workbench.syncExec(() -> tree().getItemCount()));
  }

  @Test
  @Order(8)
  void awaitingMyReviewFollowsWhoTheUserIs() {
    Combo show = find(Combo.class, CasebookPart.FILTER_KEY);
    try {
      for (String[] userAndCount : new String[][] {{"P-sup-1", "3"}, {"P-sup-2", "0"}}) {
        List<String> shown = workbench.syncExec(() -> {
          RapportPreferences.setUserId(userAndCount[0]);
          show.select(List.of(show.getItems()).indexOf("Awaiting my review"));
          show.notifyListeners(SWT.Selection, new Event());
          return leaves(tree());
        });
        assertEquals(Integer.parseInt(userAndCount[1]), shown.size(), userAndCount[0] + " has to review: " + shown);
      }
    } finally {
      workbench.syncExec(() -> {
        RapportPreferences.setUserId("");
        show.select(0);
        show.notifyListeners(SWT.Selection, new Event());
        return null;
      });
    }
  }

  @Test
  @Order(9)
  void aNewClientNeedsAPseudonymousCodeAndGetsSessionsAWeekApart() throws Exception {
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      tree().setFocus();
      return null;
    });
    workbench.settle();
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(context, "org.rapport.app.command.newClient")));
    Shell dialog = waitFor(() -> workbench.syncExec(() -> shellTitled(NewClientHandler.TITLE)), "the New Client dialog", false);
    Text code = workbench.syncExec(() -> {
      List<Text> texts = new ArrayList<>();
      visit(dialog, c -> {
        if (c instanceof Text t) {
          texts.add(t);
        }
      });
      return texts.get(0);
    });
    Button ok = workbench.syncExec(() -> button(dialog, "OK"));
    workbench.syncExec(() -> {
      code.setText("07700 900123");
      return null;
    });
    assertFalse(workbench.syncExec(ok::isEnabled), "a phone number is refused");
    assertTrue(workbench.syncExec(() -> dialogText(dialog)).contains("phone number"), "and the dialog says why");
    workbench.syncExec(() -> {
      code.setText("CL-0417");
      return null;
    });
    assertFalse(workbench.syncExec(ok::isEnabled), "a code the casebook has already is refused");
    workbench.syncExec(() -> {
      code.setText("CL-0701");
      ok.notifyListeners(SWT.Selection, new Event());
      return null;
    });
    waitFor(() -> workbench.syncExec(() -> tree().getSelection().length == 1 && tree().getSelection()[0].getText().startsWith("CL-0701")
        ? Boolean.TRUE : null), "the new client is shown, selected");
    assertTrue(Files.readString(casebook.resolve("casebook.xmi")).contains("code=\"CL-0701\""), "and saved in the index");

    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();   // no window manager gives the keyboard back after the dialog
      return null;
    });
    workbench.settle();
    workbench.syncExec(() -> tree().setFocus());
    workbench.settle();
    key(0, 'n', SWT.CTRL | SWT.SHIFT);
    key(0, 'n', SWT.CTRL | SWT.SHIFT);
    ActiveCasebook active = workbench.syncExec(() -> context.get(ActiveCasebook.class));
    List<org.rapport.model.Session> sessions = waitFor(() -> workbench.syncExec(() -> {
      List<org.rapport.model.Session> found = active.current().orElseThrow().index().getClients().stream()
          .filter(c -> c.getCode().equals("CL-0701")).findFirst().orElseThrow().getSessions();
      return found.size() == 2 ? List.copyOf(found) : null;
    }), "Ctrl+Shift+N twice adds two sessions");
    assertEquals("CL-0701-S02", sessions.get(1).getId());
    assertEquals(sessions.get(0).getDateTime().plusWeeks(1), sessions.get(1).getDateTime());
    assertEquals(org.rapport.model.SessionStatus.PLANNED, sessions.get(1).getStatus());
    assertTrue(Files.readString(casebook.resolve("casebook.xmi")).contains("CL-0701-S02"), "the sessions are saved in the index");
  }

  private static Shell shellTitled(String title) {
    for (Shell shell : workbench.display().getShells()) {
      if (shell.isVisible() && title.equals(shell.getText().strip())) {
        return shell;
      }
    }
    return null;
  }

  private static Button button(Shell shell, String text) {
    List<Button> buttons = new ArrayList<>();
    visit(shell, c -> {
      if (c instanceof Button b && b.getText().replace("&", "").equals(text)) {
        buttons.add(b);
      }
    });
    return buttons.isEmpty() ? null : buttons.get(0);
  }

  private static String dialogText(Shell shell) {
    StringBuilder text = new StringBuilder();
    visit(shell, c -> {
      if (c instanceof Text t) {
        text.append(t.getText()).append('\n');
      } else if (c instanceof Label l) {
        text.append(l.getText()).append('\n');
      }
    });
    return text.toString();
  }

  @Test
  @Order(10)
  void aDocumentOpensEditsUndoesRedoesSavesAndReopensWithTheEdit() throws Exception {
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    DocumentEntry entry = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().get(0).getSessions().get(2)
        .getDocuments().get(0));
    assertEquals("CL-0417-S03-plan", entry.getDocumentId());
    // select the plan in the explorer and press Enter, as a user would
    workbench.syncExec(() -> {
      // no window manager runs under Xvfb: after a dialog closes, the main window must take the keyboard back
      workbench.mainShell().forceActive();
      viewer().setSelection(new StructuredSelection(entry), true);
      tree().setFocus();
      return null;
    });
    key(SWT.CR, '\r', 0);
    MPart part = waitFor(() -> documentPart("CL-0417-S03-plan"), "the plan's editor opens");
    assertEquals("CL-0417 · S3 plan", workbench.syncExec(part::getLabel));
    assertTrue(workbench.syncExec(() -> {
      Control editor = (Control) part.getWidget();
      return editor.isVisible() && editor.getSize().x > 300 && editor.getSize().y > 200;
    }), "the editor is shown, at a usable size");
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((DocumentEditor) part.getObject()).document());
    assertEquals(50, plan.getLengthMinutes());

    // type a new length into its field and press Enter
    Text length = workbench.syncExec(() -> field(part, "lengthMinutes"));
    workbench.syncExec(() -> {
      length.setFocus();
      length.selectAll();
      return null;
    });
    type("55");
    key(SWT.CR, '\r', 0);
    waitFor(() -> plan.getLengthMinutes() == 55 ? plan : null, "the typed length reaches the model");
    assertTrue(workbench.syncExec(part::isDirty), "an edit makes the document dirty");
    assertTrue(workbench.syncExec(() -> tabText(part)).startsWith("*"), "the tab shows the dirty marker");
    assertEquals("Undo Change to Length minutes", workbench.syncExec(() -> submenu("Edit").get(0)), "the menu names what Undo undoes");

    key(0, 'z', SWT.CTRL);
    waitFor(() -> plan.getLengthMinutes() == 50 ? plan : null, "Ctrl+Z undoes the edit");
    assertFalse(workbench.syncExec(part::isDirty), "undoing the only edit leaves the document clean");
    assertEquals("50", workbench.syncExec(length::getText), "the field shows the undone value");

    key(0, 'y', SWT.CTRL);
    waitFor(() -> plan.getLengthMinutes() == 55 ? plan : null, "Ctrl+Y redoes it");
    assertTrue(workbench.syncExec(part::isDirty));

    key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "Ctrl+S saves");
    Path file = casebook.resolve(entry.getFile());
    assertTrue(Files.readString(file).contains("lengthMinutes=\"55\""), "the saved file holds the edit");
    assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "the previous version is kept");

    close(part);
    assertNull(workbench.syncExec(() -> documentPart("CL-0417-S03-plan")), "the editor closed");
    workbench.syncExec(() -> {
      // no window manager runs under Xvfb: after a dialog closes, the main window must take the keyboard back
      workbench.mainShell().forceActive();
      viewer().setSelection(new StructuredSelection(entry), true);
      tree().setFocus();
      return null;
    });
    key(SWT.CR, '\r', 0);
    MPart reopened = waitFor(() -> documentPart("CL-0417-S03-plan"), "the plan opens again");
    SessionPlan again = workbench.syncExec(() -> (SessionPlan) ((DocumentEditor) reopened.getObject()).document());
    assertNotSame(plan, again, "closing dropped the document; reopening read it from the saved file");
    assertEquals(55, again.getLengthMinutes());
    close(reopened);
  }

  @Test
  @Order(11)
  void aDocumentIsNeverOpenTwice() throws Exception {
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    DocumentEntry entry = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().get(0).getSessions().get(2)
        .getDocuments().get(1));
    for (int i = 0; i < 2; i++) {
      workbench.syncExec(() -> {
        viewer().setSelection(new StructuredSelection(entry), true);
        tree().setFocus();
        return null;
      });
      key(SWT.CR, '\r', 0);
      waitFor(() -> documentPart(entry.getDocumentId()), "the reflection opens");
    }
    long open = workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class).getParts().stream()
        .filter(p -> entry.getDocumentId().equals(p.getPersistedState().get(DocumentParts.DOCUMENT_ID))).count());
    assertEquals(1, open, "opening it again brings the same editor forward");
    MPart part = workbench.syncExec(() -> documentPart(entry.getDocumentId()));
    close(part);
  }

  private static void close(MPart part) {
    workbench.close(part);
  }

  /** The open, rendered part of a document, or null. */
  private static MPart documentPart(String documentId) {
    return workbench.documentPart(documentId);
  }

  private static Text field(MPart part, String attribute) {
    List<Text> found = new ArrayList<>();
    visit((Control) part.getWidget(), c -> {
      if (c instanceof Text t && attribute.equals(c.getData(OutlineEditor.FIELD_KEY))) {
        found.add(t);
      }
    });
    assertEquals(1, found.size(), "one field for " + attribute);
    return found.get(0);
  }

  private static String tabText(MPart part) {
    List<String> texts = new ArrayList<>();
    visit(workbench.mainShell(), c -> {
      if (c instanceof CTabFolder folder) {
        for (CTabItem item : folder.getItems()) {
          if (item.getData(AbstractPartRenderer.OWNING_ME) == part) {
            texts.add(item.getText());
          }
        }
      }
    });
    return texts.isEmpty() ? "" : texts.get(0);
  }

  /** Real key events through the X server: a key with optional modifiers (SWT.CTRL, SWT.SHIFT, or both). */
  /** Ctrl+Z, sent again (at most twice more) when {@code done} does not hold within 3 s. */
  private static void undoUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
    for (int attempt = 0; attempt < 3 && !done.getAsBoolean(); attempt++) {
      key(0, 'z', SWT.CTRL);
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (!done.getAsBoolean() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
  }

  private static void key(int keyCode, char character, int modifiers) {
    postKey(keyCode, character, modifiers);
    workbench.settle();
  }

  private static void type(String text) {
    for (char c : text.toCharArray()) {
      key(0, c, 0);
    }
  }

  private static <T> T waitFor(java.util.function.Supplier<T> condition, String what) throws InterruptedException {
    return waitFor(condition, what, true);
  }

  /**
   * Polls {@code condition} for up to ten seconds. With {@code settle} the test drains the UI queue
   * itself; without, it leaves that to the workbench's loop, as it must while a dialog may be opening
   * (a dialog opened inside our drain would wait for us while we wait for it).
   */
  private static <T> T waitFor(java.util.function.Supplier<T> condition, String what, boolean settle) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (settle) {
        workbench.settle();
      }
      T value = condition.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out: " + what + "; open dialogs: " + workbench.syncExec(() -> {
      List<String> dialogs = new ArrayList<>();
      for (Shell shell : workbench.display().getShells()) {
        if (shell.isVisible() && shell != workbench.mainShell()) {
          List<String> texts = new ArrayList<>();
          visit(shell, c -> {
            if (c instanceof Label label && !label.getText().isBlank()) {
              texts.add(label.getText());
            }
          });
          dialogs.add(shell.getText() + ": " + texts);
          shell.close();   // so that the tests after this one can go on
        }
      }
      for (MPart part : workbench.mainWindow().getContext().get(EPartService.class).getParts()) {
        dialogs.add("part " + part.getElementId() + " " + part.getPersistedState() + " rendered=" + part.isToBeRendered()
            + " object=" + part.getObject());
      }
      return dialogs;
    }));
  }

  @Test
  @Order(12)
  void closingAnEditedDocumentWithCtrlWAndDontSaveDropsTheEdit() throws Exception {
    MPart part = openAndEditLength("CL-0552", 1, "77");
    Path file = fileOf(part);
    String before = Files.readString(file);
    postKey(0, 'w', SWT.CTRL);
    answer("Don't Save");
    waitFor(() -> documentPart(idOf(part)) == null ? part : null, "the editor closes");
    assertEquals(before, Files.readString(file), "Don't Save leaves the file as it was");
  }

  @Test
  @Order(13)
  void closingAnEditedDocumentWithCtrlWAndSaveKeepsTheEdit() throws Exception {
    MPart part = openAndEditLength("CL-0552", 0, "70");
    Path file = fileOf(part);
    postKey(0, 'w', SWT.CTRL);
    answer("Save");
    waitFor(() -> documentPart(idOf(part)) == null ? part : null, "the editor closes");
    assertTrue(Files.readString(file).contains("lengthMinutes=\"70\""), "Save wrote the edit");
  }

  @Test
  @Order(14)
  void openRecentSwitchesBetweenCasebooks() throws Exception {
    Path other = CasebookFolders.copy(Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize(),
        Files.createTempDirectory("rapport-ui-test").resolve("other"));
    workbench.syncExec(() -> {
      org.rapport.app.internal.LastCasebook.remember(other);
      org.rapport.app.internal.LastCasebook.remember(casebook);
      return null;
    });
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    for (Path target : List.of(other, casebook)) {
      List<String> recent = workbench.syncExec(() -> labels(recentMenu()));
      assertTrue(recent.stream().anyMatch(label -> label.contains(target.toString())), "Open Recent lists " + target + ": " + recent);
      workbench.syncExec(() -> {
        for (MenuItem item : recentMenu().getItems()) {
          if (item.getText().contains(target.toString())) {
            item.notifyListeners(SWT.Selection, new Event());
          }
        }
        return null;
      });
      waitFor(() -> workbench.syncExec(() -> active.current().map(open -> open.folder()).filter(target::equals).orElse(null)),
          "the chosen casebook is open");
    }
    assertFalse(workbench.syncExec(() -> labels(recentMenu())).stream().anyMatch(label -> label.contains(casebook.toString())),
        "the open casebook is not offered again");
  }

  private static Menu recentMenu() {
    for (MenuItem item : menu("File").getItems()) {
      if (item.getText().replace("&", "").startsWith("Open Recent")) {
        item.getMenu().notifyListeners(SWT.Show, new Event());
        return item.getMenu();
      }
    }
    throw new AssertionError("no Open Recent menu");
  }

  @Test
  @Order(15)
  void quittingWithAnEditedDocumentAndCancelKeepsRapportOpen() throws Exception {
    MPart part = openAndEditLength("CL-0630", 0, "45");
    postKey(0, 'q', SWT.CTRL);
    answer("Cancel");
    workbench.settle();
    assertFalse(workbench.awaitExit(Duration.ofMillis(500)), "Cancel keeps Rapport running");
    assertTrue(workbench.syncExec(part::isDirty), "and the edit is still there, unsaved");
  }

  @Test
  @Order(99)
  void quittingWithCtrlQAndSavingWritesTheEditAndClosesCleanly() throws Exception {
    MPart part = documentPart("CL-0630-S01-plan");
    assertNotNull(part, "the plan edited before quitting is still open");
    Path file = fileOf(part);
    // real key events through the X server, as a user's keyboard would send them
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      return null;
    });
    workbench.settle();
    workbench.syncExec(() -> tree().setFocus());
    workbench.settle();
    postKey(0, 'q', SWT.CTRL);
    answer("Save");
    assertTrue(workbench.awaitExit(Duration.ofSeconds(30)), "the UI thread ends after Ctrl+Q");
    assertNull(workbench.failure(), "no exception escaped the application");
    assertEquals(0, workbench.exitCode());
    assertTrue(Files.readString(file).contains("lengthMinutes=\"45\""), "Save on quit wrote the edit");
  }

  @Test
  @Order(16)
  void problemsFollowEditsAndDoubleClickGoesToTheField() throws Exception {
    MPart part = openPlan("CL-0552", 1);
    String agenda = "The agenda takes 60 minutes but the session is 50 minutes long.";
    assertTrue(problemMessages().contains(agenda), "the demo plan's over-time agenda is listed: " + problemMessages());

    typeInto(part, "lengthMinutes", "60");
    waitFor(() -> problemMessages().contains(agenda) ? null : part, "a longer session clears the agenda warning");

    typeInto(part, "clientCode", "07700 900123");
    ProblemsPart problems = problemsPart();
    ProblemsPart.Row row = waitFor(() -> workbench.syncExec(() -> problems.rows().stream()
        .filter(r -> r.problem().isError() && r.problem().feature() != null && r.problem().feature().getName().equals("clientCode"))
        .findFirst().orElse(null)), "a name as client code is an error in Problems");
    assertTrue(row.problem().message().toLowerCase().contains("phone"), row.problem().message());
    OutlineEditor editor = workbench.syncExec(() -> (OutlineEditor) part.getObject());
    assertEquals(row.problem().message(), workbench.syncExec(() -> editor.problemAt("clientCode")), "the field shows it too");

    // select the error in the Problems table and press Enter: the cursor lands in the client code field
    Table table = find(Table.class, ProblemsPart.TABLE_KEY);
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      int index = problems.rows().indexOf(row);
      table.setSelection(index);
      table.setFocus();
      return null;
    });
    key(SWT.CR, '\r', 0);
    waitFor(() -> workbench.syncExec(() -> {
      Control focus = workbench.display().getFocusControl();
      return focus != null && "clientCode".equals(focus.getData(OutlineEditor.FIELD_KEY)) ? focus : null;
    }), "the client code field has the cursor");

    // one undo at a time, each awaited. Under Xvfb a posted key is now and then lost (once in about
    // ten runs here), so the first Ctrl+Z is sent again if nothing happened; an extra undo is harmless,
    // since the stack holds just these two edits.
    java.util.function.BooleanSupplier clientCodeBack = () -> workbench.syncExec(() -> !"07700 900123".equals(
        editor.document().eGet(editor.document().eClass().getEStructuralFeature("clientCode"))));
    undoUntil(clientCodeBack);
    assertTrue(clientCodeBack.getAsBoolean(), "the first undo takes the client code back");
    undoUntil(() -> !workbench.syncExec(part::isDirty));
    assertFalse(workbench.syncExec(part::isDirty), "two undos bring the plan back");
    waitFor(() -> problemMessages().contains(agenda) ? part : null, "and its warning with it");
    close(part);
    waitFor(() -> workbench.syncExec(() -> problemsPart().rows().stream().noneMatch(r -> r.part() == part)) ? part : null,
        "closing the document clears its problems");
  }

  @Test
  @Order(17)
  void unsavedChangesAreKeptForRecoveryAndDroppedOnSave() throws Exception {
    MPart part = openAndEditLength("CL-0552", 0, "65");
    Path recovery = casebook.resolve(".recovery/CL-0552-S02-plan.xmi");
    waitFor(() -> Files.exists(recovery) ? recovery : null, "the unsaved edit is kept for recovery within seconds");
    assertTrue(Files.readString(recovery).contains("lengthMinutes=\"65\""), "the kept copy holds the edit");
    assertFalse(Files.readString(fileOf(part)).contains("lengthMinutes=\"65\""), "the document's own file is untouched");
    key(0, 's', SWT.CTRL);
    waitFor(() -> Files.exists(recovery) ? null : recovery, "saving drops the kept copy");
    close(part);
  }

  @Test
  @Order(18)
  void keptChangesAreOfferedWhenTheCasebookOpensAndRestoreAsUnsaved() throws Exception {
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    // as a crashed session would leave it: a kept copy of a plan with an edit never saved
    DocumentEntry entry = workbench.syncExec(() -> {
      OpenCasebook open = active.current().orElseThrow();
      DocumentEntry plan = open.index().getClients().get(0).getSessions().get(4).getDocuments().get(0);
      SessionPlan edited = (SessionPlan) open.load(plan).document();
      edited.setMaterials("Recovered after a crash");
      open.keepForRecovery(edited);
      return plan;
    });
    String saved = Files.readString(casebook.resolve(entry.getFile()));
    workbench.syncExec(() -> active.open(casebook));
    answer(RecoveryDialog.TITLE, "Restore");
    MPart part = waitFor(() -> documentPart(entry.getDocumentId()), "the recovered plan opens");
    SessionPlan plan = workbench.syncExec(() -> (SessionPlan) ((DocumentEditor) part.getObject()).document());
    assertEquals("Recovered after a crash", plan.getMaterials());
    assertTrue(workbench.syncExec(part::isDirty), "recovered changes are unsaved until the user saves them");
    assertEquals(saved, Files.readString(casebook.resolve(entry.getFile())), "restoring writes nothing by itself");
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      return null;
    });
    workbench.settle();
    workbench.syncExec(() -> tree().setFocus());
    workbench.syncExec(() -> {
      workbench.mainWindow().getContext().get(EPartService.class).activate(part);
      return null;
    });
    // Ctrl+W closes the active editor: make sure it is this one, not another open in the same stack
    waitFor(() -> workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class).getActivePart() == part
        && workbench.display().getFocusControl() != null) ? part : null, "the recovered plan is the active editor");
    postKey(0, 'w', SWT.CTRL);
    answer("Don't Save");
    waitFor(() -> documentPart(entry.getDocumentId()) == null ? part : null, "the editor closes");
    assertFalse(workbench.syncExec(() -> active.current().orElseThrow().recoverable().contains(entry)), "discarding drops the kept copy");
  }

  @Test
  @Order(19)
  void revertDropsTheChangesAndReadsTheSavedVersion() throws Exception {
    MPart part = openAndEditLength("CL-0417", 0, "33");
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(context, "org.rapport.app.command.revert")));
    answer(RevertHandler.TITLE, "OK");
    MPart reopened = waitFor(() -> {
      MPart now = documentPart("CL-0417-S01-plan");
      return now != null && now != part ? now : null;
    }, "the plan is read again");
    assertFalse(workbench.syncExec(reopened::isDirty));
    assertEquals(50, workbench.syncExec(() -> ((SessionPlan) ((DocumentEditor) reopened.getObject()).document()).getLengthMinutes()));
    close(reopened);
  }

  @Test
  @Order(20)
  void aChangeOnDiskIsOfferedForReloadWhenTheEditorIsActivated() throws Exception {
    MPart part = openPlan("CL-0417", 1);
    Path file = fileOf(part);
    Files.writeString(file, Files.readString(file).replace("lengthMinutes=\"50\"", "lengthMinutes=\"40\""));
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    EPartService parts = workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class));
    MPart explorer = workbench.syncExec(() -> parts.findPart("org.rapport.app.part.casebook"));
    workbench.syncExec(() -> {
      parts.activate(explorer);
      return null;
    });
    workbench.display().asyncExec(() -> parts.activate(part));
    answer(DocumentEditor.CHANGED_TITLE, "Yes");
    MPart reopened = waitFor(() -> {
      MPart now = documentPart("CL-0417-S02-plan");
      return now != null && now != part ? now : null;
    }, "the plan is read again from disk");
    assertEquals(40, workbench.syncExec(() -> ((SessionPlan) ((DocumentEditor) reopened.getObject()).document()).getLengthMinutes()));
    close(reopened);
  }

  @Test
  @Order(21)
  void checkCasebookListsEveryBrokenFileAndGoesToADocument() throws Exception {
    Path broken = casebook.resolve("clients/CL-0630/sessions/02-reflection.xmi");
    Files.writeString(broken, "<?xml version=\"1.0\"?>\n<rapport:ReflectionNote xmlns:rapport=\"http://rapport.org/model/1.0\">\n<answers");
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(context, "org.rapport.app.command.checkCasebook")));
    ProblemsPart problems = problemsPart();
    ProblemsPart.Row error = waitFor(() -> workbench.syncExec(() -> problems.rows().stream()
        .filter(r -> r.part() == null && r.document().equals("clients/CL-0630/sessions/02-reflection.xmi")).findFirst().orElse(null)),
        "the broken file is listed", false);
    assertTrue(error.problem().isError(), error.problem().message());
    ProblemsPart.Row warning = workbench.syncExec(() -> problems.rows().stream()
        .filter(r -> r.part() == null && r.document().equals("clients/CL-0552/sessions/04-plan.xmi")).findFirst().orElseThrow());
    assertTrue(warning.line() > 0, "findings carry their line");
    workbench.syncExec(() -> {
      problems.goTo(warning);
      return null;
    });
    MPart plan = waitFor(() -> documentPart("CL-0552-S04-plan"), "going to the finding opens its document");
    close(plan);
  }

  @Test
  @Order(22)
  void ctrlShiftFSearchesTheCasebookAndOpensAHit() throws Exception {
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      tree().setFocus();
      return null;
    });
    workbench.settle();
    key(0, 'f', SWT.CTRL | SWT.SHIFT);
    Text query = waitFor(() -> workbench.syncExec(() -> workbench.display().getFocusControl() instanceof Text t
        && t.getData(SearchPart.QUERY_KEY) != null ? t : null), "Ctrl+Shift+F puts the cursor in the search field");
    type("personal number");
    key(SWT.CR, '\r', 0);
    SearchPart search = workbench.syncExec(() -> (SearchPart) ((MPart) models().find("org.rapport.app.part.search",
        workbench.mainWindow())).getObject());
    List<org.rapport.store.SearchHit> hits = waitFor(() -> {
      List<org.rapport.store.SearchHit> found = workbench.syncExec(search::hits);
      return found.isEmpty() ? null : found;
    }, "the search finds the reflection");
    assertEquals(List.of("CL-0417-S03-reflection"), hits.stream().map(hit -> hit.entry().getDocumentId()).toList());
    assertTrue(hits.get(0).passage().toLowerCase().contains("personal number"), hits.get(0).passage());
    Table results = find(Table.class, SearchPart.RESULTS_KEY);
    workbench.syncExec(() -> {
      results.setSelection(0);
      results.setFocus();
      return null;
    });
    key(SWT.CR, '\r', 0);
    MPart opened = waitFor(() -> documentPart("CL-0417-S03-reflection"), "Enter on a hit opens its document");
    assertEquals("personal number", workbench.syncExec(query::getText), "the query stays for the next search");
    close(opened);
  }

  @Test
  @Order(23)
  void typingMarksTheDocumentDirtyAtOnceAndSaveTakesTheFieldStillBeingTyped() throws Exception {
    MPart part = openPlan("CL-0417", 2);
    Text materials = workbench.syncExec(() -> field(part, "materials"));
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      materials.setFocus();
      materials.selectAll();
      return null;
    });
    type("Flip chart");
    assertTrue(workbench.syncExec(part::isDirty), "typing alone marks the document dirty");
    assertTrue(workbench.syncExec(() -> tabText(part)).startsWith("*"), "and the tab shows it");
    // a control character pasted from a terminal, which XML cannot hold
    workbench.syncExec(() -> {
      materials.insert("\u0007");
      return null;
    });
    key(0, 's', SWT.CTRL);
    waitFor(() -> workbench.syncExec(part::isDirty) ? null : part, "Ctrl+S saves without leaving the field");
    String saved = Files.readString(fileOf(part));
    assertTrue(saved.contains("materials=\"Flip chart\""), "the text being typed was saved, the control character dropped");
    assertSame(materials, workbench.syncExec(() -> workbench.display().getFocusControl()), "the cursor stays in the field");
    close(part);
  }

  @Test
  @Order(24)
  void theOpenDocumentCommandOpensADocumentByIdAndNamesAnUnknownOne() throws Exception {
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.syncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.app.command.openDocument", Map.of(OpenDocumentHandler.DOCUMENT_ID, "CL-0630-agreement-v1"))));
    MPart opened = waitFor(() -> documentPart("CL-0630-agreement-v1"), "the command opens the agreement");
    assertEquals("CL-0630 · agreement v1", workbench.syncExec(opened::getLabel));
    close(opened);
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.app.command.openDocument", Map.of(OpenDocumentHandler.DOCUMENT_ID, "CL-9999-S01-plan"))));
    String message = waitFor(() -> workbench.syncExec(() -> {
      for (Shell shell : workbench.display().getShells()) {
        if (shell.isVisible() && "Open Document".equals(shell.getText())) {
          List<String> texts = new ArrayList<>();
          visit(shell, c -> {
            if (c instanceof Label label) {
              texts.add(label.getText());
            }
          });
          return String.join(" ", texts);
        }
      }
      return null;
    }), "an unknown id is named in an error", false);
    assertTrue(message.contains("CL-9999-S01-plan"), message);
    answer("Open Document", "OK");
  }

  private static List<String> problemMessages() {
    return workbench.syncExec(() -> {
      return problemsPart().rows().stream().map(r -> r.problem().message()).toList();
    });
  }

  private static ProblemsPart problemsPart() {
    return workbench.syncExec(() -> (ProblemsPart) ((MPart) models().find("org.rapport.app.part.problems", workbench.mainWindow())).getObject());
  }

  private static EModelService models() {
    return workbench.mainWindow().getContext().get(EModelService.class);
  }

  private static void typeInto(MPart part, String attribute, String value) {
    Text field = workbench.syncExec(() -> field(part, attribute));
    workbench.syncExec(() -> {
      workbench.mainShell().forceActive();
      field.setFocus();
      field.selectAll();
      return null;
    });
    type(value);
    key(SWT.CR, '\r', 0);
  }

  /** Opens the plan of a client's session from the explorer and types a new length into it. */
  private static MPart openAndEditLength(String client, int sessionIndex, String minutes) throws Exception {
    MPart part = openPlan(client, sessionIndex);
    typeInto(part, "lengthMinutes", minutes);
    waitFor(() -> workbench.syncExec(part::isDirty) ? part : null, "the edit makes the plan dirty");
    return part;
  }

  /** Opens the {@code sessionIndex}-th plan of a client with Enter in the explorer. */
  private static MPart openPlan(String client, int sessionIndex) throws Exception {
    ActiveCasebook active = workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class));
    DocumentEntry entry = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals(client)).findFirst().orElseThrow().getSessions().stream()
        .flatMap(s -> s.getDocuments().stream()).filter(d -> d.getKind() == org.rapport.model.DocumentKind.PLAN)
        .skip(sessionIndex).findFirst().orElseThrow());
    workbench.syncExec(() -> {
      // no window manager runs under Xvfb: after a dialog closes, the main window must take the keyboard back
      workbench.mainShell().forceActive();
      viewer().setSelection(new StructuredSelection(entry), true);
      tree().setFocus();
      return null;
    });
    key(SWT.CR, '\r', 0);
    return waitFor(() -> documentPart(entry.getDocumentId()), "the plan opens");
  }

  private static String idOf(MPart part) {
    return workbench.syncExec(() -> part.getPersistedState().get(DocumentParts.DOCUMENT_ID));
  }

  @Test
  @Order(26)
  void anInstitutionsRuleShowsInProblemsAtItsSeverityAndNamesItsField() throws Exception {
    org.osgi.framework.BundleContext bundle = org.osgi.framework.FrameworkUtil.getBundle(WorkbenchWindowUiTest.class).getBundleContext();
    var registration = bundle.registerService(org.rapport.extension.ValidationRule.class, new org.rapport.extension.ValidationRule() {
      @Override public String institution() { return "uitestclinic"; }
      @Override public String id() { return "materials"; }
      @Override public String description() { return "plans list their materials"; }
      @Override public org.eclipse.emf.ecore.EClass appliesTo() { return org.rapport.model.RapportPackage.Literals.SESSION_PLAN; }
      @Override public org.rapport.extension.Severity severity() { return org.rapport.extension.Severity.ERROR; }
      @Override public void check(org.eclipse.emf.ecore.EObject object, org.rapport.extension.RuleFindings findings) {
        findings.report("uitestclinic wants the materials listed", org.rapport.model.RapportPackage.Literals.SESSION_PLAN__MATERIALS);
      }
    }, null);
    try {
      MPart part = openPlan("CL-0552", 1);
      ProblemsPart problems = problemsPart();
      ProblemsPart.Row row = waitFor(() -> workbench.syncExec(() -> problems.rows().stream()
          .filter(r -> r.part() == part && r.problem().message().equals("uitestclinic wants the materials listed")).findFirst().orElse(null)),
          "the institution's finding is listed for the open plan");
      assertTrue(row.problem().isError());
      assertEquals("materials", row.problem().feature().getName());
      close(part);
    } finally {
      registration.unregister();
    }
  }

  /** An institution's exporter, as its bundle would register it: one line per document id, or a failure. */
  private static org.rapport.extension.Exporter idsExporter(String id, boolean fail) {
    return new org.rapport.extension.Exporter() {
      @Override public String institution() { return "uitestclinic"; }
      @Override public String id() { return id; }
      @Override public String label() { return "Ids of " + id; }
      @Override public String fileExtension() { return "txt"; }
      @Override public void export(org.rapport.model.Casebook index, List<org.rapport.model.Document> documents, java.io.OutputStream out)
          throws IOException {
        if (fail) {
          throw new IllegalStateException("planted failure");
        }
        for (org.rapport.model.Document document : documents) {
          out.write((document.getId() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    };
  }

  @Test
  @Order(25)
  void exportWithWritesTheChosenExportersFileAndAFailingOneChangesNothing() throws Exception {
    org.osgi.framework.BundleContext bundle = org.osgi.framework.FrameworkUtil.getBundle(WorkbenchWindowUiTest.class).getBundleContext();
    var registration = bundle.registerService(org.rapport.extension.Exporter.class, idsExporter("ids", false), null);
    Path target = Files.createTempDirectory("rapport-export").resolve("ids.txt");
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    IEclipseContext application = workbench.syncExec(() -> context.get(org.eclipse.e4.ui.model.application.MApplication.class).getContext());
    workbench.syncExec(() -> {
      application.set(org.rapport.app.handlers.ExportTarget.class, (shell, exporter, suggested) -> target);
      return null;
    });
    try {
      workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(context, "org.rapport.app.command.exportWith")));
      answer(org.rapport.app.handlers.ExportWithHandler.TITLE, "OK");   // the only exporter is chosen
      answer(org.rapport.app.handlers.ExportWithHandler.TITLE, "OK");   // what was written
      List<String> ids = Files.readAllLines(target);
      assertTrue(ids.contains("CL-0552-S04-plan"), ids.toString());
      // the reflection broken by checkCasebookListsEveryBrokenFileAndGoesToADocument is left out, every other document is there
      assertEquals(ids.size() + 1, workbench.syncExec(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class).current().orElseThrow()
          .entries(java.util.EnumSet.allOf(org.rapport.model.DocumentKind.class)).size()), "one line per readable document");

      registration.unregister();
      registration = bundle.registerService(org.rapport.extension.Exporter.class, idsExporter("broken", true), null);
      workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(context, "org.rapport.app.command.exportWith")));
      answer(org.rapport.app.handlers.ExportWithHandler.TITLE, "OK");
      String message = waitFor(() -> workbench.syncExec(() -> {
        for (Shell shell : workbench.display().getShells()) {
          if (shell.isVisible() && org.rapport.app.handlers.ExportWithHandler.TITLE.equals(shell.getText())) {
            List<String> texts = new ArrayList<>();
            visit(shell, c -> {
              if (c instanceof Label label) {
                texts.add(label.getText());
              }
            });
            return texts.stream().filter(t -> t.contains("planted failure")).findFirst().orElse(null);
          }
        }
        return null;
      }), "the failure is explained", false);
      assertTrue(message.contains("uitestclinic/broken"), message);
      answer(org.rapport.app.handlers.ExportWithHandler.TITLE, "OK");
      assertEquals(ids, Files.readAllLines(target), "the earlier export is untouched");
    } finally {
      registration.unregister();
      workbench.syncExec(() -> {
        application.remove(org.rapport.app.handlers.ExportTarget.class);
        return null;
      });
    }
  }

  private static Path fileOf(MPart part) {
    return Path.of(workbench.syncExec(part::getTooltip));
  }

  /** Waits for the save prompt and presses one of its buttons, as a user would. */
  private static void answer(String button) throws InterruptedException {
    answer(DocumentSaveHandler.TITLE, button);
  }

  /** Waits for a dialog of the given title and presses one of its buttons, as a user would. */
  private static void answer(String title, String button) throws InterruptedException {
    Button found = waitFor(() -> workbench.syncExec(() -> {
      for (Shell shell : workbench.display().getShells()) {
        if (shell.isVisible() && title.equals(shell.getText())) {
          List<Button> buttons = new ArrayList<>();
          visit(shell, c -> {
            if (c instanceof Button b && b.getText().replace("&", "").equals(button)) {
              buttons.add(b);
            }
          });
          return buttons.isEmpty() ? null : buttons.get(0);
        }
      }
      return null;
    }), "the save prompt with " + button, false);
    workbench.syncExec(() -> {
      found.notifyListeners(SWT.Selection, new Event());
      return null;
    });
  }

  /** Posts a key without waiting for it to be handled: it may open a dialog that waits for us. */
  private static void postKey(int keyCode, char character, int modifiers) {
    workbench.postKey(keyCode, character, modifiers);
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

  private static Tree tree() {
    return find(Tree.class, CasebookPart.TREE_KEY);
  }

  private static TreeViewer viewer() {
    MPart part = (MPart) workbench.mainWindow().getContext().get(EModelService.class)
        .find("org.rapport.app.part.casebook", workbench.mainWindow());
    return ((CasebookPart) part.getObject()).viewer();
  }

  private static <T extends Control> T find(Class<T> type, String key) {
    return workbench.syncExec(() -> {
      List<T> found = new ArrayList<>();
      visit(workbench.mainShell(), c -> {
        if (type.isInstance(c) && c.getData(key) != null) {
          found.add(type.cast(c));
        }
      });
      return found.isEmpty() ? null : found.get(0);
    });
  }

  /** The texts of the tree's expanded leaves. */
  private static List<String> leaves(Tree tree) {
    List<String> texts = new ArrayList<>();
    for (TreeItem item : tree.getItems()) {
      collectLeaves(item, texts);
    }
    return texts;
  }

  private static void collectLeaves(TreeItem item, List<String> texts) {
    if (item.getItemCount() == 0 || item.getItem(0).getData() == null) {
      texts.add(item.getText());
      return;
    }
    for (TreeItem child : item.getItems()) {
      collectLeaves(child, texts);
    }
  }

  /** Whether another process-level lock holds the copy; a second open would fail then. */
  private static boolean isLocked() {
    try (FileChannel channel = FileChannel.open(casebook.resolve(".rapport.lock"), StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        lock.release();
        return false;
      }
      return true;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void visit(Control control, java.util.function.Consumer<Control> action) {
    RunningWorkbench.visit(control, action);
  }
}
