// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

/**
 * A contribution that could not be used: a bad file, a duplicate id, a rule that threw.
 *
 * @param bundle  the symbolic name of the bundle it came from
 * @param what    the contribution: a file inside the bundle, or {@code institution/id}
 * @param message what went wrong
 */
public record ExtensionProblem(String bundle, String what, String message) {

  @Override
  public String toString() {
    return bundle + ": " + what + ": " + message;
  }
}
