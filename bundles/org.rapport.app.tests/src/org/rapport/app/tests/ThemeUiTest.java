// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Edit > Preferences switches between the light and the dark theme at once, through e4's theme engine. */
class ThemeUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void theDarkThemeIsChosenInPreferencesAndAppliedAtOnce() throws Exception {
    assertTrue(brightness(explorerBackground()) > 0.8, "the product starts light: " + explorerBackground());
    choose("Dark");
    double dark = brightness(explorerBackground());
    assertTrue(dark < 0.25, "the explorer turned dark without a restart: " + explorerBackground());
    RGB text = workbench.syncExec(() -> window.tree().getForeground().getRGB());
    assertTrue(brightness(text) - dark > 0.6, "its text stays readable: " + text);
    workbench.screenshot(workbench.mainShell(), Path.of("target/screenshots/dark-theme.png"));   // at its size: the other tests need the window as it is
    choose("Light");
    assertTrue(brightness(explorerBackground()) > 0.8, "and back: " + explorerBackground());
  }

  /** Opens Preferences with Ctrl+, and confirms the appearance with Enter. */
  private void choose(String appearance) throws InterruptedException {
    workbench.focusMainWindow();
    workbench.key(',', ',', SWT.CTRL);
    Shell dialog = workbench.waitFor(() -> workbench.dialog("Preferences"), "Ctrl+, opens the preferences");
    workbench.syncExec(() -> {
      List<Combo> combos = new ArrayList<>();
      List<Spinner> fields = new ArrayList<>();
      RunningWorkbench.visit(dialog, c -> {
        if (c instanceof Combo combo && List.of(combo.getItems()).contains("Dark")) {
          combos.add(combo);
        } else if (c instanceof Spinner spinner) {
          fields.add(spinner);
        }
      });
      Combo choice = combos.getFirst();
      choice.select(List.of(choice.getItems()).indexOf(appearance));
      // Enter in a field presses the dialog's default button, OK
      fields.getFirst().setFocus();
      return null;
    });
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> dialog.isDisposed() ? Boolean.TRUE : null, "Enter confirms the preferences");
    workbench.settle();
  }

  private RGB explorerBackground() {
    return workbench.syncExec(() -> window.tree().getBackground().getRGB());
  }

  /** Relative luminance, 0 (black) to 1 (white), as WCAG defines it. */
  static double brightness(RGB color) {
    return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
