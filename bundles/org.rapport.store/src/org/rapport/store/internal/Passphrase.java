// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Path;

import org.rapport.store.CasebookKeys;
import org.rapport.store.StoreException;

/**
 * The passphrase of an open casebook. Changing it re-seals every file, so it is the casebook's own
 * work ({@link Rekeying} through {@link OpenCasebookImpl}); this is the face callers see.
 */
public final class Passphrase implements CasebookKeys {

  private final OpenCasebookImpl casebook;

  Passphrase(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  @Override
  public boolean encrypted() {
    return casebook.encrypted();
  }

  @Override
  public boolean checkPassphrase(char[] passphrase) {
    return casebook.checkPassphrase(passphrase);
  }

  @Override
  public void changePassphrase(char[] passphrase, String actorId) throws StoreException {
    casebook.changePassphrase(passphrase, actorId, RekeyInterruption.NONE);
  }

  /** {@link #changePassphrase}, stopped at {@code interruption} as a crash would stop it: for tests. */
  public void changePassphrase(char[] passphrase, String actorId, RekeyInterruption interruption) throws StoreException {
    casebook.changePassphrase(passphrase, actorId, interruption);
  }

  @Override
  public byte[] plainBytes(Path file) throws StoreException {
    return casebook.plainBytes(file);
  }
}
