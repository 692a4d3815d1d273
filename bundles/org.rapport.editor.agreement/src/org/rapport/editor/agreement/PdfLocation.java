// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where a printed agreement goes. The editor asks the one in its context, so a lab can put prints
 * in a fixed folder (and tests need no native dialog); without one, the user is asked.
 */
@FunctionalInterface
public interface PdfLocation {

  /** Asks with the platform's save dialog, which confirms replacing an existing file. */
  PdfLocation ASK = (shell, suggested) -> {
    FileDialog dialog = new FileDialog(shell, SWT.SAVE);
    dialog.setText("Print Agreement to PDF");
    dialog.setFileName(suggested);
    dialog.setFilterExtensions(new String[] {"*.pdf"});
    dialog.setOverwrite(true);
    String chosen = dialog.open();
    return chosen == null ? null : Path.of(chosen.endsWith(".pdf") ? chosen : chosen + ".pdf");
  };

  /** The file to write, or null when the user cancelled. */
  Path choose(Shell shell, String suggestedName);
}
