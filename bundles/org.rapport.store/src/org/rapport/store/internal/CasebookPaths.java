// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file of a casebook may be: inside its folder, reached without a symbolic link. A link
 * planted in a casebook (say, a reflection's file pointing at another user's notes, or a folder
 * pointing outside) would make reads, saves, shredding and retention act on something that is
 * not the casebook's, so no part of the path below the casebook folder may be one.
 */
final class CasebookPaths {

  private CasebookPaths() {
  }

  /** Why {@code file} may not be used as a file of the casebook in {@code folder}, or null when it may. */
  static String refusal(Path folder, Path file) {
    Path normal = file.normalize();
    if (!normal.startsWith(folder) || normal.equals(folder)) {
      return "the path points outside the casebook folder";
    }
    for (Path step = normal; step != null && !step.equals(folder); step = step.getParent()) {
      if (Files.isSymbolicLink(step)) {
        return folder.relativize(step) + " is a symbolic link; Rapport never follows links inside a casebook";
      }
    }
    return null;
  }
}
