// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static Path list() {
    return Workstation.file(FILE);
  }

  private static String nameOf(Path folder) {
    return folder.toAbsolutePath().normalize().toString();
  }

  /** Whether {@code folder} was opened encrypted on this workstation. */
  static boolean remembers(Path folder) {
    try {
      Path list = list();
      return Files.isRegularFile(list) && Files.readAllLines(list, StandardCharsets.UTF_8).contains(nameOf(folder));
    } catch (IOException e) {
      return false;   // an unreadable list protects nothing, but must not stop work
    }
  }

  /** Remembers that {@code folder} is encrypted; a list that cannot be written is left as it was. */
  static void remember(Path folder) {
    if (remembers(folder)) {
      return;
    }
    try {
      Path list = list();
      Files.createDirectories(list.getParent());
      List<String> lines = Files.isRegularFile(list) ? new java.util.ArrayList<>(Files.readAllLines(list, StandardCharsets.UTF_8))
          : new java.util.ArrayList<>();
      lines.add(nameOf(folder));
      AtomicFile.write(list, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), AtomicFile.StepListener.NONE);
    } catch (IOException e) {
      // the casebook still opens; only this safeguard is missing
    }
  }
}
