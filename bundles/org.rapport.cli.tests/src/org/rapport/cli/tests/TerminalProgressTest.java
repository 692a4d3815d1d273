// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rapport.cli.internal.TerminalProgress;

/** The progress line of {@code rapport check}: rewritten in place on a terminal, a few times a second, and silent elsewhere. */
class TerminalProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now;

  @Test
  void showsTheCountAtMostFourTimesASecondAndAlwaysTheLast() {
    TerminalProgress progress = new TerminalProgress(err, true, () -> now);
    progress.checked(1, 2_000);
    now = 100;
    progress.checked(2, 2_000);   // too soon after the first
    now = 260;
    progress.checked(1_000, 2_000);
    now = 270;
    progress.checked(2_000, 2_000);   // the last is shown however soon
    assertEquals("\rchecked 1 of 2,000 documents (0 %)\rchecked 1,000 of 2,000 documents (50 %)"
        + "\rchecked 2,000 of 2,000 documents (100 %)", shown());
  }

  @Test
  void clearsItsLineWhenDone() {
    TerminalProgress progress = new TerminalProgress(err, true, () -> now);
    progress.checked(3, 4);
    bytes.reset();
    progress.done();
    assertEquals("\r" + " ".repeat("checked 3 of 4 documents (75 %)".length()) + "\r", shown());
  }

  @Test
  void writesNothingWhenNotOnATerminal() {
    TerminalProgress progress = new TerminalProgress(err, false, () -> now);
    progress.checked(1, 1);
    progress.done();
    assertEquals("", shown());
  }

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
