// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.rapport.model.signing.Keys;

/**
 * {@code keys/<person id>.key}: one person's Ed25519 private key (PKCS#8) sealed with AES-256-GCM
 * under a key derived from their own passphrase by Argon2id. The person id, the costs, the salt and
 * the public key are the associated data, so a key file cannot be passed off as someone else's, and
 * a digest over every field tells a damaged file from a wrong passphrase before the passphrase is
 * tried.
 */
final class PersonKeyFile {

  private static final String FORMAT = "1";
  private static final int NONCE = 12;

  private final String personId;
  private final int memoryKiB;
  private final int iterations;
  private final byte[] salt;
  private final String publicKey;
  private final byte[] nonce;
  private final byte[] sealed;

  private PersonKeyFile(String personId, int memoryKiB, int iterations, byte[] salt, String publicKey, byte[] nonce, byte[] sealed) {
    this.personId = personId;
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.salt = salt;
    this.publicKey = publicKey;
    this.nonce = nonce;
    this.sealed = sealed;
  }

  /** The key file of {@code keys} for {@code personId}, sealed under {@code passphrase}. */
  static PersonKeyFile seal(String personId, KeyPair keys, char[] passphrase) {
    SecureRandom random = new SecureRandom();
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    int memory = KeyFile.memoryKiB();
    int iterations = KeyFile.iterations();
    String publicKey = Keys.encode(keys.getPublic());
    PersonKeyFile file = new PersonKeyFile(personId, memory, iterations, salt, publicKey, nonce, null);
    byte[] key = KeyFile.derive(passphrase, salt, memory, iterations);
    byte[] pkcs8 = keys.getPrivate().getEncoded();
    try {
      Cipher cipher = file.cipher(Cipher.ENCRYPT_MODE, key);
      return new PersonKeyFile(personId, memory, iterations, salt, publicKey, nonce, cipher.doFinal(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private Cipher cipher(int mode, byte[] key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    cipher.updateAAD(associatedData());
    return cipher;
  }

  private byte[] associatedData() {
    return ("rapport person key " + FORMAT + "|" + personId + "|" + memoryKiB + "|" + iterations + "|" + Base64.getEncoder().encodeToString(salt)
        + "|" + publicKey).getBytes(StandardCharsets.UTF_8);
  }

  /** The person's key pair, or null when {@code passphrase} is not the one it was sealed under. */
  KeyPair open(char[] passphrase) throws IOException {
    byte[] key = KeyFile.derive(passphrase, salt, memoryKiB, iterations);
    byte[] pkcs8 = null;
    try {
      pkcs8 = cipher(Cipher.DECRYPT_MODE, key).doFinal(sealed);
      PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      PublicKey publicHalf = Keys.decode(publicKey).orElseThrow(() -> new IOException("the key file holds no valid public key"));
      byte[] probe = "rapport key probe".getBytes(StandardCharsets.US_ASCII);
      java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(probe);
      if (!Keys.verifies(publicHalf, probe, signature.sign())) {
        throw new IOException("the private key in the key file is not the half of its public key");
      }
      return new KeyPair(publicHalf, privateKey);
    } catch (AEADBadTagException e) {
      return null;   // the digest matched, so the file is whole: the passphrase is wrong
    } catch (GeneralSecurityException e) {
      throw new IOException("the key file holds no usable private key (" + e.getMessage() + ")", e);
    } finally {
      Arrays.fill(key, (byte) 0);
      if (pkcs8 != null) {
        Arrays.fill(pkcs8, (byte) 0);
      }
    }
  }

  String personId() {
    return personId;
  }

  String publicKey() {
    return publicKey;
  }

  static PersonKeyFile read(byte[] bytes, String where) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
    try {
      if (!FORMAT.equals(p.getProperty("format")) || !"argon2id".equals(p.getProperty("kdf"))) {
        throw new IOException(where + " is not a Rapport person key file of a kind this version knows");
      }
      int memory = Integer.parseInt(p.getProperty("memoryKiB"));
      int iterations = Integer.parseInt(p.getProperty("iterations"));
      if (memory < 8 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100) {
        throw new IOException(where + " asks for key derivation costs out of range; it was not used");
      }
      Base64.Decoder b64 = Base64.getDecoder();
      PersonKeyFile file = new PersonKeyFile(p.getProperty("person"), memory, iterations, b64.decode(p.getProperty("salt")),
          p.getProperty("publicKey"), b64.decode(p.getProperty("nonce")), b64.decode(p.getProperty("sealed")));
      if (file.personId == null || file.publicKey == null || file.nonce.length != NONCE || !file.digest().equals(p.getProperty("digest"))) {
        throw new IOException(where + " is damaged (its content does not match its digest); the passphrase was not tried."
            + " Put back the key file from a backup, or make a new key for this person");
      }
      return file;
    } catch (NumberFormatException | NullPointerException e) {
      throw new IOException(where + " is damaged (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(where + " is damaged (" + e.getMessage() + ")", e);
    }
  }

  private String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(associatedData());
      sha.update((byte) '|');
      sha.update(nonce);
      sha.update((byte) '|');
      sha.update(sealed);
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    Properties p = new Properties();
    Base64.Encoder b64 = Base64.getEncoder();
    p.setProperty("format", FORMAT);
    p.setProperty("kdf", "argon2id");
    p.setProperty("person", personId);
    p.setProperty("memoryKiB", Integer.toString(memoryKiB));
    p.setProperty("iterations", Integer.toString(iterations));
    p.setProperty("salt", b64.encodeToString(salt));
    p.setProperty("publicKey", publicKey);
    p.setProperty("nonce", b64.encodeToString(nonce));
    p.setProperty("sealed", b64.encodeToString(sealed));
    p.setProperty("digest", digest());
    StringWriter out = new StringWriter();
    try {
      p.store(out, "Rapport person key: an Ed25519 private key sealed under its owner's passphrase (Argon2id, AES-256-GCM)");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
