// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.extension.Exporter;

/**
 * The file an institution's export is written to. Casebook > Export With... asks the one in the
 * Eclipse context (a lab with a fixed folder, or a test without a native dialog), else the user.
 */
@FunctionalInterface
public interface ExportTarget {

  /** Asks with the platform's save dialog, which confirms replacing an existing file. */
  ExportTarget ASK = (shell, exporter, suggested) -> {
    FileDialog dialog = new FileDialog(shell, SWT.SAVE);
    dialog.setText(exporter.label());
    dialog.setFileName(suggested);
    dialog.setFilterExtensions(new String[] {"*." + exporter.fileExtension(), "*"});
    dialog.setOverwrite(true);
    String chosen = dialog.open();
    return chosen == null ? null : Path.of(chosen);
  };

  /** The file to write, or null when the user cancelled. */
  Path choose(Shell shell, Exporter exporter, String suggestedName);
}
