// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.nio.file.Path;

/**
 * The key that seals an open casebook's files, when it has one: derived from the casebook's
 * passphrase, and wrapped for each person the casebook is shared with, so that they open it with
 * their own passphrase.
 */
public interface CasebookKeys {

  /** Whether every file is encrypted under a key derived from the casebook's passphrase. */
  boolean encrypted();

  /** Whether {@code passphrase} is the casebook's (to unlock the workbench after inactivity, say); false for a plain casebook. */
  boolean checkPassphrase(char[] passphrase);

  /**
   * Whether {@code passphrase} unlocks the workbench after inactivity: the casebook's, or that of
   * the person signed in (else of the person whose own key opened the casebook), whose key file it
   * opens. A supervisor who opened a trainee's casebook with their own passphrase never knew the
   * casebook's. False for a plain casebook.
   */
  boolean unlocksWorkbench(char[] passphrase);

  /**
   * Encrypts every file under a key from {@code passphrase}: a plain casebook becomes encrypted, an
   * encrypted one changes its passphrase. Atomic and resumable: when it is interrupted, the next
   * opening finishes it (every file was done) or undoes it, so the old or the new passphrase opens
   * the casebook, never neither. The audit trail records it as done by {@code actorId}.
   */
  void changePassphrase(char[] passphrase, String actorId) throws StoreException;

  /** The bytes of a file of the casebook as Rapport wrote them, opened when it is encrypted (kept in memory only). */
  byte[] plainBytes(Path file) throws StoreException;

  /** The people (by id) the casebook key is wrapped for; empty for a plain casebook. */
  java.util.Set<String> accessHolders();

  /**
   * Wraps the casebook key for everyone whose current key counts (the owner endorsed it) and who
   * does not hold it yet, or holds it for an older key, except keys whose access was taken away;
   * nothing for a plain casebook. The owner's endorsement is what gives access, so anyone with the
   * casebook open may do it.
   *
   * @return the ids of the people it was wrapped for
   */
  java.util.List<String> grantAccess(String actorId) throws StoreException;

  /**
   * Takes {@code personId}'s access away: their wrap goes, their key is never wrapped for again, and
   * the casebook moves to a new key under {@code newPassphrase} (as {@link #changePassphrase} does),
   * wrapped again for everyone else, so that what is written from then on is closed to them. The
   * owner's alone.
   */
  void revokeAccess(String personId, char[] newPassphrase, String actorId) throws StoreException;

  /** {@code plain} as a lab repository holds it: sealed for the lab in an encrypted casebook, as it is in a plain one. */
  byte[] sealForLab(byte[] plain);

  /**
   * The plain bytes of a lab repository's copy of a file: opened in an encrypted casebook (a copy
   * that is not sealed under this casebook's key is refused), as they are in a plain one.
   */
  byte[] openFromLab(byte[] bytes, String what) throws StoreException;

  /** {@code plain} as the casebook writes a file at {@code file}: sealed, bound to its name, in an encrypted casebook. */
  byte[] sealedFor(Path file, byte[] plain) throws StoreException;

  /** The bytes of the key file ({@code casebook.key}), which travel with a shared casebook; null for a plain casebook. */
  byte[] keyFileBytes() throws StoreException;

  /**
   * Takes in the access recorded in another workstation's copy of the key file: wraps made there,
   * and access taken away there (never undone by a copy that still has it).
   *
   * A copy under an older key (this casebook moved on) gives only its revocations.
   *
   * @return whether this casebook's key file changed
   * @throws StoreException when that copy is damaged, or derives another key of the same generation
   */
  boolean takeKeyFile(byte[] theirs, String actorId) throws StoreException;

  /**
   * Follows the owner's move to a new key recorded in another workstation's copy of the key file (a
   * change of passphrase, or someone's access taken away, there): every file is sealed again under
   * it, atomically, with the key unwrapped for the person who opened this casebook with their own
   * key or passphrase, or who is signed in.
   *
   * @return how to carry what was sealed for the lab under the old key over to the new; null when
   *     {@code theirs} holds this casebook's key or an older one (nothing to follow)
   * @throws StoreException when the move is not signed by the owner with a key that counts here, or
   *     the new key is not wrapped for anyone who opened this casebook; nothing is changed then
   */
  KeyMove followKeyFile(byte[] theirs, String actorId) throws StoreException;

  /** A move to a new key just followed. */
  @FunctionalInterface
  interface KeyMove {
    /** {@code labBytes}, sealed for the lab under the old key, sealed for it under the new one. */
    byte[] resealForLab(byte[] labBytes, String what) throws StoreException;
  }
}
