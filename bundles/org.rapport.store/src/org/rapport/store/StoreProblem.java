// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.nio.file.Path;

/** A file that could not be used, and why, in words for the user; {@code line} is 0 when unknown. */
public record StoreProblem(Path file, int line, String cause) {

  /** A problem with the file as a whole, at no particular line. */
  public StoreProblem(Path file, String cause) {
    this(file, 0, cause);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + cause;
  }
}
