// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.util.List;

import org.rapport.model.PersonKey;
import org.rapport.model.signing.Roster;
import org.rapport.model.signing.Signer;

/**
 * The people of an open casebook who sign its workflow steps: their keys and signing in. Each
 * person's private key is in a key file of its own ({@code keys/<person id>.key}), sealed under that
 * person's passphrase; its public half is in the index, with the person.
 */
public interface CasebookSigning {

  /** Whether {@code personId} has a key file here, so can sign in on this workstation. */
  boolean hasKeyFile(String personId);

  /**
   * Makes a new key for {@code personId}, sealed under {@code passphrase}, and adds its public half
   * to the person in the index (saved). A key the person had is kept, marked retired, so that what
   * it signed still verifies: this is also what a lost passphrase calls for.
   *
   * @throws StoreException when the passphrase is too weak ({@link #weakness}), the person is not in
   *     the index, or the key file or index cannot be written
   */
  PersonKey createKey(String personId, char[] passphrase, String actorId) throws StoreException;

  /**
   * Opens {@code personId}'s key with their passphrase.
   *
   * @throws PassphraseException when the passphrase is not the key's ({@code wrong()} is true)
   * @throws StoreException when the person has no key file here, or it is damaged, or it does not
   *     hold the key the index lists for them
   */
  Signer signIn(String personId, char[] passphrase) throws StoreException;

  /** {@code personId}'s current public key as PEM text, to give to someone on another workstation. */
  String exportPublicKey(String personId) throws StoreException;

  /**
   * Adds a public key in PEM text (exported on another workstation) to {@code personId} in the
   * index, retiring the one they had; the caller shows its fingerprint to compare with its owner.
   */
  PersonKey importPublicKey(String personId, String pem, String actorId) throws StoreException;

  /**
   * Whose keys count here: the casebook's people, with the owner keys this workstation pins (the
   * first look at a casebook pins the owner keys it finds). Verify signed steps against it.
   */
  Roster roster();

  /**
   * Endorses {@code personId}'s keys that do not count yet with the owner's key, once the owner has
   * compared their fingerprints with the person, and saves the index.
   *
   * @return the fingerprints endorsed (empty when every key counted already)
   * @throws StoreException when {@code owner} is not the casebook's owner, or the index cannot be written
   */
  List<String> endorse(String personId, Signer owner, String actorId) throws StoreException;

  /**
   * Trusts on this workstation the owner's key whose fingerprint starts with {@code fingerprint}
   * (at least 16 hex digits, spaces ignored): after the owner lost a passphrase and made a new key
   * elsewhere, and its fingerprint was compared with them.
   */
  void trustOwnerKey(String fingerprint, String actorId) throws StoreException;

  /**
   * Signs with {@code signer}'s key, from now on, the audit trail entries recorded in their name
   * (the workbench calls it on signing in); null stops. An entry's signature covers its hash, so it
   * vouches for every entry before it.
   */
  void recordAs(Signer signer);

  /** What makes {@code passphrase} too weak to seal a key or a casebook, or null when it will do. */
  static String weakness(char[] passphrase) {
    return PassphraseRules.weakness(passphrase);
  }
}
