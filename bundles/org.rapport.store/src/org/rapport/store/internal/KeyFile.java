// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@code casebook.key}: how the key of an encrypted casebook is derived from its passphrase
 * (Argon2id, with its salt and costs) and a key check, a known text sealed under the key, so that a
 * wrong passphrase is told apart from a damaged file. A casebook shared with a lab also holds the
 * key wrapped for each person with access ({@link AccessWrap}, lines {@code access.<person id>}),
 * and the keys whose access was taken away ({@code revoked.<person id>}, a fingerprint), which are
 * never wrapped for again. The file holds nothing secret; its digest covers what derives and checks
 * the key, and each wrap guards itself with its own tag.
 *
 * <p>Each move to a new key (a change of passphrase, someone's access taken away) counts one
 * {@code generation} up, and the owner signs it ({@code moved.key}, {@code moved.signature}, over
 * the casebook's id, the generation and the digest), so that another workstation follows a newer
 * key only when the owner made it, and never goes back to an older one.
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
  /** Person id to the casebook key wrapped for their current key; sorted, so the same content gives the same bytes. */
  private final java.util.SortedMap<String, String> access = new java.util.TreeMap<>();
  /** Person id to the fingerprints (comma-separated) of keys whose access was revoked. */
  private final java.util.SortedMap<String, String> revoked = new java.util.TreeMap<>();
  /** How many times the casebook moved to a new key since it was encrypted. */
  private int generation;
  /** The owner's public key (Base64) that signed the move to this key, and the signature; null when unsigned. */
  private String movedKey;
  private String moveSignature;

  private KeyFile(byte[] salt, int memoryKiB, int iterations, byte[] check) {
    this.salt = salt;
    this.memoryKiB = memoryKiB;
    this.iterations = iterations;
    this.check = check;
  }

  /** Person ids with the casebook key wrapped for them. */
  java.util.Set<String> holders() {
    return java.util.Collections.unmodifiableSet(access.keySet());
  }

  String wrapFor(String personId) {
    return access.get(personId);
  }

  /** Wraps {@code sealing}'s key for {@code personId}'s {@code key}, replacing a wrap for an older key; false when that key was revoked. */
  boolean grant(Sealing sealing, String personId, java.security.PublicKey key) {
    String fingerprint = org.rapport.model.signing.Keys.fingerprint(key);
    if (isRevoked(personId, fingerprint)) {
      return false;
    }
    byte[] raw = sealing.keyBytes();
    try {
      access.put(personId, AccessWrap.wrap(raw, personId, key));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
    return true;
  }

  /** Takes {@code personId}'s wrap away and remembers the key it was for, so that it is never wrapped for again. */
  void revoke(String personId, String fingerprint) {
    String wrap = access.get(personId);
    if (wrap != null && fingerprint.equals(AccessWrap.fingerprintOf(wrap))) {
      access.remove(personId);
    }
    if (!isRevoked(personId, fingerprint)) {
      revoked.merge(personId, fingerprint, (old, added) -> old + "," + added);
    }
  }

  boolean isRevoked(String personId, String fingerprint) {
    String marks = revoked.get(personId);
    return marks != null && List.of(marks.split(",")).contains(fingerprint);
  }

  /** Whether {@code other} derives and checks the key as this file does (the same key), whatever its wraps. */
  boolean sameKey(KeyFile other) {
    return digest().equals(other.digest());
  }

  /**
   * Takes in the wraps and revocations of {@code other}, a copy of this key file from another
   * workstation: a revocation is never undone, a wrap for a revoked key is dropped, a wrap for
   * someone this file has none for is added, and a wrap here is kept.
   */
  void takeAccessOf(KeyFile other) {
    takeRevocationsOf(other);
    other.access.forEach((person, wrap) -> {
      String fingerprint = AccessWrap.fingerprintOf(wrap);
      if (fingerprint != null && !isRevoked(person, fingerprint)) {
        access.putIfAbsent(person, wrap);
      }
    });
  }

  /** Carries the revocations of {@code other} into this file (a casebook moved to a new key keeps them). */
  void takeRevocationsOf(KeyFile other) {
    other.revoked.forEach((person, marks) -> List.of(marks.split(",")).forEach(mark -> revoke(person, mark)));
  }

  int generation() {
    return generation;
  }

  /** The owner's public key (Base64) that signed the move to this key, or null. */
  String movedKey() {
    return movedKey;
  }

  /**
   * Marks this new key file as the move from {@code old}'s key: one generation on, signed by
   * {@code owner} when the owner is signed in (unsigned, it is a key other workstations do not
   * follow). The signature names the casebook, so it cannot be carried to another one.
   */
  void movedFrom(KeyFile old, org.rapport.model.signing.Signer owner, String casebookId) {
    generation = old.generation + 1;
    movedKey = owner == null ? null : org.rapport.model.signing.Keys.encode(owner.publicKey());
    moveSignature = owner == null ? null : Base64.getEncoder().encodeToString(owner.sign(moveStatement(casebookId)));
  }

  /** Whether the move to this key of the casebook {@code casebookId} was signed by the holder of {@code movedKey()}. */
  boolean moveVerifies(String casebookId) {
    return movedKey != null && org.rapport.model.signing.Keys.verifies(movedKey, moveStatement(casebookId), moveSignature);
  }

  private byte[] moveStatement(String casebookId) {
    return ("rapport-casebook-key 1|" + casebookId + "|" + generation + "|" + digest()).getBytes(StandardCharsets.UTF_8);
  }

  /** The sealing the casebook key wrapped for {@code personId} gives with their key pair, or null when it gives none that checks. */
  Sealing unlock(String personId, java.security.KeyPair keys) {
    String wrap = access.get(personId);
    byte[] raw = wrap == null ? null : AccessWrap.unwrap(wrap, personId, keys);
    if (raw == null) {
      return null;
    }
    Sealing sealing = new Sealing(raw);
    Arrays.fill(raw, (byte) 0);
    return opens(sealing) ? sealing : null;
  }

  /**
   * The casebook key unwrapped with {@code keys}, from the wrap made for that public key whoever
   * it was made for here (person ids are each casebook's own; a person's key is the same in all);
   * null when none was.
   */
  Sealing unlock(java.security.KeyPair keys) {
    String fingerprint = org.rapport.model.signing.Keys.fingerprint(keys.getPublic());
    for (java.util.Map.Entry<String, String> wrap : access.entrySet()) {
      if (fingerprint.equals(AccessWrap.fingerprintOf(wrap.getValue()))) {
        Sealing sealing = unlock(wrap.getKey(), keys);
        if (sealing != null) {
          return sealing;
        }
      }
    }
    return null;
  }

  /** Whether {@code sealing} holds this casebook's key. */
  boolean opens(Sealing sealing) {
    try {
      return Arrays.equals(sealing.open(check, CHECK_NAME), CHECK);
    } catch (Sealing.SealException e) {
      return false;
    }
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
    return opens(sealing) ? sealing : null;
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
    return read(Files.readAllBytes(file), file.toString());
  }

  /** The key file in {@code bytes}, from {@code file} (a path, or where in a lab it comes from). */
  static KeyFile read(byte[] bytes, String file) throws IOException {
    if (bytes.length > 1024 * 1024) {
      throw new IOException("the key file " + file + " is far larger than any key file; it was not read");
    }
    Properties properties = new Properties();
    properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
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
      String generation = properties.getProperty("generation");
      key.generation = generation == null ? 0 : Integer.parseInt(generation);
      if (key.generation < 0) {
        throw new IOException("the key file " + file + " is damaged (a negative generation)");
      }
      key.movedKey = properties.getProperty("moved.key");
      key.moveSignature = properties.getProperty("moved.signature");
      for (String name : properties.stringPropertyNames()) {
        if (name.startsWith("access.") && PersonKeys.SAFE_ID.matcher(name.substring(7)).matches()) {
          key.access.put(name.substring(7), properties.getProperty(name));
        } else if (name.startsWith("revoked.") && PersonKeys.SAFE_ID.matcher(name.substring(8)).matches()) {
          key.revoked.put(name.substring(8), properties.getProperty(name));
        }
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

  /**
   * The file's text: in a fixed order and without the date {@link Properties#store} would add, so
   * that two workstations holding the same key and access write the same bytes (the file travels
   * with a shared casebook). Every value is Base64, hex or a number, so nothing needs escaping.
   */
  byte[] bytes() {
    StringBuilder out = new StringBuilder("# Rapport casebook key: how the key is derived from the passphrase, and for whom it is wrapped;"
        + " nothing secret\n");
    out.append("format=1\nkdf=argon2id\n");
    out.append("memoryKiB=").append(memoryKiB).append('\n');
    out.append("iterations=").append(iterations).append('\n');
    out.append("salt=").append(Base64.getEncoder().encodeToString(salt)).append('\n');
    out.append("check=").append(Base64.getEncoder().encodeToString(check)).append('\n');
    out.append("digest=").append(digest()).append('\n');
    if (generation > 0) {
      out.append("generation=").append(generation).append('\n');
    }
    if (movedKey != null && moveSignature != null) {
      out.append("moved.key=").append(movedKey).append('\n');
      out.append("moved.signature=").append(moveSignature).append('\n');
    }
    access.forEach((person, wrap) -> out.append("access.").append(person).append('=').append(wrap).append('\n'));
    revoked.forEach((person, marks) -> out.append("revoked.").append(person).append('=').append(marks).append('\n'));
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
