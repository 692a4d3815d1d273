// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where this workstation keeps what it remembers about casebooks, outside them:
 * {@code ~/.rapport}, or the folder the system property {@code rapport.workstation} names (tests).
 * Each memory is a small text file of lines. One that cannot be read counts as empty, and one that
 * cannot be written is left as it was: the casebook still opens, only that safeguard lags.
 */
final class Workstation {

  private Workstation() {
  }

  /** The file {@code name} in the workstation's folder. */
  static Path file(String name) {
    String folder = System.getProperty("rapport.workstation");
    return (folder != null ? Path.of(folder) : Path.of(System.getProperty("user.home"), ".rapport")).resolve(name);
  }

  /** The lines of the memory {@code name} (none when it is missing), or empty when it cannot be read: then it is not written over either. */
  static Optional<List<String>> lines(String name) {
    Path file = file(name);
    try {
      return Optional.of(Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Replaces the memory {@code name} with {@code lines}, atomically; whether it was written. */
  static boolean write(String name, List<String> lines) {
    try {
      Path file = file(name);
      Files.createDirectories(file.getParent());
      AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), AtomicFile.StepListener.NONE);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
