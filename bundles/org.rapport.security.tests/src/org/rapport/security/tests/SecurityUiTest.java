// SPDX-License-Identifier: EPL-2.0
package org.rapport.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.handlers.OpenCasebookHandler;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.audit.ui.ShowAuditHandler;
import org.rapport.deidentify.ui.ExportHandler;
import org.rapport.deidentify.ui.ExportLocation;
import org.rapport.lock.InactivityLock;
import org.rapport.passphrase.EncryptHandler;
import org.rapport.retention.RetentionHandler;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.model.time.Dates;

/**
 * The demo casebook encrypted from the Casebook menu, the audit trail shown, the casebook opened
 * again with a wrong and then the right passphrase, and the workbench locked after inactivity and
 * unlocked with the unsaved edit still there; all with real key presses in the real workbench.
 */
class SecurityUiTest {

  private static final String PASSPHRASE = "quiet harbour lamp";
  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook()
      .withProperty("rapport.kdf.memoryKiB", "8192")
      .withProperty("rapport.lock.seconds", "0")
      .asUser("P-trainee-1");

  @Test
  void theDemoCasebookIsEncryptedFromTheMenuAndNoClientCodeIsLeftInClearOnDisk() throws Exception {
    // a document open meanwhile: its file is written again, by Rapport, with the same content
    workbench.openDocument("CL-0552-S02-plan");
    MPart open = workbench.waitFor(() -> workbench.documentPart("CL-0552-S02-plan"), "the plan opens");
    encryptFromTheMenu();
    assertTrue(CasebookFolders.isEncrypted(workbench.casebook()));
    assertTrue(workbench.syncExec(() -> active().keys().encrypted()));
    try (Stream<Path> files = Files.walk(workbench.casebook().resolve("clients"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("CL-0") || bytes.contains("<?xml"), file + " is in clear");
      }
    }
    // activated again, the open plan does not take that for a change by another program
    // (asynchronously: the question, were it asked, would be modal and hold the UI thread)
    workbench.display().asyncExec(() -> workbench.mainWindow().getContext().get(EPartService.class).activate(open));
    Thread.sleep(1000);
    Shell asked = workbench.dialog(org.rapport.ui.DocumentEditor.CHANGED_TITLE);
    if (asked != null) {
      workbench.syncExec(() -> {
        asked.close();
        return null;
      });
    }
    assertEquals(null, asked, "no 'changed outside Rapport' question");
    workbench.close(open);
  }

