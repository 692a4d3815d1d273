// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.rapport.store.CasebookStore;

/**
 * A command-line application of the product: takes its arguments and the store from the platform,
 * and returns its exit status, which the launcher passes on to the shell.
 */
abstract class HeadlessCommand implements IApplication {

  @Override
  public final Object start(IApplicationContext context) {
    context.applicationRunning();
    String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
    if (asksForHelp(args)) {
      System.out.println(usage());
      return Integer.valueOf(2);   // as for any command line that runs nothing
    }
    return Integer.valueOf(execute(args, Services.store(), System.out, System.err));
  }

  /** Whether the command line asks for the command's usage ({@code --help}, {@code -h}) instead of running it. */
  static boolean asksForHelp(String[] args) {
    return java.util.Arrays.stream(args).anyMatch(arg -> "--help".equals(arg) || "-h".equals(arg) || "-?".equals(arg));
  }

  /** How the command is called and what it does, for {@code --help}. */
  abstract String usage();

  /** Runs {@code body}; a failure nobody foresaw is one line for the user and status 2, not a stack trace. */
  static int guarded(String command, PrintStream err, java.util.function.IntSupplier body) {
    try {
      return body.getAsInt();
    } catch (RuntimeException | OutOfMemoryError e) {
      err.println("rapport " + command + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
      return 2;
    }
  }

  /** Runs the command: 0 for success, 1 for "it ran and found errors", 2 for "it could not run". */
  abstract int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err);

  @Override
  public final void stop() {
    // commands run to their end; stopping half-way would leave nothing useful
  }
}
