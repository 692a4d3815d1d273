// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EValidator;

import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.model.Catalogue;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.operations.CasebookCheck;
import org.rapport.operations.CheckReport;
import org.rapport.operations.Finding;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/**
 * {@code rapport check <casebook>}: prints every problem as {@code file:line: severity: message}.
 * Exit status 0 when no error was found (warnings allowed), 1 when there were errors or an
 * institution's rule failed during the check (it was switched off, so the check is incomplete),
 * 2 when the casebook could not be checked at all. The installed institutions' rules run after the
 * built-in ones, and references may name entries of their catalogues; the extensions' problems are
 * listed on stderr before the check, and those that appeared during it after.
 */
public final class CheckApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport check <casebook folder> [--catalogue <file>]";

  @Override
  String usage() {
    return USAGE + "\n" + "Checks every file of a casebook, with the institutions' rules, and writes nothing; exit 1 when it finds errors.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, Services.extensions(), out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it; built-in rules only. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, null, out, err);
  }

  /** The command with the institutions' rules and catalogues of {@code extensions} (null for none). */
  public static int run(String[] args, CasebookStore store, Extensions extensions, PrintStream out, PrintStream err) {
    return guarded("check", err, () -> check(args, store, extensions, out, err));
  }

  private static int check(String[] args, CasebookStore store, Extensions extensions, PrintStream out, PrintStream err) {
    String folder = null;
    Optional<Path> catalogueFile = Services.builtInCatalogue();
    for (int i = 0; i < args.length; i++) {
      if ("--catalogue".equals(args[i]) && i + 1 < args.length) {
        catalogueFile = Optional.of(Path.of(args[++i]));
      } else if (args[i].startsWith("-") || folder != null) {
        err.println("rapport check: unexpected argument '" + args[i] + "'");
        err.println(USAGE);
        return 2;
      } else {
        folder = args[i];
      }
    }
    if (folder == null) {
      err.println(USAGE);
      return 2;
    }
    try {
      List<Catalogue> catalogues = null;
      if (catalogueFile.isPresent()) {
        List<Catalogue> builtIn = List.of(store.readCatalogue(catalogueFile.get()));
        catalogues = extensions == null ? builtIn : extensions.catalogues(builtIn);
      } else {
        err.println("rapport check: no catalogue found; references to techniques, templates and frameworks are not checked");
      }
      EValidator validator = null;
      List<ExtensionProblem> before = List.of();
      if (extensions != null) {
        validator = extensions.validator(new RapportConstraints());
        before = extensions.problems();
        for (ExtensionProblem problem : before) {
          err.println("rapport check: extension " + problem);
        }
      }
      TerminalProgress progress = TerminalProgress.on(err);
      CheckReport report;
      try {
        report = new CasebookCheck(store, catalogues, validator).check(Path.of(folder), Services.passphraseFor(Path.of(folder), err),
            progress);
      } finally {
        progress.done();
      }
      for (Finding finding : report.findings()) {
        out.println(finding.format());
      }
      out.println(report.summary());
      // a rule that threw was switched off part-way: its findings are missing, so this is no clean result
      List<ExtensionProblem> appeared = new ArrayList<>(extensions == null ? List.of() : extensions.problems());
      appeared.removeAll(before);
      for (ExtensionProblem problem : appeared) {
        err.println("rapport check: extension failed during the check, its findings are incomplete: " + problem);
      }
      return report.hasErrors() || !appeared.isEmpty() ? 1 : 0;
    } catch (StoreException e) {
      err.println("rapport check: " + e.getMessage());
      return 2;
    }
  }
}
