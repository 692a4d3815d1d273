// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.rapport.cli.CasebookGenerator;
import org.rapport.model.Catalogue;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/**
 * {@code rapport generate <folder> --sessions N [--seed S] [--encrypted]}: writes a large casebook of
 * made-up sessions, encrypted under {@code RAPPORT_PASSPHRASE} (or a passphrase asked twice on the console) when asked.
 */
public final class GenerateApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport generate <new folder> --sessions <count> [--seed <number>] [--encrypted]";

  @Override
  String usage() {
    return USAGE + "\n" + "Writes a new casebook of made-up clients, for trying Rapport out and for the benchmark.\n"
        + "  --encrypted  encrypt it under the passphrase in RAPPORT_PASSPHRASE, or one asked on the console";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("generate", err, () -> generate(args, store, out, err));
  }

  private static int generate(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    String folder = null;
    int sessions = -1;
    long seed = 1;
    boolean encrypted = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--sessions" -> sessions = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--encrypted" -> encrypted = true;
          default -> {
            if (args[i].startsWith("-") || folder != null) {
              throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            folder = args[i];
          }
        }
      }
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      err.println("rapport generate: " + (e instanceof NumberFormatException ? "not a number: " : "") + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (folder == null || sessions < 1) {
      err.println(USAGE);
      return 2;
    }
    char[] passphrase = null;
    if (encrypted) {
      passphrase = newPassphrase();
      if (passphrase == null) {
        err.println("rapport generate: --encrypted needs a passphrase: set RAPPORT_PASSPHRASE, or run it on a terminal");
        return 2;
      }
    }
    try {
      Optional<Path> catalogueFile = Services.builtInCatalogue();
      Catalogue catalogue = catalogueFile.isPresent() ? store.readCatalogue(catalogueFile.get()) : null;
      long started = System.nanoTime();
      new CasebookGenerator(store, catalogue).generate(Path.of(folder), sessions, seed, passphrase);
      out.printf("Wrote a%s casebook of %d sessions to %s in %.1f s%n", encrypted ? "n encrypted" : "", sessions, Path.of(folder).toAbsolutePath(),
          (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (StoreException e) {
      err.println("rapport generate: " + e.getMessage());
      return 2;
    }
  }

  /** The passphrase of a new casebook: from the environment, or typed twice on the console; null when neither is there or they differ. */
  private static char[] newPassphrase() {
    return Services.secret("RAPPORT_PASSPHRASE", true, "Passphrase for the new casebook: ");
  }

}
