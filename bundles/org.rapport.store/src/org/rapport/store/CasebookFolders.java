// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Whole-folder operations on casebooks that need no open casebook. */
public final class CasebookFolders {

  private CasebookFolders() {
  }

  /**
   * The folder of a shared casebook that keeps, under each document's own path, the other
   * workstation's version of a document changed on two workstations at once, until a person chooses.
   */
  public static final String CONFLICTS = "conflicts";

  /** Whether the document at {@code file} (relative to {@code folder}) waits for a person to choose between two versions. */
  public static boolean hasConflict(Path folder, String file) {
    return file != null && Files.isRegularFile(folder.resolve(CONFLICTS).resolve(file), java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** The folder of a casebook shared with a lab that holds its own Git repository (never re-sealed, never sent). */
  public static final String LAB = ".lab";

  /** Whether the casebook in {@code folder} is shared with a lab. */
  public static boolean isShared(Path folder) {
    return folder != null && Files.isDirectory(folder.resolve(LAB), java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether the casebook in {@code folder} is encrypted (has a key file). */
  public static boolean isEncrypted(Path folder) {
    return folder != null && Files.isRegularFile(folder.resolve("casebook.key"));
  }

  /** Whether {@code folder} holds a casebook index (or the backup the store falls back to). */
  public static boolean isCasebook(Path folder) {
    Path index = folder.resolve(CasebookStore.INDEX_FILE);
    return Files.isRegularFile(index) || Files.isRegularFile(org.rapport.store.internal.AtomicFile.backupOf(index));
  }

  /**
   * Copies a casebook folder (or any folder) with everything in it to {@code to}, replacing files
   * of the same name there. Used to give a user their own copy of the demo casebook.
   */
  public static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }
}
