// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens the bytes of one casebook file with AES-256-GCM under the casebook's key. A
 * sealed file is {@link #MAGIC}, a fresh 12-byte nonce and the ciphertext with its 16-byte tag; a
 * document file is {@link #MAGIC_GENERATION}, its generation (4 bytes, big-endian), the nonce and
 * the ciphertext. The file's name inside the casebook, and a document's generation, are bound in as
 * associated data: a sealed file moved over another one (a reflection put where a plan was) is
 * refused like a changed one, and the generation in the header cannot be edited without breaking
 * the seal, so the store can tell an older copy (a {@code .bak}, a backup) from the current file.
 * The key differs per casebook, which binds the casebook too.
 */
public final class Sealing {

  /** How every sealed file starts, so a sealed file is never parsed as XML, nor a plain one opened. */
  static final byte[] MAGIC = "RPSEAL1\n".getBytes(StandardCharsets.US_ASCII);
  /** How a sealed document file starts: followed by the generation it was sealed at. */
  static final byte[] MAGIC_GENERATION = "RPSEAL2\n".getBytes(StandardCharsets.US_ASCII);
  private static final int GENERATION = 4;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  Sealing(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** The raw casebook key, to wrap it for a person ({@link AccessWrap}); the caller clears it. */
  byte[] keyBytes() {
    return key.getEncoded();
  }

  /** How a file sealed for a lab repository starts. */
  static final byte[] MAGIC_LAB = "RPLAB1\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LAB_BINDING = "rapport-lab 1".getBytes(StandardCharsets.US_ASCII);

  /**
   * {@code plain} sealed for a lab repository: under a key of its own drawn from the casebook key,
   * with a nonce drawn from the content (HMAC-SHA256 under a second such key), so that the same
   * content gives the same bytes on every workstation and Git still tells a changed file from an
   * unchanged one, which is all that the determinism reveals. The path is not bound in: a file
   * moves between places in a lab (a document's other version into {@code conflicts/}), and the
   * merge checks that a document sits where its id says.
   */
  byte[] sealForLab(byte[] plain) {
    try {
      return seal(plain, MAGIC_LAB, LAB_BINDING, labKey(), Arrays.copyOf(labMac("nonce").doFinal(plain), NONCE));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** The plain bytes of a file {@link #sealForLab sealed for a lab}. */
  byte[] openFromLab(byte[] file) throws SealException {
    if (!startsWith(file, MAGIC_LAB) || file.length < MAGIC_LAB.length + NONCE + TAG_BITS / 8) {
      throw new SealException("the lab's copy is not sealed, in an encrypted casebook");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, labKey(), new GCMParameterSpec(TAG_BITS, file, MAGIC_LAB.length, NONCE));
      cipher.updateAAD(LAB_BINDING);
      return cipher.doFinal(file, MAGIC_LAB.length + NONCE, file.length - MAGIC_LAB.length - NONCE);
    } catch (AEADBadTagException e) {
      throw new SealException("the lab's copy was changed, or sealed under another key (its seal does not match)");
    } catch (GeneralSecurityException e) {
      throw new SealException("the lab's copy could not be opened: " + e.getMessage());
    }
  }

  private SecretKeySpec labKey() throws GeneralSecurityException {
    byte[] drawn = drawn("seal");
    try {
      return new SecretKeySpec(drawn, "AES");
    } finally {
      Arrays.fill(drawn, (byte) 0);
    }
  }

  /** An HMAC-SHA256 keyed with a key drawn from the casebook key for {@code use}, so that no key serves two purposes. */
  private javax.crypto.Mac labMac(String use) throws GeneralSecurityException {
    byte[] drawn = drawn(use);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(drawn, "HmacSHA256"));
    Arrays.fill(drawn, (byte) 0);
    return mac;
  }

  private byte[] drawn(String use) throws GeneralSecurityException {
    javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
    derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
    return derive.doFinal(("rapport-lab 1 " + use).getBytes(StandardCharsets.US_ASCII));
  }

  /** A file that cannot be opened: changed, damaged, or sealed under another key or name. */
  static final class SealException extends Exception {
    private static final long serialVersionUID = 1L;

    SealException(String message) {
      super(message);
    }
  }

  static boolean isSealed(byte[] bytes) {
    return startsWith(bytes, MAGIC) || startsWith(bytes, MAGIC_GENERATION);
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  /** The generation a sealed file's header names: 0 for a file sealed without one, or not sealed. */
  static int generationOf(byte[] file) {
    if (!startsWith(file, MAGIC_GENERATION) || file.length < MAGIC_GENERATION.length + GENERATION) {
      return 0;
    }
    return ByteBuffer.wrap(file, MAGIC_GENERATION.length, GENERATION).getInt();
  }

  /** The sealed form of {@code plain}, bound to {@code name} (the file's path in the casebook, with forward slashes). */
  byte[] seal(byte[] plain, String name) {
    return seal(plain, MAGIC, associatedData(name, null));
  }

  /** The sealed form of a document's {@code plain} bytes, bound to {@code name} and {@code generation}. */
  byte[] seal(byte[] plain, String name, int generation) {
    byte[] header = ByteBuffer.allocate(MAGIC_GENERATION.length + GENERATION).put(MAGIC_GENERATION).putInt(generation).array();
    return seal(plain, header, associatedData(name, generation));
  }

  private byte[] seal(byte[] plain, byte[] header, byte[] associatedData) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    return seal(plain, header, associatedData, key, nonce);
  }

  /** {@code header}, {@code nonce} and the AES-GCM ciphertext of {@code plain} under {@code with}. */
  private static byte[] seal(byte[] plain, byte[] header, byte[] associatedData, SecretKeySpec with, byte[] nonce) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, with, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plain);
      byte[] file = new byte[header.length + NONCE + sealed.length];
      System.arraycopy(header, 0, file, 0, header.length);
      System.arraycopy(nonce, 0, file, header.length, NONCE);
      System.arraycopy(sealed, 0, file, header.length + NONCE, sealed.length);
      return file;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The name, and for a document file a zero byte and the generation: what the seal binds besides the content. */
  private static byte[] associatedData(String name, Integer generation) {
    byte[] named = name.getBytes(StandardCharsets.UTF_8);
    if (generation == null) {
      return named;
    }
    return ByteBuffer.allocate(named.length + 1 + GENERATION).put(named).put((byte) 0).putInt(generation).array();
  }

  /** The plain bytes of a sealed file bound to {@code name} (and, for a document file, to the generation in its header). */
  byte[] open(byte[] file, String name) throws SealException {
    boolean withGeneration = startsWith(file, MAGIC_GENERATION);
    int header = withGeneration ? MAGIC_GENERATION.length + GENERATION : MAGIC.length;
    if (!isSealed(file) || file.length < header + NONCE + TAG_BITS / 8) {
      throw new SealException("the file is not sealed, or too short to be");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, header, NONCE));
      cipher.updateAAD(associatedData(name, withGeneration ? generationOf(file) : null));
      return cipher.doFinal(file, header + NONCE, file.length - header - NONCE);
    } catch (AEADBadTagException e) {
      throw new SealException("the encrypted file was changed or damaged since Rapport wrote it (its seal does not match)");
    } catch (GeneralSecurityException e) {
      throw new SealException("the encrypted file could not be opened: " + e.getMessage());
    }
  }
}
