// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.LabConflicts;

/** {@code rapport conflicts <casebook>}: lists the documents changed on two workstations, and keeps one version. */
public final class ConflictsApplication extends LabCommand {

  static final String USAGE = "usage: rapport conflicts <casebook folder> [--keep this|other <document file>]";

  @Override
  String usage() {
    return USAGE + "\n"
        + "Lists the documents two workstations changed at once; both versions are kept until a person chooses.\n"
        + "--keep this keeps the version in place, --keep other the other workstation's; the next sync takes the\n"
        + "choice to the lab. A choice that would drop a signed step is refused. The workbench shows both versions\n"
        + "side by side.\n"
        + "Exit 0 when none wait (or the choice was kept), 3 when some wait, 1 when it failed.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("conflicts", err, () -> {
      boolean keep = args.length == 4 && "--keep".equals(args[1]) && ("this".equals(args[2]) || "other".equals(args[2]));
      if (args.length != 1 && !keep) {
        err.println(USAGE);
        return 2;
      }
      try (OpenCasebook casebook = store.open(Path.of(args[0]), Services.passphraseFor(Path.of(args[0]), err))) {
        LabConflicts conflicts = new LabConflicts(store);
        if (keep) {
          if ("this".equals(args[2])) {
            conflicts.keepThis(casebook, args[3], null);
          } else {
            conflicts.keepOther(casebook, args[3], null);
          }
          out.println("rapport conflicts: kept " + args[2] + " version of " + args[3] + "; sync to send the choice.");
          return 0;
        }
        List<LabConflicts.Conflict> open = conflicts.open(casebook);
        for (LabConflicts.Conflict conflict : open) {
          out.println(conflict.file() + (conflict.problem() == null ? "" : " (the other version cannot be used: " + conflict.problem() + ")"));
        }
        out.println("rapport conflicts: " + (open.isEmpty() ? "none wait." : open.size() + " document(s) wait for a choice."));
        return open.isEmpty() ? 0 : CONFLICTS;
      } catch (StoreException | IOException e) {
        err.println("rapport conflicts: " + e.getMessage());
        return 1;
      }
    });
  }
}
