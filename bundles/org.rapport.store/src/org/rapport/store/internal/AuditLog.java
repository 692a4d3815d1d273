// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.AuditEntry;

/**
 * A casebook's audit trail, {@code audit.log}: one line per entry, appended and flushed, each
 * holding the SHA-256 of the entry before it and its own, so that a changed, removed or reordered
 * entry breaks the chain. {@code audit.head} holds the number and hash of the last entry, written
 * atomically, so that entries cut off the end are noticed too. In an encrypted casebook every line
 * and the head are sealed. An entry whose actor is signed in ({@code signer}) ends with a ninth
 * field, the actor's key fingerprint and Ed25519 signature over {@link #signedBytes} of its hash: as
 * the hash chains every entry before, nobody without a person's key rewrites the trail up to the
 * newest signed entry, even in a plain casebook.
 */
public final class AuditLog {

  static final String FILE = "audit.log";
  static final String HEAD = "audit.head";
  private static final String GENESIS = "0".repeat(64);

  /** The first line of what an entry's signature covers; the entry's hash follows. */
  static final String SIGNED = "rapport-audit 1\n";

  private final Path folder;
  private final Supplier<Sealing> sealing;
  private final Supplier<Signer> signer;
  private long count = -1;
  private String lastHash;

  AuditLog(Path folder, Supplier<Sealing> sealing, Supplier<Signer> signer) {
    this.folder = folder;
    this.sealing = sealing;
    this.signer = signer;
  }

  /** The bytes an entry's signature covers. */
  static byte[] signedBytes(String hash) {
    return (SIGNED + hash).getBytes(StandardCharsets.UTF_8);
  }

  /** Appends an entry durably. */
  synchronized void append(String actor, String action, String documentId, String detail) throws IOException {
    appendAll(List.<String[]>of(new String[] {actor, action, documentId, detail}));
  }

