// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.rapport.app.parts.CasebookPart;
import org.rapport.app.parts.ProblemsPart;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentParts;
import org.rapport.ui.OutlineEditor;

/**
 * The main window as the shell's UI tests see it: the explorer, the menus, the Problems part,
 * the fields of an open document, and the dialogs a user answers. Every method may be called
 * from the test thread.
 */
@SuppressWarnings("restriction")
final class WorkbenchWindow {

  private final RunningWorkbench workbench;

  WorkbenchWindow(RunningWorkbench workbench) {
    this.workbench = workbench;
  }

  /**
   * The shell is tested with its generic editor: the document editors have UI tests of their own.
   * Given to {@link RunningWorkbench#afterStart}.
   */
  static void withTheGenericEditorOnly(RunningWorkbench workbench) {
    workbench.syncExec(() -> workbench.mainWindow().getContext().get(MApplication.class)
        .getDescriptors().removeIf(descriptor -> descriptor.getTags().stream()
            .anyMatch(tag -> tag.startsWith(DocumentParts.EDITS) && !tag.equals(DocumentParts.EDITS_ANYTHING))));
  }

  /** The workbench every UI test of the shell runs on: kept copies every second, the generic editor only. */
  static RunningWorkbench onDemoCasebook() {
    return RunningWorkbench.onDemoCasebook()
        .withProperty("rapport.recovery.seconds", "1")
        .afterStart(WorkbenchWindow::withTheGenericEditorOnly);
  }

  IEclipseContext context() {
    return workbench.syncExec(() -> workbench.mainWindow().getContext());
  }

  ActiveCasebook active() {
    return workbench.syncExec(() -> context().get(ActiveCasebook.class));
  }

  // ---- commands and dialogs

  ParameterizedCommand command(String id) {
    return context().get(ECommandService.class).createCommand(id, null);
  }

