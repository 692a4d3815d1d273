// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The newest audit trail entry this workstation has seen of each casebook folder, kept outside the
 * casebooks (the {@link Workstation}'s {@code casebook-trails}, a line "{@code <casebook id> TAB
 * <folder> TAB <number> <hash> TAB seen|behind}" each). A casebook put back whole from an older
 * backup (index, journal and trail together) is consistent in itself; only a memory outside it can
 * tell that its trail once went further. Once found behind, a casebook stays reported until an
 * administrator accepts the restore, even after its trail has grown past the number remembered.
 */
final class SeenTrails {

  private static final String FILE = "casebook-trails";

  /** The entry seen ({@code anchor}, "number hash"), and whether the casebook was found behind it. */
  record Seen(String anchor, boolean behind) {

    long sequence() {
      return SeenTrails.sequence(anchor);
    }
  }

  private SeenTrails() {
  }

  /** What this workstation saw of {@code folder}, or null when it never recorded its trail. */
  static Seen of(String casebookId, Path folder) {
    String key = key(casebookId, folder);
    for (String line : Workstation.lines(FILE).orElse(List.of())) {
      String[] fields = line.split("\t");
      if (fields.length == 4 && (fields[0] + "\t" + fields[1]).equals(key)) {
        return new Seen(fields[2], "behind".equals(fields[3]));
      }
    }
    return null;
  }

  /** Remembers {@code anchor} as seen, when it goes further than what was seen and the casebook is not behind. */
  static void advance(String casebookId, Path folder, String anchor) {
    Seen seen = of(casebookId, folder);
    if (anchor == null || seen != null && (seen.behind() || sequence(anchor) <= seen.sequence())) {
      return;
    }
    write(casebookId, folder, anchor, false);
  }

  /** Marks {@code folder} as found behind what this workstation saw, keeping the entry seen. */
  static void markBehind(String casebookId, Path folder, Seen seen) {
    if (!seen.behind()) {
      write(casebookId, folder, seen.anchor(), true);
    }
  }

  /** Takes {@code anchor} as what is seen from now on, after an administrator accepted a restored backup. */
  static void accept(String casebookId, Path folder, String anchor) throws IOException {
    if (!write(casebookId, folder, anchor, false)) {
      throw new IOException("this workstation's record of casebook trails (" + Workstation.file(FILE) + ") could not be written");
    }
  }

  /** Forgets {@code folder}: a fresh copy of a casebook now stands there. */
  static void forget(String casebookId, Path folder) {
    write(casebookId, folder, null, false);
  }

  static long sequence(String anchor) {
    try {
      return anchor == null ? 0 : Long.parseLong(anchor.strip().split(" ")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean write(String casebookId, Path folder, String anchor, boolean behind) {
    String key = key(casebookId, folder);
    List<String> read = Workstation.lines(FILE).orElse(null);
    if (read == null) {
      return false;   // a record that cannot be read is not written over
    }
    List<String> lines = new ArrayList<>();
    for (String line : read) {
      if (!line.startsWith(key + "\t")) {
        lines.add(line);
      }
    }
    if (anchor != null) {
      lines.add(key + "\t" + anchor + "\t" + (behind ? "behind" : "seen"));
    }
    return Workstation.write(FILE, lines);
  }

  private static String key(String casebookId, Path folder) {
    return casebookId + "\t" + folder.toAbsolutePath().normalize();
  }
}