  /**
   * Appends entries (each actor, action, document id, detail) durably, flushing once for all of
   * them, as when a sync brings thousands of documents.
   */
  synchronized void appendAll(List<String[]> added) throws IOException {
    if (added.isEmpty()) {
      return;
    }
    if (count < 0) {
      // the log's own last entry, not the head: a crash between the two leaves the head one behind
      String[] last = lastEntry(folder.resolve(FILE), sealing.get());
      if (last != null) {
        count = Long.parseLong(last[0]);
        lastHash = last[7];
      } else {
        List<AuditEntry> entries = new ArrayList<>();
        read(folder, sealing.get(), entries);
        count = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        lastHash = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
      }
    }
    long sequence = count;
    String hash = lastHash;
    // after a line cut short by a crash, start on a new line so this entry is not glued onto it
    StringBuilder lines = new StringBuilder(SealedLines.endsMidLine(folder.resolve(FILE)) ? "\n" : "");
    String at = LocalDateTime.now().withNano(0).toString();
    Signer signedIn = signer.get();
    for (String[] entry : added) {
      sequence++;
      String body = String.join("\t", Long.toString(sequence), at, encode(entry[0]), encode(entry[1]), encode(entry[2]), encode(entry[3]),
          hash);
      hash = sha256(body);
      String signature = signedIn != null && signedIn.person().getId().equals(entry[0])
          ? "\t" + Keys.fingerprint(signedIn.publicKey()) + ":" + Base64.getEncoder().encodeToString(signedIn.sign(signedBytes(hash)))
          : "";
      lines.append(seal(body + "\t" + hash + signature, FILE)).append('\n');
    }
    try (FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
    count = sequence;
    lastHash = hash;
    AtomicFile.write(folder.resolve(HEAD), seal(sequence + "\t" + hash, HEAD).getBytes(StandardCharsets.UTF_8),
        AtomicFile.StepListener.NONE);
  }

  /** "{@code <number> <hash>}" of the last entry, or null when the trail is empty or cannot be read. */
  synchronized String anchor() {
    if (count > 0) {
      return count + " " + lastHash;   // known since the last append
    }
    String[] last = lastEntry(folder.resolve(FILE), sealing.get());   // the tail only: a trail of years is not read whole
    return last == null ? null : last[0] + " " + last[7];
  }

  /** What is wrong when {@code entries} do not hold the entry {@code anchor} of the index names, or empty. */
  static Optional<String> holds(List<AuditEntry> entries, String anchor) {
    return holds(entries, anchor, "the index");
  }

  /** What is wrong when {@code entries} do not hold the entry {@code anchor} names, {@code whose} (the index, this workstation) it is. */
  static Optional<String> holds(List<AuditEntry> entries, String anchor, String whose) {
    if (anchor == null || anchor.isBlank()) {
      return Optional.empty();
    }
    String[] parts = anchor.strip().split(" ");
    long sequence;
    try {
      sequence = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return Optional.of(whose + " holds a damaged anchor of the audit trail");
    }
    if (sequence > entries.size()) {
      String when = "the index".equals(whose) ? "the index was written when the trail had " : whose + " saw the trail with ";
      return Optional.of(when + sequence + " entries, but it has " + entries.size() + ": the trail was removed or cut back");
    }
    if (parts.length < 2 || !entries.get((int) sequence - 1).hash().equals(parts[1])) {
      return Optional.of("entry " + sequence + " is not the one " + whose + " recorded: the trail was rewritten");
    }
    return Optional.empty();
  }

  /** The fields of the log's last complete entry, or null when there is none or it cannot be read (then the log is read whole). */
  private static String[] lastEntry(Path file, Sealing sealing) {
    try (java.nio.channels.FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int length = (int) Math.min(size, 64 * 1024);
      ByteBuffer tail = ByteBuffer.allocate(length);
      channel.read(tail, size - length);
      String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      int start = end <= 0 ? -1 : text.lastIndexOf('\n', end - 1);
      if (end <= 0 || start < 0 && length < size) {
        return null;
      }
      String[] fields = open(text.substring(start + 1, end), sealing, FILE).split("\t", -1);
      return (fields.length == 8 || fields.length == 9) && fields[0].matches("\\d{1,18}") && fields[7].length() == 64 ? fields : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private String seal(String text, String name) {
    return SealedLines.seal(text, sealing.get(), name);
  }

  private static String open(String line, Sealing sealing, String name) throws IOException {
    return SealedLines.open(line, sealing, name);
  }

  /**
   * Reads the trail into {@code entries}, oldest first, checking each link.
   *
   * @return the first problem, in words (the line and what is wrong), or empty when the chain holds
   */
  static Optional<String> read(Path folder, Sealing sealing, List<AuditEntry> entries) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Files.exists(folder.resolve(HEAD)) ? Optional.of("the audit trail is missing, yet its head says entries were written")
          : Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.of("the audit trail could not be read: " + e.getMessage());
    }
    String previous = GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String text;
      try {
        text = open(lines.get(i), sealing, FILE);
      } catch (IOException e) {
        return Optional.of("line " + lineNumber + ": the entry cannot be opened (" + e.getMessage() + ")");
      }
      String[] fields = text.split("\t", -1);
      if (fields.length != 8 && fields.length != 9) {
        return Optional.of("line " + lineNumber + ": the entry is not in the trail's format");
      }
      String body = String.join("\t", java.util.Arrays.copyOf(fields, 7));
      if (!sha256(body).equals(fields[7])) {
        return Optional.of("line " + lineNumber + ": the entry was changed after it was written (its hash does not match)");
      }
      if (!fields[6].equals(previous)) {
        return Optional.of("line " + lineNumber + ": the link to the entry before is broken (an entry was removed, added or moved)");
      }
      long sequence;
      try {
        sequence = Long.parseLong(fields[0]);
        entries.add(new AuditEntry(sequence, LocalDateTime.parse(fields[1]), decode(fields[2]), decode(fields[3]), decode(fields[4]),
            decode(fields[5]), fields[6], fields[7], fields.length == 9 ? fields[8] : null));
      } catch (RuntimeException e) {
        return Optional.of("line " + lineNumber + ": the entry cannot be read (" + e.getMessage() + ")");
      }
      if (sequence != lineNumber) {
        return Optional.of("line " + lineNumber + ": the entry is numbered " + sequence);
      }
      previous = fields[7];
    }
    return checkHead(folder, sealing, entries);
  }

  private static Optional<String> checkHead(Path folder, Sealing sealing, List<AuditEntry> entries) {
    Path head = folder.resolve(HEAD);
    if (!Files.isRegularFile(head)) {
      return entries.isEmpty() ? Optional.empty() : Optional.of("the head of the audit trail is missing");
    }
    try {
      String[] fields = open(Files.readString(head, StandardCharsets.UTF_8).strip(), sealing, HEAD).split("\t");
      long count = Long.parseLong(fields[0]);
      String last = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
      String beforeLast = entries.size() < 2 ? GENESIS : entries.get(entries.size() - 2).hash();
      if (count == entries.size() - 1 && fields[1].equals(beforeLast)) {
        return Optional.empty();   // the last entry was written and the head not yet (a crash, or a reader in between)
      }
      if (count != entries.size() || !fields[1].equals(last)) {
        return Optional.of("the trail has " + entries.size() + " entries but its head records " + count
            + ": entries were removed from its end, or the head was changed");
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("the head of the audit trail cannot be read: " + e.getMessage());
    }
  }

  private static String encode(String value) {
    return value == null ? "-" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return "-".equals(value) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
