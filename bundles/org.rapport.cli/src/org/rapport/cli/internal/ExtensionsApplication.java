// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rapport.extension.Contribution;
import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.model.Catalogue;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/**
 * {@code rapport extensions}: lists every active contribution of the installed institution
 * extensions and every problem with them, so that an administrator can see after an installation
 * what is in effect. Catalogue entries are checked against the built-in catalogue, as the
 * workbench and {@code rapport check} put them together. Exit status 0, or 2 when any contribution
 * has a problem (or the extension service is missing).
 */
public final class ExtensionsApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport extensions";

  @Override
  String usage() {
    return USAGE + "\n" + "Lists the installed institutions' contributions and the problems found in them.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("extensions", err, () -> run(args, Services.extensions(), builtIn(store, err), out, err));
  }

  /** The built-in catalogue, or none when it is not found or cannot be read (which is said). */
  private static List<Catalogue> builtIn(CasebookStore store, PrintStream err) {
    Optional<Path> file = Services.builtInCatalogue();
    if (file.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(store.readCatalogue(file.get()));
    } catch (StoreException e) {
      err.println("rapport extensions: " + e.getMessage());
      return List.of();
    }
  }

  /** The command itself, apart from the platform, so that tests can call it; no built-in catalogue. */
  public static int run(String[] args, Extensions extensions, PrintStream out, PrintStream err) {
    return run(args, extensions, List.of(), out, err);
  }

  /** The command with the built-in catalogues the institutions' entries must not clash with. */
  public static int run(String[] args, Extensions extensions, List<Catalogue> builtIn, PrintStream out, PrintStream err) {
    return guarded("extensions", err, () -> {
      if (args.length != 0) {
        err.println(USAGE);
        return 2;
      }
      if (extensions == null) {
        err.println("rapport extensions: the extension service did not start; the installation may be incomplete");
        return 2;
      }
      extensions.catalogues(builtIn);   // clashes with the built-in entries are found as the catalogues are put together
      var contributions = extensions.contributions();
      for (Contribution c : contributions) {
        out.println(c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\t" + c.qualifiedId() + "\t" + c.label() + "\t" + c.bundle());
      }
      var problems = extensions.problems();
      for (ExtensionProblem problem : problems) {
        out.println("problem\t" + problem.what() + "\t" + problem.message() + "\t" + problem.bundle());
      }
      out.println(contributions.size() + " contributions, " + problems.size() + " problems");
      return problems.isEmpty() ? 0 : 2;
    });
  }
}
