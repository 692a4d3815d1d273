// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@code casebook.key}: how the key of an encrypted casebook is derived from its passphrase
 * (Argon2id, with its salt and costs) and a key check, a known text sealed under the key, so that a
 * wrong passphrase is told apart from a damaged file. The file holds nothing secret.
 */
final class KeyFile {

  static final String FILE = "casebook.key";
  private static final String CHECK_NAME = "key-check";
  private static final byte[] CHECK = "Rapport casebook key check".getBytes(StandardCharsets.UTF_8);
  /** Argon2id costs for new keys: 64 MiB and three passes take a few tenths of a second, once per opening; a lab may raise them. */
  static int memoryKiB() {
    return Integer.getInteger("rapport.kdf.memoryKiB", 65536);
  }

  static int iterations() {
    return Integer.getInteger("rapport.kdf.iterations", 3);
  }

  private final byte[] salt;
  private final int memoryKiB;
  private final int iterations;
  private final byte[] check;

  private KeyFile(byte[] salt, int memoryKiB, int iterations, byte[] check) {
    this.salt = salt;
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.check = check;
  }

  /** A new key file for {@code passphrase}, with a fresh salt; the key it gives is returned through {@code keyOut}. */
  static KeyFile create(char[] passphrase, Sealing[] keyOut) {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    int memory = memoryKiB();
    int iterations = iterations();
    byte[] key = derive(passphrase, salt, memory, iterations);
    Sealing sealing = new Sealing(key);
    Arrays.fill(key, (byte) 0);
    keyOut[0] = sealing;
    return new KeyFile(salt, memory, iterations, sealing.seal(CHECK, CHECK_NAME));
  }

  /** The sealing of {@code passphrase}, or null when it is not this casebook's passphrase. */
  Sealing unlock(char[] passphrase) {
    byte[] key = derive(passphrase, salt, memoryKiB, iterations);
    Sealing sealing = new Sealing(key);
    Arrays.fill(key, (byte) 0);
    try {
      return Arrays.equals(sealing.open(check, CHECK_NAME), CHECK) ? sealing : null;
    } catch (Sealing.SealException e) {
      return null;
    }
  }

  static byte[] derive(char[] passphrase, byte[] salt, int memoryKiB, int iterations) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(1).build());
    byte[] key = new byte[32];
    generator.generateBytes(passphrase, key);
    return key;
  }

  static KeyFile read(Path file) throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
    try {
      if (!"1".equals(properties.getProperty("format")) || !"argon2id".equals(properties.getProperty("kdf"))) {
        throw new IOException("the key file " + file + " is of a kind this version of Rapport does not know");
      }
      int memory = Integer.parseInt(properties.getProperty("memoryKiB"));
      int iterations = Integer.parseInt(properties.getProperty("iterations"));
      if (memory < 8 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100) {
        throw new IOException("the key file " + file + " asks for costs out of range; it was not used");
      }
      KeyFile key = new KeyFile(Base64.getDecoder().decode(properties.getProperty("salt")), memory, iterations,
          Base64.getDecoder().decode(properties.getProperty("check")));
      // a changed salt or cost would otherwise read as a wrong passphrase; files written before the
      // digest was added have none and are taken as they are
      String digest = properties.getProperty("digest");
      if (digest != null && !digest.equals(key.digest())) {
        throw new IOException("the key file " + file + " is damaged (its content does not match its digest); the passphrase was"
            + " not tried. Put back a copy of " + FILE + " from a backup of the casebook");
      }
      return key;
    } catch (NumberFormatException | NullPointerException e) {
      throw new IOException("the key file " + file + " is damaged (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new IOException("the key file " + file + " is damaged (" + e.getMessage() + ")", e);
    }
  }

  /** SHA-256 over everything the key is derived and checked with, so that damage is told from a wrong passphrase. */
  private String digest() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(("1|argon2id|" + memoryKiB + "|" + iterations + "|").getBytes(StandardCharsets.US_ASCII));
      sha.update(salt);
      sha.update((byte) '|');
      sha.update(check);
      return Base64.getEncoder().encodeToString(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    Properties properties = new Properties();
    properties.setProperty("format", "1");
    properties.setProperty("kdf", "argon2id");
    properties.setProperty("memoryKiB", Integer.toString(memoryKiB));
    properties.setProperty("iterations", Integer.toString(iterations));
    properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
    properties.setProperty("check", Base64.getEncoder().encodeToString(check));
    properties.setProperty("digest", digest());
    StringWriter out = new StringWriter();
    try {
      properties.store(out, "Rapport casebook key: how the key is derived from the passphrase; nothing secret");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
