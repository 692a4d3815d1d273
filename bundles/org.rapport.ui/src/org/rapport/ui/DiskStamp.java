// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * When an open document's file was last written, as Rapport read or saved it: a later time on disk
 * means another program changed the file since.
 */
final class DiskStamp {

  private final Path file;
  private FileTime stamp;

  /** {@code file} and {@code stamp} may be null (a document not read from a file): then nothing is ever reported. */
  DiskStamp(Path file, FileTime stamp) {
    this.file = file;
    this.stamp = stamp;
  }

  /** Whether the file changed on disk since it was read or saved; reported once per change. */
  boolean changedSinceRead() {
    if (file == null || stamp == null) {
      return false;
    }
    FileTime now;
    try {
      now = Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return false;   // a missing file is reported when saving; saving writes it again
    }
    if (now.equals(stamp)) {
      return false;
    }
    stamp = now;
    return true;
  }

  /** Asks whether to read the document called {@code label} again; whether the user said yes. */
  boolean askToReadAgain(Shell shell, String label, boolean dirty) {
    return MessageDialog.openQuestion(shell, DocumentEditor.CHANGED_TITLE, "\u201c" + label
        + "\u201d was changed on disk by another program since Rapport read it.\n\nRead it again?"
        + (dirty ? " Your unsaved changes here would be lost." : ""));
  }

  /** Rapport itself wrote the file (a save, a change of passphrase): what is on disk now is what it knows. */
  void restamp() {
    if (file == null) {
      return;
    }
    try {
      stamp = Files.getLastModifiedTime(file);
    } catch (IOException e) {
      stamp = null;
    }
  }
}
