// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.rapport.model.signing.Keys;

/**
 * The casebook key wrapped for one person, so that they open a shared encrypted casebook with
 * their own passphrase. Everyone who signs already has an Ed25519 key; its X25519 twin (the same
 * secret on the Montgomery form of the curve, as age and libsodium use it) takes part in a key
 * agreement with a fresh ephemeral X25519 key, HKDF-SHA256 makes a wrapping key from the shared
 * secret, and AES-256-GCM seals the casebook key under it. Only the holder of the private key, who
 * unseals it with their passphrase, can unwrap it; whoever has the casebook key can wrap it for
 * anyone whose public key they know.
 *
 * <p>Its text, as {@code casebook.key} holds it: {@code <key fingerprint>:<ephemeral public key,
 * 32 bytes>:<nonce and ciphertext>}, both in Base64.
 */
final class AccessWrap {

  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  private static final int NONCE = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessWrap() {
  }

  /** {@code casebookKey} wrapped for {@code personId}'s Ed25519 {@code recipient}. */
  static String wrap(byte[] casebookKey, String personId, PublicKey recipient) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("X25519");
      KeyPair ephemeral = generator.generateKeyPair();
      XECPublicKey recipientX = montgomery(recipient);
      byte[] ephemeralU = littleEndian(((XECPublicKey) ephemeral.getPublic()).getU());
      String fingerprint = Keys.fingerprint(recipient);
      byte[] kek = wrappingKey(agree(ephemeral.getPrivate(), recipientX), ephemeralU, littleEndian(recipientX.getU()), personId, fingerprint);
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(info(personId, fingerprint));
      byte[] sealed = cipher.doFinal(casebookKey);
      Arrays.fill(kek, (byte) 0);
      byte[] body = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, body, 0, NONCE);
      System.arraycopy(sealed, 0, body, NONCE, sealed.length);
      Base64.Encoder base64 = Base64.getEncoder();
      return fingerprint + ":" + base64.encodeToString(ephemeralU) + ":" + base64.encodeToString(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 and AES-GCM are part of every Java runtime since 11", e);
    }
  }

  /** The fingerprint of the key a wrap was made for, or null when the text is no wrap. */
  static String fingerprintOf(String wrap) {
    String[] parts = wrap == null ? new String[0] : wrap.split(":");
    return parts.length == 3 ? parts[0] : null;
  }

  /**
   * The casebook key in {@code wrap}, for {@code personId} with their key pair; null when the wrap is
   * not for this key, is damaged or was made for someone else.
   */
  static byte[] unwrap(String wrap, String personId, KeyPair person) {
    String[] parts = wrap.split(":");
    String fingerprint = Keys.fingerprint(person.getPublic());
    if (parts.length != 3 || !parts[0].equals(fingerprint)) {
      return null;
    }
    try {
      byte[] ephemeralU = Base64.getDecoder().decode(parts[1]);
      byte[] body = Base64.getDecoder().decode(parts[2]);
      if (ephemeralU.length != 32 || body.length < NONCE + 16) {
        return null;
      }
      PublicKey ephemeral = KeyFactory.getInstance("X25519")
          .generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, fromLittleEndian(ephemeralU)));
      XECPublicKey own = montgomery(person.getPublic());
      byte[] kek = wrappingKey(agree(montgomery(person.getPrivate()), ephemeral), ephemeralU, littleEndian(own.getU()), personId, fingerprint);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, body, 0, NONCE));
      cipher.updateAAD(info(personId, fingerprint));
      byte[] key = cipher.doFinal(body, NONCE, body.length - NONCE);
      Arrays.fill(kek, (byte) 0);
      return key.length == 32 ? key : null;
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return null;   // damaged Base64, a changed wrap, a point of small order: no key
    }
  }

  /** The X25519 public key of an Ed25519 one: u = (1 + y) / (1 - y) mod p. */
  private static XECPublicKey montgomery(PublicKey ed25519) throws GeneralSecurityException {
    BigInteger y = ((EdECPublicKey) ed25519).getPoint().getY();
    BigInteger u = BigInteger.ONE.add(y).multiply(BigInteger.ONE.subtract(y).modInverse(P)).mod(P);
    return (XECPublicKey) KeyFactory.getInstance("X25519").generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, u));
  }

  /** The X25519 private key of an Ed25519 one: the first half of SHA-512 of its seed, the scalar Ed25519 signs with. */
  private static PrivateKey montgomery(PrivateKey ed25519) throws GeneralSecurityException {
    byte[] seed = ((EdECPrivateKey) ed25519).getBytes().orElseThrow(() -> new GeneralSecurityException("the private key hides its seed"));
    byte[] hash = MessageDigest.getInstance("SHA-512").digest(seed);
    Arrays.fill(seed, (byte) 0);
    byte[] scalar = Arrays.copyOf(hash, 32);
    Arrays.fill(hash, (byte) 0);
    try {
      return KeyFactory.getInstance("X25519").generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
    } finally {
      Arrays.fill(scalar, (byte) 0);
    }
  }

  private static byte[] agree(PrivateKey own, PublicKey other) throws GeneralSecurityException {
    KeyAgreement agreement = KeyAgreement.getInstance("X25519");
    agreement.init(own);
    agreement.doPhase(other, true);
    return agreement.generateSecret();
  }

  /** HKDF-SHA256 (RFC 5869), one block: salted with both public keys, labelled with who the wrap is for. */
  private static byte[] wrappingKey(byte[] shared, byte[] ephemeralU, byte[] recipientU, String personId, String fingerprint)
      throws GeneralSecurityException {
    byte[] salt = new byte[64];
    System.arraycopy(ephemeralU, 0, salt, 0, 32);
    System.arraycopy(recipientU, 0, salt, 32, 32);
    Mac extract = Mac.getInstance("HmacSHA256");
    extract.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] pseudoRandom = extract.doFinal(shared);
    Arrays.fill(shared, (byte) 0);
    Mac expand = Mac.getInstance("HmacSHA256");
    expand.init(new SecretKeySpec(pseudoRandom, "HmacSHA256"));
    expand.update(info(personId, fingerprint));
    expand.update((byte) 1);
    Arrays.fill(pseudoRandom, (byte) 0);
    return expand.doFinal();
  }

  private static byte[] info(String personId, String fingerprint) {
    return ("rapport-access 1|" + personId + "|" + fingerprint).getBytes(StandardCharsets.UTF_8);
  }

  /** A field element as X25519 writes it: 32 bytes, least significant first. */
  private static byte[] littleEndian(BigInteger value) {
    byte[] big = value.toByteArray();
    byte[] little = new byte[32];
    for (int i = 0; i < Math.min(32, big.length); i++) {
      little[i] = big[big.length - 1 - i];
    }
    return little;
  }

  private static BigInteger fromLittleEndian(byte[] little) {
    byte[] big = new byte[little.length];
    for (int i = 0; i < little.length; i++) {
      big[i] = little[little.length - 1 - i];
    }
    big[0] &= 0x7f;   // RFC 7748: the top bit of u is ignored
    return new BigInteger(1, big);
  }
}
