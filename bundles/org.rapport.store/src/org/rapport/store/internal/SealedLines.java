// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Lines of the casebook's append-only files (the index journal, the audit trail) in an encrypted
 * casebook: each line sealed on its own, so appending stays an append, written as "S " and the
 * sealed bytes in Base64. In a plain casebook lines stay as they are.
 */
final class SealedLines {

  private static final String SEALED = "S ";

  private SealedLines() {
  }

  static String seal(String line, Sealing sealing, String name) {
    return sealing == null ? line : SEALED + Base64.getEncoder().encodeToString(sealing.seal(line.getBytes(StandardCharsets.UTF_8), name));
  }

  static String open(String line, Sealing sealing, String name) throws IOException {
    if (line.startsWith(SEALED)) {
      if (sealing == null) {
        throw new IOException("it is encrypted and the casebook was opened without its key");
      }
      try {
        return new String(sealing.open(Base64.getDecoder().decode(line.substring(SEALED.length()).strip()), name), StandardCharsets.UTF_8);
      } catch (Sealing.SealException | IllegalArgumentException e) {
        throw new IOException("it cannot be opened: it was changed or damaged");
      }
    }
    if (sealing != null) {
      throw new IOException("it is not encrypted although the casebook is");
    }
    return line;
  }

  /** A line moved from one sealing to another (either may be null: plain). */
  static String reseal(String line, Sealing from, Sealing to, String name) throws IOException {
    return seal(open(line, from, name), to, name);
  }

  /** Whether an append-only file ends inside a line (cut short by a crash): the next line must then start on its own. */
  static boolean endsMidLine(java.nio.file.Path file) throws IOException {
    if (!java.nio.file.Files.isRegularFile(file) || java.nio.file.Files.size(file) == 0) {
      return false;
    }
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      channel.read(last, channel.size() - 1);
      return last.get(0) != '\n';
    }
  }
}
