// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.nio.file.Path;

/** The passphrase that seals an open casebook's files, when it has one. */
public interface CasebookKeys {

  /** Whether every file is encrypted under a key derived from the casebook's passphrase. */
  boolean encrypted();

  /** Whether {@code passphrase} is the casebook's (to unlock the workbench after inactivity, say); false for a plain casebook. */
  boolean checkPassphrase(char[] passphrase);

  /**
   * Encrypts every file under a key from {@code passphrase}: a plain casebook becomes encrypted, an
   * encrypted one changes its passphrase. Atomic and resumable: when it is interrupted, the next
   * opening finishes it (every file was done) or undoes it, so the old or the new passphrase opens
   * the casebook, never neither. The audit trail records it as done by {@code actorId}.
   */
  void changePassphrase(char[] passphrase, String actorId) throws StoreException;

  /** The bytes of a file of the casebook as Rapport wrote them, opened when it is encrypted (kept in memory only). */
  byte[] plainBytes(Path file) throws StoreException;
}
