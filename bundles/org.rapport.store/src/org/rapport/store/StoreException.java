// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

/** A store operation failed; the message is written for the user and names the file concerned. */
public class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
