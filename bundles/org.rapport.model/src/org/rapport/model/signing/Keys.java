// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.time.Dates;

/**
 * Ed25519 keys as Rapport keeps them: public keys as X.509 (SubjectPublicKeyInfo) bytes in Base64,
 * named by a fingerprint, the SHA-256 of those bytes, which people read to each other to compare.
 * Everything here is the JDK's own Ed25519 (provider SunEC, in {@code java.base}).
 */
public final class Keys {

  private Keys() {
  }

  /** A fresh Ed25519 key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
    }
  }

  /** An Ed25519 key pair drawn from {@code random}: the same seed gives the same keys (for generated test data only). */
  public static KeyPair generate(java.security.SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(java.security.spec.NamedParameterSpec.ED25519, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
    }
  }

  /** The Base64 text of a public key, as the index and signed steps hold it. */
  public static String encode(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** The public key of Base64 X.509 text, or empty when the text is not an Ed25519 public key. */
  public static Optional<PublicKey> decode(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
      return Optional.of(key);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** The PEM text of a public key ("-----BEGIN PUBLIC KEY-----"), as OpenSSL reads it. */
  public static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The public key in PEM text, or empty when it holds none or not an Ed25519 one. */
  public static Optional<PublicKey> fromPem(String pem) {
    if (pem == null) {
      return Optional.empty();
    }
    String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return decode(Base64.getEncoder().encodeToString(Base64.getDecoder().decode(body)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The full fingerprint of a public key: SHA-256 of its X.509 bytes, in lower-case hex. */
  public static String fingerprint(PublicKey key) {
    return HexFormat.of().formatHex(sha256(key.getEncoded()));
  }

  /** The fingerprint of Base64 key text, or "?" when it is not a key. */
  public static String fingerprint(String publicKey) {
    return decode(publicKey).map(Keys::fingerprint).orElse("?");
  }

  /**
   * The first 20 bytes of a fingerprint in groups of four hex digits, short enough to read over
   * the phone and long enough that no one can make a key that matches it.
   */
  public static String shown(String fingerprint) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(40, fingerprint.length()); i += 4) {
      shown.append(i == 0 ? "" : " ").append(fingerprint, i, Math.min(i + 4, fingerprint.length()));
    }
    return shown.toString().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Whether {@code signature} is {@code key}'s Ed25519 signature over {@code data}. Verified with
   * Bouncy Castle's RFC 8032 code, six to eight times faster here than the JDK's (about 70 against
   * 500 microseconds), which counts when a check verifies every step of a casebook; the JDK's
   * provider is the fallback for a key not in the usual X.509 form.
   */
  public static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    byte[] raw = rawEd25519(key);
    if (raw != null) {
      return signature.length == org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE
          && org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, raw, 0, data, 0, data.length);
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;   // a malformed signature is one that does not verify
    }
  }

  /** The 32 bytes of an Ed25519 public key in its X.509 form (the fixed 12-byte prefix, then the key), or null. */
  private static byte[] rawEd25519(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded == null || encoded.length != X509_PREFIX.length + 32) {
      return null;
    }
    for (int i = 0; i < X509_PREFIX.length; i++) {
      if (encoded[i] != X509_PREFIX[i]) {
        return null;
      }
    }
    return java.util.Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
  }

  /** SubjectPublicKeyInfo of Ed25519 (RFC 8410): SEQUENCE, AlgorithmIdentifier 1.3.101.112, BIT STRING of 33 bytes. */
  private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  /** Whether {@code signature} (Base64) is the Ed25519 signature over {@code data} of {@code publicKey} (Base64 X.509); false for damaged text. */
  public static boolean verifies(String publicKey, byte[] data, String signature) {
    byte[] bytes;
    try {
      bytes = signature == null ? new byte[0] : Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return decode(publicKey).filter(key -> verifies(key, data, bytes)).isPresent();
  }

  /** The key of {@code person} whose public key is {@code publicKey}, retired or not. */
  public static Optional<PersonKey> keyOf(Person person, String publicKey) {
    return person.getKeys().stream().filter(k -> k.getPublicKey() != null && k.getPublicKey().strip().equals(publicKey.strip())).findFirst();
  }

  /** The key {@code person} signs with now: the newest that is not retired. */
  public static Optional<PersonKey> current(Person person) {
    return person.getKeys().stream().filter(k -> k.getRetired() == null).reduce((first, second) -> second);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
