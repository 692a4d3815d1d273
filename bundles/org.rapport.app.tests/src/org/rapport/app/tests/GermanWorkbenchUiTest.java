// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workbench started with {@code -nl de} (this class runs in a runtime of its own, see the pom) speaks German: the menus and
 * the Preferences dialog show no English text of any Rapport bundle.
 */
class GermanWorkbenchUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  @Test
  void theRuntimeWasStartedInGerman() {
    assertEquals("de", Locale.getDefault().getLanguage(), "the surefire execution passes -nl de");
  }

  @Test
  void theMenusAreGerman() {
    List<String> bar = workbench.syncExec(() -> WorkbenchWindow.labels(workbench.mainShell().getMenuBar()));
    assertEquals(List.of("Datei", "Bearbeiten", "Fallbuch", "Fenster", "Hilfe"), bar);
    List<String> items = workbench.syncExec(() -> {
      List<String> all = new ArrayList<>();
      collect(workbench.mainShell().getMenuBar(), all);
      return all;
    });
    assertTrue(items.contains("Neue Sitzungsplanung") && items.contains("Neue Rahmenvereinbarung") && items.contains("Neue Reflexion"),
        "the editors' fragments are translated too: " + items);
    assertEquals(List.of(), english(items), "menu items still in English");
  }

  @Test
  void theExplorerTitleAndStatusLineAreGerman() throws Exception {
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    List<String> labels = workbench.syncExec(() -> {
      window.viewer().expandToLevel(2);
      List<String> shown = new ArrayList<>();
      for (org.eclipse.swt.widgets.TreeItem client : window.tree().getItems()) {
        shown.add(client.getText());
        for (org.eclipse.swt.widgets.TreeItem child : client.getItems()) {
          shown.add(child.getText());
        }
      }
      return shown;
    });
    assertTrue(labels.contains("CL-0417  (aktiv, 5 Sitzungen)"), labels.toString());
    assertTrue(labels.contains("Vereinbarungen (2)"), labels.toString());
    // the month in German, with its abbreviation's full stop
    assertTrue(labels.contains("Sitzung 1 \u00b7 10 Feb. 2026 10:00 \u00b7 stattgefunden"), labels.toString());
    assertEquals(List.of(), english(labels), "explorer labels still in English");
    String status = workbench.syncExec(() -> RunningWorkbench.withData(workbench.mainShell(), Label.class,
        org.rapport.app.internal.PersonStatusControl.DATA_KEY, Boolean.TRUE).getText());
    assertEquals("Nur lesen", status);
    String lab = workbench.syncExec(() -> RunningWorkbench.withData(workbench.mainShell(), Label.class,
        org.rapport.sync.ui.SyncStatusControl.DATA_KEY, Boolean.TRUE).getText());
    assertEquals("Nicht mit einem Institut geteilt", lab, "the lab line of a casebook not shared");
    List<String> columns = workbench.syncExec(() -> {
      List<String> names = new ArrayList<>();
      RunningWorkbench.visit(workbench.mainShell(), c -> {
        if (c instanceof org.eclipse.swt.widgets.Table table) {
          for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
            names.add(column.getText());
          }
        }
      });
      return names;
    });
    assertTrue(columns.containsAll(List.of("Problem", "Dokument", "Stelle")), "the Problems part's columns: " + columns);
    assertTrue(workbench.syncExec(() -> workbench.mainShell().getText()).endsWith("\u2014 nur lesen"));
  }

  @Test
  void preferencesAreGermanAndReachedWithCtrlComma() throws Exception {
    workbench.focusMainWindow();
    workbench.key(',', ',', SWT.CTRL);
    Shell dialog = workbench.waitFor(() -> workbench.dialog("Einstellungen"), "Ctrl+, opens the preferences, titled in German");
    List<String> texts = workbench.syncExec(() -> {
      List<String> shown = new ArrayList<>();
      RunningWorkbench.visit(dialog, control -> {
        if (control instanceof Label label) {
          shown.add(label.getText());
        } else if (control instanceof Button button) {
          shown.add(button.getText());
        } else if (control instanceof Combo combo) {
          shown.addAll(List.of(combo.getItems()));
        }
      });
      return shown;
    });
    assertTrue(texts.contains("Hell") && texts.contains("Dunkel"), texts.toString());
    assertTrue(texts.contains("Abbrechen"), "JFace's Cancel button in German: " + texts);
    assertTrue(texts.contains("Deutsch") && texts.contains("English"), "each language in its own words: " + texts);
    assertEquals(List.of(), english(texts), "texts of the dialog still in English");
    workbench.screenshot(dialog, Path.of("target/screenshots/preferences-de.png"));
    workbench.key(SWT.ESC, (char) SWT.ESC, 0);
    workbench.waitFor(() -> dialog.isDisposed() ? Boolean.TRUE : null, "Escape closes the dialog");
  }

  @Test
  void closingAChangedDocumentAsksInGerman() throws Exception {
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    MPart part = window.openPlan("CL-0417", 2);
    workbench.activate(part);
    workbench.typeOver(window.field(part, "materials"), "Flipchart");
    workbench.key(0, 'w', SWT.CTRL);
    String message = window.messageOf("Ungespeicherte \u00c4nderungen");
    assertTrue(message.contains("hat \u00c4nderungen, die nicht gespeichert sind.") && message.contains("Vor dem Weitermachen speichern?"),
        message);
    Shell prompt = workbench.dialog("Ungespeicherte \u00c4nderungen");
    List<String> buttons = workbench.syncExec(() -> {
      List<String> labels = new ArrayList<>();
      RunningWorkbench.visit(prompt, c -> {
        if (c instanceof Button button) {
          labels.add(plain(button.getText()));
        }
      });
      return labels;
    });
    assertEquals(Set.of("Speichern", "Nicht speichern", "Abbrechen"), Set.copyOf(buttons), "in the order GTK puts them");
    String id = window.idOf(part);
    window.answer("Ungespeicherte \u00c4nderungen", "Nicht speichern");
    workbench.waitFor(() -> workbench.documentPart(id) == null ? Boolean.TRUE : null, "closed without saving");
  }

  /** The texts among {@code shown} that are the English text of some Rapport bundle's key (and not also its German one). */
  private static List<String> english(List<String> shown) {
    Set<String> englishTexts = new HashSet<>();
    for (Translations texts : Translations.installed()) {
      for (String key : texts.english().stringPropertyNames()) {
        String english = plain(texts.english().getProperty(key));
        if (!english.equals(plain(texts.german().getProperty(key, "")))) {
          englishTexts.add(english);
        }
      }
    }
    // JFace's buttons: the fragment org.rapport.jface.de gives them in German ("OK" is German too)
    englishTexts.addAll(Set.of("Cancel", "Yes", "No", "Close"));
    return shown.stream().map(GermanWorkbenchUiTest::plain).filter(englishTexts::contains).toList();
  }

  private static String plain(String text) {
    return text.replace("&", "").replaceFirst("\t.*", "").strip();
  }

  private static void collect(Menu menu, List<String> into) {
    menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
    for (MenuItem item : menu.getItems()) {
      String text = plain(item.getText());
      if (!text.isEmpty()) {
        into.add(text);
      }
      if (item.getMenu() != null) {
        collect(item.getMenu(), into);
      }
    }
  }
}
