// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * {@code rapport upgrade <casebook>}: rewrites every file of a casebook still in an older on-disk
 * format in the current one, so that tools outside Rapport read all of it (FORMAT.md). Rapport
 * itself reads older files as they are; this only spares other tools the old forms. Exit status 0
 * when every document is current, 1 when some could not be read (they are named and left as they
 * were), 2 when the casebook could not be opened or written.
 */
public final class UpgradeApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport upgrade <casebook folder>";

  @Override
  String usage() {
    return USAGE + "\n" + "Rewrites the files of a casebook written in an older format in the current one; content and signatures stay as they are.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("upgrade", err, () -> upgrade(args, store, out, err));
  }

  private static int upgrade(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println(USAGE);
      return 2;
    }
    Path folder = Path.of(args[0]);
    TerminalProgress progress = TerminalProgress.on(err);
    try (OpenCasebook open = store.open(folder, Services.passphraseFor(folder, err))) {
      OpenCasebook.FormatUpgrade result = open.upgradeFormat(null, progress::checked);   // the command line acts as no person
      progress.done();
      for (StoreProblem problem : result.unreadable()) {
        err.println("rapport upgrade: left " + problem.file() + " as it was: " + problem.cause());
      }
      out.println(result.rewritten() == 0 ? "every document of " + folder + " was already in the current format"
          : "rewrote " + result.rewritten() + " document" + (result.rewritten() == 1 ? "" : "s") + " of " + folder + " in the current format");
      return result.unreadable().isEmpty() ? 0 : 1;
    } catch (StoreException e) {
      progress.done();
      err.println("rapport upgrade: " + e.getMessage());
      return 2;
    }
  }
}
