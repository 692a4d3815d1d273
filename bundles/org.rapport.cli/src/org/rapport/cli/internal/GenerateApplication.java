// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.rapport.cli.CasebookGenerator;
import org.rapport.model.Catalogue;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/** {@code rapport generate <folder> --sessions N [--seed S]}: writes a large casebook of made-up sessions. */
public final class GenerateApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport generate <new folder> --sessions <count> [--seed <number>]";

  @Override
  String usage() {
    return USAGE + "\n" + "Writes a new casebook of made-up clients, for trying Rapport out and for the benchmark.";
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
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--sessions" -> sessions = Integer.parseInt(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
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
    try {
      Optional<Path> catalogueFile = Services.builtInCatalogue();
      Catalogue catalogue = catalogueFile.isPresent() ? store.readCatalogue(catalogueFile.get()) : null;
      long started = System.nanoTime();
      new CasebookGenerator(store, catalogue).generate(Path.of(folder), sessions, seed);
      out.printf("Wrote a casebook of %d sessions to %s in %.1f s%n", sessions, Path.of(folder).toAbsolutePath(),
          (System.nanoTime() - started) / 1e9);
      return 0;
    } catch (StoreException e) {
      err.println("rapport generate: " + e.getMessage());
      return 2;
    }
  }
}
