// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

import org.rapport.model.Person;

/**
 * A person who proved who they are, holding their private key for as long as they are signed in:
 * every workflow step they take is signed with it. Made by whoever unsealed the key (the store,
 * after the person's passphrase); the model never sees a passphrase.
 */
public final class Signer {

  private final Person person;
  private final PublicKey publicKey;
  private final PrivateKey privateKey;

  public Signer(Person person, KeyPair keys) {
    this.person = person;
    this.publicKey = keys.getPublic();
    this.privateKey = keys.getPrivate();
  }

  /** Who signs. */
  public Person person() {
    return person;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * The key pair itself, for the store to open what is wrapped for this person (an encrypted
   * casebook shared with them). Held in memory only, as the signer is.
   */
  public java.security.KeyPair keyPair() {
    return new java.security.KeyPair(publicKey, privateKey);
  }

  /** The Ed25519 signature over {@code data}. */
  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign with " + person.getId() + "'s key: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Signer[" + person.getId() + ", " + Keys.shown(Keys.fingerprint(publicKey)) + "]";
  }
}
