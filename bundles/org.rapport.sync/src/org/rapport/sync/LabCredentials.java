// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync;

/**
 * A user name and password (or token) for a lab server that asks for them. They are never written
 * into a casebook or its repository: the command line takes them from the environment, the
 * workbench asks for them.
 */
public record LabCredentials(String user, char[] password) {

  /** For a lab that asks for nothing (git daemon, a folder). */
  public static LabCredentials none() {
    return new LabCredentials(null, null);
  }

  /** From {@code RAPPORT_LAB_USER} and {@code RAPPORT_LAB_PASSWORD}, or none when they are not set. */
  public static LabCredentials fromEnvironment() {
    String user = System.getenv("RAPPORT_LAB_USER");
    String password = System.getenv("RAPPORT_LAB_PASSWORD");
    return user == null || user.isEmpty() ? none() : new LabCredentials(user, password == null ? new char[0] : password.toCharArray());
  }

  public boolean isEmpty() {
    return user == null;
  }
}
