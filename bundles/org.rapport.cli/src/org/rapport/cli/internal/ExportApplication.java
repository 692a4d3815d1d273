package org.rapport.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.rapport.cli.CasebookExport;
import org.rapport.extension.Exporter;
import org.rapport.extension.Extensions;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * {@code rapport export <casebook> <institution/id> <file>}: runs an installed exporter on every
 * document of a casebook and writes its file atomically. The casebook is opened for reading only
 * (like {@code rapport check}), so it may be open in the workbench meanwhile. Exit status 0 when
 * the file was written, 2 when not.
 */
public final class ExportApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport export <casebook folder> <institution>/<exporter id> <file>";

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
    try (OpenCasebook open = store.openForReading(folder, Services.passphraseFor(folder, err))) {
      CasebookExport.Result result = CasebookExport.write(open, exporter.get(), Path.of(args[2]), (done, total) -> true);
      for (StoreProblem problem : result.unreadable()) {
        err.println("rapport export: left out " + problem.file() + ": " + problem.cause());
      }
      out.println("wrote " + result.file() + " (" + exporter.get().label() + ", " + result.documents() + " documents)");
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
