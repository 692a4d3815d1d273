// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the desk shows of one followed casebook, read from its index only: whose it is, and the
 * reflections awaiting the reviewer's eye. {@code problem} says why nothing more can be shown (the
 * folder is gone, the casebook is encrypted or cannot be read); it is null when all is well.
 */
public record DeskCasebook(Path folder, String title, String trainee, String problem, List<Awaiting> awaiting) {

  /** A reflection note submitted (or resubmitted) for review. */
  public record Awaiting(Path casebook, String documentId, String file, String client, int session, LocalDateTime when, String status) {
  }

  /** What a row says while its casebook is being read. */
  static final String READING = "Reading\u2026";

  /** The row shown for {@code folder} until its index is read. */
  static DeskCasebook reading(Path folder) {
    return unreadable(folder, READING);
  }

  /** Whether this row waits for its index to be read. */
  public boolean isReading() {
    return READING.equals(problem);
  }

  static DeskCasebook unreadable(Path folder, String problem) {
    return new DeskCasebook(folder, folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(), null, problem,
        List.of());
  }
}
