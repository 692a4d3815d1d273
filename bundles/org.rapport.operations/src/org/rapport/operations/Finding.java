// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations;

import java.util.Locale;

/**
 * One thing a check found, in the form compilers use so that editors and CI logs can link to it.
 *
 * @param file the file's path relative to the casebook folder
 * @param line the line in the file, or 0 when the finding is about the file as a whole
 */
public record Finding(String file, int line, Severity severity, String message) {

  /** How serious a finding is; only errors make a check fail. */
  public enum Severity {
    ERROR, WARNING, INFO;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code file:line: severity: message}, on one line. */
  public String format() {
    return file + ":" + line + ": " + severity + ": " + message.replaceAll("\\s*\\R\\s*", " ");
  }
}
