// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

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
 * sealed file is {@link #MAGIC}, a fresh 12-byte nonce and the ciphertext with its 16-byte tag. The
 * file's name inside the casebook is bound in as associated data, so a sealed file moved over
 * another one (a reflection put where a plan was) is refused like a changed one.
 */
public final class Sealing {

  /** How every sealed file starts, so a sealed file is never parsed as XML, nor a plain one opened. */
  static final byte[] MAGIC = "RPSEAL1\n".getBytes(StandardCharsets.US_ASCII);
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

  /** A file that cannot be opened: changed, damaged, or sealed under another key or name. */
  static final class SealException extends Exception {
    private static final long serialVersionUID = 1L;

    SealException(String message) {
      super(message);
    }
  }

  static boolean isSealed(byte[] bytes) {
    return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** The sealed form of {@code plain}, bound to {@code name} (the file's path in the casebook, with forward slashes). */
  byte[] seal(byte[] plain, String name) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      byte[] file = new byte[MAGIC.length + NONCE + sealed.length];
      System.arraycopy(MAGIC, 0, file, 0, MAGIC.length);
      System.arraycopy(nonce, 0, file, MAGIC.length, NONCE);
      System.arraycopy(sealed, 0, file, MAGIC.length + NONCE, sealed.length);
      return file;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The plain bytes of a sealed file bound to {@code name}. */
  byte[] open(byte[] file, String name) throws SealException {
    if (!isSealed(file) || file.length < MAGIC.length + NONCE + TAG_BITS / 8) {
      throw new SealException("the file is not sealed, or too short to be");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, MAGIC.length, NONCE));
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(file, MAGIC.length + NONCE, file.length - MAGIC.length - NONCE);
    } catch (AEADBadTagException e) {
      throw new SealException("the encrypted file was changed or damaged since Rapport wrote it (its seal does not match)");
    } catch (GeneralSecurityException e) {
      throw new SealException("the encrypted file could not be opened: " + e.getMessage());
    }
  }
}
