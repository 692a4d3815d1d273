// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.ui;

import java.nio.file.Path;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** Where a de-identified export goes; the one in the Eclipse context is asked (tests put one there), else the user chooses. */
@FunctionalInterface
public interface ExportLocation {

  /** Asks with the platform's folder dialog. */
  ExportLocation ASK = shell -> {
    DirectoryDialog dialog = new DirectoryDialog(shell);
    dialog.setText("Export De-identified");
    dialog.setMessage("Choose an empty folder for the de-identified copies.");
    String chosen = dialog.open();
    return chosen == null ? null : Path.of(chosen);
  };

  /** The folder to write into, or null when the user cancelled. */
  Path choose(Shell shell);
}
