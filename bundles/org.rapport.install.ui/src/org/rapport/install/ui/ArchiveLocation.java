// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Which archive to install. The handler asks the one in its context (tests put their own there and
 * need no native dialog); without one, the user chooses a file.
 */
@FunctionalInterface
public interface ArchiveLocation {

  /** The user chooses an extension archive. */
  ArchiveLocation ASK = ask("Install Extension from Archive", "Extension archives (*.zip)");

  /** The user chooses a zip file in the platform's file dialog, titled {@code title}. */
  static ArchiveLocation ask(String title, String filterName) {
    return shell -> {
      FileDialog dialog = new FileDialog(shell, SWT.OPEN);
      dialog.setText(title);
      dialog.setFilterExtensions(new String[] {"*.zip", "*"});
      dialog.setFilterNames(new String[] {filterName, "All files"});
      String chosen = dialog.open();
      return chosen == null ? null : Path.of(chosen);
    };
  }

  /** The archive, or null when the user cancelled. */
  Path choose(Shell shell);
}
