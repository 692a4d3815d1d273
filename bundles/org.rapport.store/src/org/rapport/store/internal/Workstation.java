// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Path;

/**
 * Where this workstation keeps what it remembers about casebooks, outside them:
 * {@code ~/.rapport}, or the folder the system property {@code rapport.workstation} names (tests).
 */
final class Workstation {

  private Workstation() {
  }

  /** The file {@code name} in the workstation's folder. */
  static Path file(String name) {
    String folder = System.getProperty("rapport.workstation");
    return (folder != null ? Path.of(folder) : Path.of(System.getProperty("user.home"), ".rapport")).resolve(name);
  }
}
