package org.rapport.store;

import java.nio.file.Path;

/** A file that could not be used, and why, in words for the user. */
public record StoreProblem(Path file, String cause) {

  @Override
  public String toString() {
    return file + ": " + cause;
  }
}
