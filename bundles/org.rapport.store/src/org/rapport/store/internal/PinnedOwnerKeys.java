// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

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
    for (String line : Workstation.lines(FILE).orElse(List.of())) {   // unreadable: nothing pinned, as on a new workstation
      String[] fields = line.split(" ");
      if (fields.length == 2 && fields[0].equals(casebookId)) {
        pinned.add(fields[1]);
      }
    }
    return pinned;
  }

  /** Adds {@code fingerprints} to what is pinned for {@code casebookId}; a list that cannot be written is left as it was. */
  static void pin(String casebookId, Set<String> fingerprints) {
    List<String> read = Workstation.lines(FILE).orElse(null);
    if (read == null) {
      return;   // a list that cannot be read is not written over
    }
    Set<String> known = of(casebookId);
    List<String> lines = new ArrayList<>(read);
    boolean added = false;
    for (String fingerprint : fingerprints) {
      if (known.add(fingerprint)) {
        lines.add(casebookId + " " + fingerprint);
        added = true;
      }
    }
    if (added) {
      Workstation.write(FILE, lines);   // not written: the next look pins again
    }
  }
}