  @Test
  void ctrlAltTShowsTheAuditTrailWithTheEncryptionAndAnIntactChain() throws Exception {
    encryptFromTheMenu();
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
      RunningWorkbench.visit(workbench.mainShell(), c -> {
        if (c instanceof org.eclipse.swt.widgets.Tree tree) {
          trees.add(tree);
        }
      });
      trees.get(0).setFocus();
      return null;
    });
    workbench.settle();
    workbench.key(0, 't', SWT.CTRL | SWT.ALT);
    MPart part = workbench.waitFor(() -> workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class)
        .findPart(ShowAuditHandler.DESCRIPTOR)), "Ctrl+Alt+T shows the audit trail");
    assertEquals("org.rapport.app.partstack.bottom", workbench.syncExec(() -> part.getParent().getElementId()));
    List<String> actions = workbench.syncExec(() -> {
      List<String> found = new ArrayList<>();
      RunningWorkbench.visit((Control) part.getWidget(), c -> {
        if (c instanceof Table table) {
          for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
            found.add(item.getText(2));
          }
        }
      });
      return found;
    });
    assertEquals("encrypt", actions.get(0), "newest first: " + actions);
    assertTrue(actions.contains("open"), actions.toString());
    assertTrue(workbench.syncExec(() -> labels((Control) part.getWidget())).contains("every link of the chain holds"));
  }

  @Test
  void reopeningAsksThePassphraseAndAWrongOneIsSaidSo() throws Exception {
    encryptFromTheMenu();
    workbench.syncExec(() -> {
      workbench.mainWindow().getContext().get(ActiveCasebook.class).close();
      return null;
    });
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> OpenCasebookHandler.open(workbench.casebook(), workbench.mainShell(), context.get(ActiveCasebook.class),
        context.get(CasebookStore.class), context.get(MApplication.class), context.get(EPartService.class), context.get(EModelService.class)));
    Shell first = focus("Open Casebook");
    workbench.type("not the passphrase");
    workbench.key(SWT.CR, '\r', 0);
    Shell second = workbench.waitFor(() -> {
      Shell shell = workbench.dialog("Open Casebook");
      return shell != null && shell != first && labels(shell).contains("Wrong passphrase") ? shell : null;
    }, "a wrong passphrase is said so");
    focusShell(second);
    workbench.type(PASSPHRASE);
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.mainWindow().getContext().get(ActiveCasebook.class).current().isPresent() ? Boolean.TRUE : null,
        "the casebook opens with its passphrase");
    assertTrue(workbench.syncExec(() -> active().keys().encrypted()));
  }

  @Test
  void afterInactivityTheWorkbenchLocksAndUnlocksWithTheUnsavedEditKept() throws Exception {
    encryptFromTheMenu();
    String plan = "CL-0417-S03-plan";
    workbench.openDocument(plan);
    MPart part = workbench.waitFor(() -> workbench.documentPart(plan), "the plan opens");
    Text field = workbench.syncExec(() -> RunningWorkbench.withData((Control) part.getWidget(), Text.class,
        org.rapport.ui.DocumentEditor.FIELD_KEY, "materials"));
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      field.setFocus();
      field.setSelection(field.getText().length());
      return null;
    });
    workbench.type(" and a timer");
    assertTrue(workbench.syncExec(part::isDirty));
    // a dialog left open over the window, showing something of a client's
    org.eclipse.swt.widgets.Label inDialog = workbench.syncExec(() -> {
      Shell dialog = new Shell(workbench.mainShell(), SWT.DIALOG_TRIM);
      dialog.setText("A comment being written");
      dialog.setLayout(new org.eclipse.swt.layout.FillLayout());
      org.eclipse.swt.widgets.Label label = new org.eclipse.swt.widgets.Label(dialog, SWT.NONE);
      label.setText("CL-0417 said the panic started on the bus");
      dialog.setSize(400, 120);
      dialog.open();
      workbench.mainShell().forceActive();
      field.setFocus();
      return label;
    });
    System.setProperty("rapport.lock.seconds", "2");
    Shell lock = workbench.waitFor(() -> workbench.dialog(InactivityLock.TITLE), "the workbench locks");
    assertFalse(workbench.syncExec(() -> ((Control) part.getWidget()).isVisible()), "the documents are hidden");
    assertFalse(workbench.syncExec(inDialog::isVisible), "an open dialog's contents are hidden too");
    workbench.screenshot(Path.of("target/screenshots/locked.png"), 1280, 900);
    System.setProperty("rapport.lock.seconds", "0");
    focusShell(lock);
    workbench.type("guess");
    workbench.key(SWT.CR, '\r', 0);
    Shell again = workbench.waitFor(() -> {
      Shell shell = workbench.dialog(InactivityLock.TITLE);
      return shell != null && shell != lock && labels(shell).contains("Wrong passphrase") ? shell : null;
    }, "a wrong passphrase keeps it locked");
    assertFalse(workbench.syncExec(() -> ((Control) part.getWidget()).isVisible()));
    focusShell(again);
    workbench.type(PASSPHRASE);
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.dialog(InactivityLock.TITLE) == null && ((Control) part.getWidget()).isVisible() ? Boolean.TRUE : null,
        "the right passphrase unlocks it");
    assertTrue(workbench.syncExec(part::isDirty), "the unsaved edit is still there");
    assertTrue(workbench.syncExec(field::getText).endsWith("and a timer"));
    assertTrue(workbench.syncExec(inDialog::isVisible), "the dialog shows its contents again");
    workbench.syncExec(() -> {
      inDialog.getShell().dispose();
      return null;
    });
    workbench.syncExec(() -> workbench.mainWindow().getContext().get(EPartService.class).savePart(part, false));   // clean up
    workbench.waitFor(() -> part.isDirty() ? null : Boolean.TRUE, "saved");
    List<String> actions = workbench.syncExec(() -> active().audit().entries().stream().map(e -> e.action()).toList());
    assertTrue(actions.containsAll(List.of("lock", "unlock workbench", "update")), actions.toString());
    assertTrue(workbench.syncExec(() -> active().audit().entries().stream()
        .anyMatch(e -> "read".equals(e.action()) && plan.equals(e.documentId()))), "opening the plan is in the trail: " + actions);
  }

  @Test
  void theSelectedClientIsExportedDeidentifiedAfterAPreviewOfEveryChange() throws Exception {
    Path target = Files.createTempDirectory("rapport-export").resolve("teaching");
    workbench.syncExec(() -> {
      workbench.mainWindow().getContext().getParent().set(ExportLocation.class, shell -> target);
      return null;
    });
    // the client selected in the explorer is exported: CL-0417, the first
    int documents = workbench.syncExec(() -> {
      org.rapport.model.ClientCase client = active().index().getClients().get(0);
      List<org.eclipse.swt.widgets.Tree> trees = new ArrayList<>();
      RunningWorkbench.visit(workbench.mainShell(), c -> {
        if (c instanceof org.eclipse.swt.widgets.Tree tree) {
          trees.add(tree);
        }
      });
      workbench.mainShell().forceActive();
      trees.get(0).setFocus();
      trees.get(0).setSelection(trees.get(0).getItem(0));
      trees.get(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
      return client.getAgreements().size() + client.getSessions().stream().mapToInt(session -> session.getDocuments().size()).sum();
    });
    workbench.settle();
    run("org.rapport.security.command.export");
    Shell preview = workbench.waitFor(() -> workbench.dialog(ExportHandler.TITLE), "the preview opens");
    String summary = workbench.syncExec(() -> labels(preview));
    assertTrue(summary.contains(documents + " documents of client CL-0417"), summary);
    int rows = workbench.syncExec(() -> {
      int[] count = {0};
      RunningWorkbench.visit(preview, c -> {
        if (c instanceof Table table) {
          count[0] = table.getItemCount();
        }
      });
      return count[0];
    });
    assertTrue(rows > documents, "every change is listed: " + rows);
    // the first text is shown with its replacements on a yellow ground; Export waits for the check box
    String shown = workbench.syncExec(() -> {
      StringBuilder highlighted = new StringBuilder();
      RunningWorkbench.visit(preview, c -> {
        if (c instanceof org.eclipse.swt.custom.StyledText text) {
          for (org.eclipse.swt.custom.StyleRange range : text.getStyleRanges()) {
            if (range.background != null) {
              highlighted.append('[').append(text.getTextRange(range.start, range.length)).append(']');
            }
          }
        }
      });
      return highlighted.toString();
    });
    assertFalse(shown.isEmpty(), "the text shown highlights what is replaced");
    assertTrue(workbench.syncExec(() -> labels(preview)).contains("Capitalised words kept"), "the kept capitalised words are listed");
    Button export = workbench.syncExec(() -> button(preview, "&Export\u2026"));
    assertFalse(workbench.syncExec(export::isEnabled), "Export waits until the texts were read");
    workbench.screenshot(Path.of("target/screenshots/export-preview.png"), 1280, 900);
    workbench.focus(preview);
    workbench.syncExec(() -> Boolean.valueOf(button(preview, ExportHandler.READ_LABEL).setFocus()));
    workbench.key(' ', ' ', 0);
    workbench.waitFor(() -> export.isEnabled() ? Boolean.TRUE : null, "ticking the check box enables Export");
    workbench.key(SWT.CR, '\r', 0);
    Shell done = workbench.waitFor(() -> {
      Shell shell = workbench.dialog(ExportHandler.TITLE);
      return shell != null && shell != preview ? shell : null;
    }, "the export is reported");
    workbench.focus(done);
    workbench.key(SWT.CR, '\r', 0);
    try (Stream<Path> files = Files.list(target)) {
      List<Path> written = files.toList();
      assertEquals(documents + 1, written.size(), "the documents and the list of changes: " + written);
      for (Path file : written) {
        String text = Files.readString(file);
        assertFalse(text.contains("CL-0417") || text.contains("CL-0552") || text.contains("Fairweather"), file + " still identifies");
      }
    }
    assertTrue(workbench.syncExec(() -> active().audit().entries().stream().anyMatch(e -> "export".equals(e.action()))));
  }

  /** The button of {@code shell} labelled {@code label}, mnemonic and all. */
  private static Button button(Shell shell, String label) {
    Button[] found = {null};
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Button button && label.equals(button.getText())) {
        found[0] = button;
      }
    });
    assertNotNull(found[0], "no button " + label);
    return found[0];
  }

  /** Casebook > Encrypt or Change Passphrase, the passphrase typed twice, the report closed with Enter. */
  private static void encryptFromTheMenu() throws InterruptedException {
    run("org.rapport.security.command.passphrase");
    Shell ask = focus(EncryptHandler.TITLE);
    workbench.type(PASSPHRASE);
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type(PASSPHRASE);
    workbench.key(SWT.CR, '\r', 0);
    Shell done = workbench.waitFor(() -> {
      Shell shell = workbench.dialog(EncryptHandler.TITLE);
      return shell != null && shell != ask && labels(shell).contains("encrypted now") ? shell : null;
    }, "the casebook is encrypted");
    workbench.focus(done);
    workbench.syncExec(() -> {
      done.setFocus();
      return null;
    });
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.dialog(EncryptHandler.TITLE) == null ? Boolean.TRUE : null, "Enter closes the report");
  }

  // ---- helpers

  private static OpenCasebook active() {
    return workbench.mainWindow().getContext().get(ActiveCasebook.class).current().orElseThrow();
  }

  /** Runs a command as its menu item would (posted: it opens dialogs). */
  @Test
  void deletingADocumentPastItsRetentionClosesItsOpenEditorSoNoSaveWritesItAgain() throws Exception {
    String id = "CL-0552-S02-plan";
    Path file = workbench.casebook().resolve("clients/CL-0552/sessions/02-plan.xmi");
    assertTrue(Files.exists(file));
    workbench.openDocument(id);
    MPart part = workbench.waitFor(() -> workbench.documentPart(id), "the plan opens");
    Text field = workbench.syncExec(() -> RunningWorkbench.withData((Control) part.getWidget(), Text.class,
        org.rapport.ui.DocumentEditor.FIELD_KEY, "materials"));
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      field.setFocus();
      return null;
    });
    workbench.type("x");
    assertTrue(workbench.syncExec(part::isDirty));
    // the session held long ago, and a retention period of 7 years
    workbench.syncExec(() -> {
      active().index().setRetentionYears(7);
      active().index().getClients().stream().filter(c -> c.getCode().equals("CL-0552")).findFirst().orElseThrow().getSessions().stream()
          .filter(session -> session.getDocuments().stream().anyMatch(entry -> id.equals(entry.getDocumentId()))).findFirst()
          .orElseThrow().setDateTime(Dates.of(java.time.LocalDateTime.of(2015, 3, 2, 10, 0)));
      return null;
    });
    run("org.rapport.security.command.retention");
    Shell review = workbench.waitFor(() -> workbench.dialog(RetentionHandler.TITLE), "the retention review");
    org.eclipse.swt.widgets.Button delete = workbench.syncExec(() -> {
      List<org.eclipse.swt.widgets.Table> tables = new ArrayList<>();
      List<org.eclipse.swt.widgets.Button> buttons = new ArrayList<>();
      RunningWorkbench.visit(review, c -> {
        if (c instanceof org.eclipse.swt.widgets.Table table) {
          tables.add(table);
        } else if (c instanceof org.eclipse.swt.widgets.Button button && button.getText().startsWith("&Delete Securely")) {
          buttons.add(button);
        }
      });
      org.eclipse.swt.widgets.Table table = tables.get(0);
      for (int row = 0; row < table.getItemCount(); row++) {
        if (id.equals(table.getItem(row).getText(1))) {
          table.setSelection(row);
        }
      }
      return table.getSelectionCount() == 1 ? buttons.get(0) : null;
    });
    assertTrue(delete != null, "the plan is listed as past its retention");
    workbench.focus(review);
    workbench.syncExec(() -> {
      delete.setFocus();
      return null;
    });
    workbench.key(' ', ' ', 0);
    Shell confirm = workbench.waitFor(() -> workbench.syncExec(() -> {
      for (Shell shell : workbench.display().getShells()) {
        if (shell != review && shell.isVisible() && RetentionHandler.TITLE.equals(shell.getText())) {
          return shell;
        }
      }
      return null;
    }), "the deletion is confirmed first");
    String question = workbench.syncExec(() -> labels(confirm));
    assertTrue(question.contains("open in an editor"), question);
    workbench.focus(confirm);
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> Files.exists(file) ? null : Boolean.TRUE, "the file is deleted");
    assertEquals(null, workbench.documentPart(id), "its editor was closed");
    workbench.syncExec(() -> {
      review.close();
      workbench.mainWindow().getContext().get(EPartService.class).saveAll(false);
      return null;
    });
    assertFalse(Files.exists(file), "no save writes the deleted document again");
  }

  private static void run(String command) {
    IEclipseContext context = workbench.syncExec(() -> workbench.mainWindow().getContext());
    workbench.display().asyncExec(() -> context.get(EHandlerService.class)
        .executeHandler(context.get(ECommandService.class).createCommand(command, Map.of())));
  }

  /** Waits for the dialog and puts the cursor in its first text field, as a window manager would. */
  private static Shell focus(String title) throws InterruptedException {
    Shell dialog = workbench.waitFor(() -> workbench.dialog(title), "the " + title + " dialog");
    focusShell(dialog);
    return dialog;
  }

  private static void focusShell(Shell dialog) throws InterruptedException {
    workbench.focus(dialog);
    workbench.syncExec(() -> {
      List<Text> fields = new ArrayList<>();
      RunningWorkbench.visit(dialog, c -> {
        if (c instanceof Text t && t.isEnabled()) {
          fields.add(t);
        }
      });
      fields.get(0).setFocus();
      return null;
    });
    workbench.settle();
  }

  private static String labels(Control root) {
    StringBuilder text = new StringBuilder();
    RunningWorkbench.visit(root, c -> {
      if (c instanceof Label l) {
        text.append(l.getText()).append('\n');
      }
    });
    return text.toString();
  }
}
