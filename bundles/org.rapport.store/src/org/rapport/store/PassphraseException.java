// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

/** An encrypted casebook was opened without its passphrase, or with a wrong one. */
public class PassphraseException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final boolean wrong;

  public PassphraseException(String message, boolean wrong) {
    super(message);
    this.wrong = wrong;
  }

  /** True when a passphrase was given and it is not the casebook's; false when none was given. */
  public boolean wrong() {
    return wrong;
  }
}
