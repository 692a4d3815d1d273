// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

/** An installation or removal that could not be done; the message is for the user, and nothing was changed. */
public class InstallException extends Exception {

  private static final long serialVersionUID = 1L;

  public InstallException(String message) {
    super(message);
  }

  public InstallException(String message, Throwable cause) {
    super(message, cause);
  }
}
