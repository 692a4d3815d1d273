// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.rapport.model.signing.Signer;
import org.rapport.sync.LabCredentials;

/**
 * A workstation's store of lab passwords, sealed for the person signed in: one file per person and
 * lab under {@code ~/.rapport/lab-credentials/}, AES-256-GCM under a key only that person's signing
 * key can make (SHA-256 of its Ed25519 signature over the lab's address, which is the same every
 * time), with person and address as associated data. Nothing is kept for a user who reads only, and
 * nothing ever goes into a casebook or its repository.
 */
final class LabCredentialStore {

  private static final byte[] MAGIC = "RPLABC1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;

  private final Path folder;

  LabCredentialStore(Path folder) {
    this.folder = folder;
  }

  static LabCredentialStore ofThisWorkstation() {
    return new LabCredentialStore(Path.of(System.getProperty("user.home"), ".rapport", "lab-credentials"));
  }

  /** The credentials {@code signer}'s person keeps for {@code remote}, or empty (none, or unreadable). */
  Optional<LabCredentials> find(Signer signer, String remote) {
    Path file = fileFor(signer, remote);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] sealed = Files.readAllBytes(file);
      if (sealed.length < MAGIC.length + NONCE_BYTES + 16 || !Arrays.equals(MAGIC, Arrays.copyOf(sealed, MAGIC.length))) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(signer, remote), new GCMParameterSpec(128, sealed, MAGIC.length, NONCE_BYTES));
      cipher.updateAAD(associated(signer, remote));
      byte[] plain = cipher.doFinal(sealed, MAGIC.length + NONCE_BYTES, sealed.length - MAGIC.length - NONCE_BYTES);
      ByteBuffer buffer = ByteBuffer.wrap(plain);
      byte[] user = new byte[buffer.getInt()];
      buffer.get(user);
      byte[] password = new byte[buffer.remaining()];
      buffer.get(password);
      Arrays.fill(plain, (byte) 0);
      java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(password));
      char[] typed = Arrays.copyOf(chars.array(), chars.limit());   // the buffer's array may be longer than its text
      Arrays.fill(password, (byte) 0);
      return Optional.of(new LabCredentials(new String(user, StandardCharsets.UTF_8), typed));
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return Optional.empty();   // changed, another person's, or from an older key: ask again
    }
  }

  /** Keeps {@code credentials} for {@code remote}, sealed for {@code signer}'s person, replacing what was kept. */
  void keep(Signer signer, String remote, LabCredentials credentials) throws IOException {
    try {
      byte[] user = credentials.user().getBytes(StandardCharsets.UTF_8);
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(credentials.password()));
      byte[] password = Arrays.copyOf(encoded.array(), encoded.limit());
      ByteBuffer plain = ByteBuffer.allocate(4 + user.length + password.length).putInt(user.length).put(user).put(password);
      byte[] nonce = new byte[NONCE_BYTES];
      new SecureRandom().nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(signer, remote), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(associated(signer, remote));
      byte[] sealed = cipher.doFinal(plain.array());
      Arrays.fill(plain.array(), (byte) 0);
      Arrays.fill(password, (byte) 0);
      Files.createDirectories(folder);
      Path file = fileFor(signer, remote);
      Path temporary = file.resolveSibling(file.getFileName() + ".new");
      Files.write(temporary, ByteBuffer.allocate(MAGIC.length + nonce.length + sealed.length).put(MAGIC).put(nonce).put(sealed).array());
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (GeneralSecurityException e) {
      throw new IOException("the password could not be sealed (" + e.getMessage() + ")", e);
    }
  }

  /** Forgets what {@code signer}'s person kept for {@code remote} (after the lab refused it). */
  void forget(Signer signer, String remote) {
    try {
      Files.deleteIfExists(fileFor(signer, remote));
    } catch (IOException e) {
      // a file that stays is tried once more, refused again, and offered for replacing
    }
  }

  private Path fileFor(Signer signer, String remote) {
    return folder.resolve(HexFormat.of().formatHex(sha256(associated(signer, remote))).substring(0, 32) + ".cred");
  }

  private static SecretKeySpec key(Signer signer, String remote) {
    byte[] signature = signer.sign(("rapport lab credentials 1\n" + remote).getBytes(StandardCharsets.UTF_8));
    return new SecretKeySpec(sha256(signature), "AES");
  }

  private static byte[] associated(Signer signer, String remote) {
    return (signer.person().getId() + "\n" + remote).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
