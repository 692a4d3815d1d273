package org.rapport.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.rapport.extension.Contribution;
import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.store.CasebookStore;

/**
 * {@code rapport extensions}: lists every active contribution of the installed institution
 * extensions and every problem with them, so that an administrator can see after an installation
 * what is in effect. Exit status 0, or 2 when any contribution has a problem (or the extension
 * service is missing).
 */
public final class ExtensionsApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport extensions";

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, Services.extensions(), out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, Extensions extensions, PrintStream out, PrintStream err) {
    return guarded("extensions", err, () -> {
      if (args.length != 0) {
        err.println(USAGE);
        return 2;
      }
      if (extensions == null) {
        err.println("rapport extensions: the extension service did not start; the installation may be incomplete");
        return 2;
      }
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