  /** Runs a command as its menu item would, without waiting: it may open a dialog. */
  void run(String id) {
    IEclipseContext context = context();
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(command(id)));
  }

  boolean canExecute(String id) {
    return workbench.syncExec(() -> context().get(EHandlerService.class).canExecute(command(id)));
  }

  /** The visible shell with this title (spaces around it ignored), or null. */
  Shell shellTitled(String title) {
    return workbench.syncExec(() -> {
      for (Shell shell : workbench.display().getShells()) {
        if (shell.isVisible() && title.equals(shell.getText().strip())) {
          return shell;
        }
      }
      return null;
    });
  }

  /** The button of a shell with this label (mnemonic marker ignored), or null. Call on the UI thread. */
  static Button button(Shell shell, String text) {
    List<Button> buttons = new ArrayList<>();
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Button b && b.getText().replace("&", "").equals(text)) {
        buttons.add(b);
      }
    });
    return buttons.isEmpty() ? null : buttons.get(0);
  }

  /** The texts and labels of a shell, one a line. Call on the UI thread. */
  static String dialogText(Shell shell) {
    StringBuilder text = new StringBuilder();
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Text t) {
        text.append(t.getText()).append('\n');
      } else if (c instanceof Label l) {
        text.append(l.getText()).append('\n');
      }
    });
    return text.toString();
  }

  /** Waits for the save prompt and presses one of its buttons, as a user would. */
  void answer(String button) throws InterruptedException {
    answer(Translations.english("org.rapport.app", "save_title"), button);
  }

  /** Waits for a dialog of the given title and presses one of its buttons, as a user would. */
  void answer(String title, String button) throws InterruptedException {
    Button found = workbench.waitFor(() -> {
      Shell shell = shellTitled(title);
      return shell == null ? null : button(shell, button);
    }, "the dialog '" + title + "' with " + button);
    workbench.syncExec(() -> {
      found.notifyListeners(SWT.Selection, new Event());
      return null;
    });
  }

  /** The labels of the dialog with this title, once it shows, joined by spaces. */
  String messageOf(String title) throws InterruptedException {
    return workbench.waitFor(() -> {
      Shell shell = shellTitled(title);
      if (shell == null) {
        return null;
      }
      List<String> texts = new ArrayList<>();
      RunningWorkbench.visit(shell, c -> {
        if (c instanceof Label label) {
          texts.add(label.getText());
        }
      });
      return String.join(" ", texts);
    }, "the dialog '" + title + "'");
  }

  // ---- menus

  static List<String> labels(Menu menu) {
    List<String> labels = new ArrayList<>();
    for (MenuItem item : menu.getItems()) {
      // drop the mnemonic marker and the accelerator text that follows a tab
      labels.add(item.getText().replace("&", "").replaceFirst("\t.*", ""));
    }
    return labels;
  }

  List<String> submenu(String name) {
    return workbench.syncExec(() -> labels(menu(name)));
  }

  /** A menu of the menu bar, filled and updated as when it is about to show. Call on the UI thread. */
  Menu menu(String name) {
    for (MenuItem item : workbench.mainShell().getMenuBar().getItems()) {
      if (item.getText().replace("&", "").equals(name)) {
        Menu menu = item.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
      }
    }
    throw new AssertionError("no menu " + name);
  }

  // ---- the explorer

  Tree tree() {
    return find(Tree.class, CasebookPart.TREE_KEY);
  }

  TreeViewer viewer() {
    return workbench.syncExec(() -> {
      MPart part = (MPart) models().find("org.rapport.app.part.casebook", workbench.mainWindow());
      return ((CasebookPart) part.getObject()).viewer();
    });
  }

  /** Selects an element in the explorer and gives the explorer the keyboard. */
  void select(Object element) throws InterruptedException {
    workbench.focusExplorer();
    workbench.syncExec(() -> {
      viewer().setSelection(new StructuredSelection(element), true);
      tree().setFocus();
      return null;
    });
  }

  /** The texts of the tree's expanded leaves. Call on the UI thread. */
  static List<String> leaves(Tree tree) {
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

  <T extends Control> T find(Class<T> type, String key) {
    return workbench.syncExec(() -> RunningWorkbench.withData(workbench.mainShell(), type, key, null));
  }

  EModelService models() {
    return workbench.syncExec(() -> context().get(EModelService.class));
  }

  // ---- documents

  /** Opens the {@code sessionIndex}-th plan of a client with Enter in the explorer. */
  MPart openPlan(String client, int sessionIndex) throws InterruptedException {
    DocumentEntry entry = workbench.syncExec(() -> active().current().orElseThrow().index().getClients().stream()
        .filter(c -> c.getCode().equals(client)).findFirst().orElseThrow().getSessions().stream()
        .flatMap(s -> s.getDocuments().stream()).filter(d -> d.getKind() == DocumentKind.PLAN)
        .skip(sessionIndex).findFirst().orElseThrow());
    select(entry);
    workbench.key(SWT.CR, '\r', 0);
    return workbench.waitFor(() -> workbench.documentPart(entry.getDocumentId()), "the plan " + entry.getDocumentId() + " opens");
  }

  /** Opens the plan of a client's session from the explorer and types a new length into it. */
  MPart openAndEditLength(String client, int sessionIndex, String minutes) throws InterruptedException {
    MPart part = openPlan(client, sessionIndex);
    typeInto(part, "lengthMinutes", minutes);
    workbench.waitFor(() -> part.isDirty() ? part : null, "the edit makes the plan dirty");
    return part;
  }

  /** Types a value over a field's text and presses Enter. */
  void typeInto(MPart part, String attribute, String value) throws InterruptedException {
    Text field = field(part, attribute);
    workbench.typeOver(field, value);
    workbench.key(SWT.CR, '\r', 0);
  }

  /** The one text field of an open document that edits {@code attribute}. */
  Text field(MPart part, String attribute) {
    List<Text> found = new ArrayList<>();
    workbench.syncExec(() -> {
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Text t && attribute.equals(c.getData(OutlineEditor.FIELD_KEY))) {
          found.add(t);
        }
      });
      return null;
    });
    assertEquals(1, found.size(), "one field for " + attribute);
    return found.get(0);
  }

  /** The text of a document's tab, with its dirty marker. */
  String tabText(MPart part) {
    return workbench.syncExec(() -> {
      List<String> texts = new ArrayList<>();
      RunningWorkbench.visit(workbench.mainShell(), c -> {
        if (c instanceof CTabFolder folder) {
          for (CTabItem item : folder.getItems()) {
            if (item.getData(AbstractPartRenderer.OWNING_ME) == part) {
              texts.add(item.getText());
            }
          }
        }
      });
      return texts.isEmpty() ? "" : texts.get(0);
    });
  }

  Path fileOf(MPart part) {
    return Path.of(workbench.syncExec(part::getTooltip));
  }

  String idOf(MPart part) {
    return workbench.syncExec(() -> part.getPersistedState().get(DocumentParts.DOCUMENT_ID));
  }

  // ---- Problems

  ProblemsPart problemsPart() {
    return workbench.syncExec(() -> (ProblemsPart) ((MPart) models().find("org.rapport.app.part.problems", workbench.mainWindow())).getObject());
  }

  List<String> problemMessages() {
    return workbench.syncExec(() -> problemsPart().rows().stream().map(r -> r.problem().message()).toList());
  }
}
