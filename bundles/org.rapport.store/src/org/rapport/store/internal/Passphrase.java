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
  public boolean unlocksWorkbench(char[] passphrase) {
    return casebook.checkPassphrase(passphrase) || casebook.opensOwnKey(passphrase);
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

  @Override
  public java.util.Set<String> accessHolders() {
    return casebook.shared.holders();
  }

  @Override
  public java.util.List<String> grantAccess(String actorId) throws StoreException {
    return casebook.shared.grant(actorId);
  }

  @Override
  public void revokeAccess(String personId, char[] newPassphrase, String actorId) throws StoreException {
    casebook.shared.revoke(personId, newPassphrase, actorId);
  }

  @Override
  public byte[] sealForLab(byte[] plain) {
    Sealing sealing = casebook.sealing();
    return sealing == null ? plain : sealing.sealForLab(plain);
  }

  @Override
  public byte[] openFromLab(byte[] bytes, String what) throws StoreException {
    Sealing sealing = casebook.sealing();
    if (sealing == null) {
      return bytes;
    }
    try {
      return sealing.openFromLab(bytes);
    } catch (Sealing.SealException e) {
      throw new StoreException(what + " was not read: " + e.getMessage());
    }
  }

  @Override
  public byte[] sealedFor(Path file, byte[] plain) throws StoreException {
    Sealing sealing = casebook.sealing();
    return sealing == null ? plain : sealing.seal(plain, SafeXmi.nameIn(casebook.folder(), file.toAbsolutePath().normalize()));
  }

  @Override
  public byte[] keyFileBytes() throws StoreException {
    return casebook.sealing() == null ? null : casebook.shared.read().bytes();
  }

  @Override
  public boolean takeKeyFile(byte[] theirs, String actorId) throws StoreException {
    return casebook.shared.take(theirs, actorId);
  }

  @Override
  public KeyMove followKeyFile(byte[] theirs, String actorId) throws StoreException {
    return casebook.shared.follow(theirs, actorId);
  }
}
