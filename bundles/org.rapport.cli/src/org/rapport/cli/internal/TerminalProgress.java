// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.rapport.operations.CasebookCheck;

/**
 * How far a long command has come, on one line of a terminal rewritten in place a few times a
 * second, and cleared when the command is done. Silent when the error stream is not a terminal
 * (a file, a pipe, a test): a log should hold findings, not a thousand progress lines.
 */
public final class TerminalProgress implements CasebookCheck.Progress {

  private static final long INTERVAL_MILLIS = 250;

  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier millis;
  private long shownAt;
  private boolean shownYet;
  private int widest;

  /** @param millis the clock, in milliseconds (tests pass their own) */
  public TerminalProgress(PrintStream err, boolean terminal, LongSupplier millis) {
    this.err = err;
    this.terminal = terminal;
    this.millis = millis;
  }

  /** Progress on {@code err} when this process runs on a terminal. */
  static TerminalProgress on(PrintStream err) {
    return new TerminalProgress(err, onTerminal(), System::currentTimeMillis);
  }

  @Override
  public boolean checked(int done, int total) {
    long now = millis.getAsLong();
    if (terminal && (!shownYet || now - shownAt >= INTERVAL_MILLIS || done == total)) {
      String line = String.format(Locale.ROOT, "checked %,d of %,d documents (%d %%)", done, total, total == 0 ? 100 : done * 100L / total);
      widest = Math.max(widest, line.length());
      err.print("\r" + line);
      err.flush();
      shownAt = now;
      shownYet = true;
    }
    return true;
  }

  /** Clears the progress line, so that what follows starts on a clean line. */
  public void done() {
    if (widest > 0) {
      err.print("\r" + " ".repeat(widest) + "\r");
      err.flush();
      widest = 0;
    }
  }

  /**
   * Whether standard input and output are a terminal. From Java 22 a console exists even when they
   * are redirected, and {@code Console.isTerminal} says which; Java 21 has no console then.
   */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
