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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;

import org.rapport.model.DocumentEntry;
import org.rapport.model.time.Dates;

/**
 * Small, append-only record of index changes. Saving a document changes only its summary in the
 * index (status, version, dates), yet writing the whole index costs milliseconds per thousand
 * sessions; so the summary is appended here (one checksummed line, flushed to disk) and the index is
 * rewritten only when a document is added, when the journal grows long, and when the casebook is
 * closed. Opening replays the journal onto the index. A line cut short by a crash fails its
 * checksum and is skipped: the document's own file is whole, and its next save records it again.
 */
final class IndexJournal {

  static final String FILE = "casebook.journal";
  /** Beyond this many records the next save rewrites the index instead. */
  static final int COMPACT_AFTER = 500;
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path file;
  private final java.util.function.Supplier<Sealing> sealing;
  private int records;

  IndexJournal(Path folder, java.util.function.Supplier<Sealing> sealing) {
    this.file = folder.resolve(FILE);
    this.sealing = sealing;
  }

  /** Appends an entry's summary durably. */
  void append(DocumentEntry entry) throws IOException {
    String record = String.join("\t", encode(entry.getDocumentId()), encode(entry.getStatus()), Integer.toString(entry.getVersion()),
        encode(entry.getModified() == null ? null : Dates.time(entry.getModified()).toString()),
        encode(entry.getReviewDate() == null ? null : Dates.day(entry.getReviewDate()).toString()), Integer.toString(entry.getGeneration()));
    // after a record cut short by a crash, start on a new line so this record is not glued onto it
    String start = SealedLines.endsMidLine(file) ? "\n" : "";
    byte[] line = (start + SealedLines.seal(record + "\t" + checksum(record), sealing.get(), FILE) + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      channel.write(ByteBuffer.wrap(line));
      channel.force(false);
    }
    records++;
  }

  /**
   * Applies the journal, in order, to the entries of the index.
   *
   * @return how many records were damaged and skipped
   */
  int replay(Map<String, DocumentEntry> entries) {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    int damaged = 0;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return 1;   // far more than compaction allows: not ours, or damaged; the index alone is used
      }
      for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        records++;
        String record;
        try {
          record = SealedLines.open(line, sealing.get(), FILE);
        } catch (IOException e) {
          damaged++;
          continue;
        }
        // six fields and a checksum; journals written before generations had five
        String[] fields = record.split("\t", -1);
        int count = fields.length - 1;
        if (count != 5 && count != 6 || !checksum(String.join("\t", java.util.Arrays.copyOf(fields, count))).equals(fields[count])) {
          damaged++;
          continue;
        }
        DocumentEntry entry = entries.get(decode(fields[0]));
        if (entry == null) {
          continue;   // a document the index no longer lists
        }
        try {
          entry.setStatus(decode(fields[1]));
          entry.setVersion(Integer.parseInt(fields[2]));
          String modified = decode(fields[3]);
          entry.setModified(Dates.of(modified == null ? null : LocalDateTime.parse(modified)));
          String review = decode(fields[4]);
          entry.setReviewDate(Dates.of(review == null ? null : LocalDate.parse(review)));
          if (count == 6) {
            entry.setGeneration(Integer.parseInt(fields[5]));
          }
        } catch (RuntimeException e) {
          damaged++;
        }
      }
    } catch (IOException e) {
      damaged++;
    }
    return damaged;
  }

  int records() {
    return records;
  }

  boolean wantsCompaction() {
    return records >= COMPACT_AFTER;
  }

  /** The index now holds everything the journal did. */
  void discard() throws IOException {
    Files.deleteIfExists(file);
    records = 0;
  }

  private static String encode(String value) {
    return value == null ? "-" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return "-".equals(value) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String checksum(String record) {
    CRC32 crc = new CRC32();
    crc.update(record.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
