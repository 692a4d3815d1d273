// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.rapport.extension.Exporter;
import org.rapport.extension.Extensions;
import org.rapport.operations.CasebookExport;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * {@code rapport export <casebook> <institution/id> <file>}: runs an installed exporter on every
 * document of a casebook, writes its file atomically and records the export in the casebook's
 * audit trail, as Casebook > Export With... does. Recording needs the casebook to itself, so a
 * casebook open in the workbench (or another command) is refused before anything is written.
 * Exit status 0 when the file was written and audited, 2 when not (the message says whether the
 * file was written).
 */
public final class ExportApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport export <casebook folder> <institution>/<exporter id> <file>";

  @Override
  String usage() {
    return USAGE + "\n" + "Exports a casebook with an institution's exporter into a new file and records the export in the audit trail.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, Services.extensions(), out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, Extensions extensions, PrintStream out, PrintStream err) {
    return guarded("export", err, () -> export(args, store, extensions, out, err));
  }

  private static int export(String[] args, CasebookStore store, Extensions extensions, PrintStream out, PrintStream err) {
    if (args.length != 3 || args[1].indexOf('/') <= 0) {
      err.println(USAGE);
      return 2;
    }
    String institution = args[1].substring(0, args[1].indexOf('/'));
    String id = args[1].substring(args[1].indexOf('/') + 1);
    Optional<Exporter> exporter = extensions == null ? Optional.empty() : extensions.exporter(institution, id);
    if (exporter.isEmpty()) {
      err.println("rapport export: no exporter " + args[1] + " is installed" + (extensions == null ? "" : "; installed: "
          + String.join(", ", extensions.exporters().stream().map(e -> e.institution() + "/" + e.id()).toList())));
      return 2;
    }
    Path folder = Path.of(args[0]);
    // opened with its lock: the audit trail is written, and nobody else may be writing it
    try (OpenCasebook open = store.open(folder, Services.passphraseFor(folder, err))) {
      CasebookExport.Result result = CasebookExport.write(open, exporter.get(), Path.of(args[2]), (done, total) -> true);
      for (StoreProblem problem : result.unreadable()) {
        err.println("rapport export: left out " + problem.file() + ": " + problem.cause());
      }
      out.println("wrote " + result.file() + " (" + exporter.get().label() + ", " + result.documents() + " documents)");
      try {
        CasebookExport.audit(open, exporter.get(), result, null);   // the command line acts as no person of the casebook
      } catch (StoreException e) {
        err.println("rapport export: the file was written, but the export could not be recorded in the audit trail: " + e.getMessage());
        return 2;
      }
      return 0;
    } catch (StoreException | IOException e) {
      err.println("rapport export: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 2;
    }
  }
}
