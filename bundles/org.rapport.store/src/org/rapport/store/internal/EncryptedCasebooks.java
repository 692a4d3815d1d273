// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The casebooks this workstation has opened encrypted, remembered outside them (in the
 * {@link Workstation}'s {@code encrypted-casebooks}), so that one whose key file disappeared, and
 * whose files were put back in clear, is not opened as a plain casebook as if nothing had happened.
 */
final class EncryptedCasebooks {

  private static final String FILE = "encrypted-casebooks";

  private EncryptedCasebooks() {
  }

  private static String nameOf(Path folder) {
    return folder.toAbsolutePath().normalize().toString();
  }

  /** Whether {@code folder} was opened encrypted on this workstation (an unreadable list protects nothing, but must not stop work). */
  static boolean remembers(Path folder) {
    return Workstation.lines(FILE).orElse(List.of()).contains(nameOf(folder));
  }

  /** Remembers that {@code folder} is encrypted; a list that cannot be written is left as it was. */
  static void remember(Path folder) {
    Workstation.lines(FILE).filter(lines -> !lines.contains(nameOf(folder))).ifPresent(lines -> {
      List<String> more = new ArrayList<>(lines);
      more.add(nameOf(folder));
      Workstation.write(FILE, more);
    });
  }
}
