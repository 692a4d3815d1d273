// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The owner keys this workstation trusts for each casebook, by casebook id, in the
 * {@link Workstation}'s {@code owner-keys} ("{@code <casebook id> <fingerprint>}" a line). The
 * first look at a casebook pins the owner keys it finds; a later owner key counts only once it was
 * made here or accepted on purpose, because anyone who can write the index could add one and
 * endorse a supervisor of their own making with it.
 */
final class PinnedOwnerKeys {

  private static final String FILE = "owner-keys";

  private PinnedOwnerKeys() {
  }

  /** The fingerprints pinned for {@code casebookId}; empty when this workstation has not looked at it yet, or cannot tell. */
  static Set<String> of(String casebookId) {
    Set<String> pinned = new LinkedHashSet<>();
    for (String line : lines()) {
      String[] fields = line.split(" ");
      if (fields.length == 2 && fields[0].equals(casebookId)) {
        pinned.add(fields[1]);
      }
    }
    return pinned;
  }

  /** Adds {@code fingerprints} to what is pinned for {@code casebookId}; a list that cannot be written is left as it was. */
  static void pin(String casebookId, Set<String> fingerprints) {
    Set<String> known = of(casebookId);
    List<String> lines = new ArrayList<>(lines());
    boolean added = false;
    for (String fingerprint : fingerprints) {
      if (known.add(fingerprint)) {
        lines.add(casebookId + " " + fingerprint);
        added = true;
      }
    }
    if (!added) {
      return;
    }
    try {
      Path file = Workstation.file(FILE);
      Files.createDirectories(file.getParent());
      AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), AtomicFile.StepListener.NONE);
    } catch (IOException e) {
      // the casebook still opens; the next look pins again
    }
  }

  private static List<String> lines() {
    Path file = Workstation.file(FILE);
    try {
      return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of();   // unreadable: nothing is pinned, as on a workstation that never saw the casebook
    }
  }
}
