// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.CasebookSync;

/** {@code rapport share <casebook> <lab repository>}: links a casebook to a lab repository and sends it. */
public final class ShareApplication extends LabCommand {

  static final String USAGE = "usage: rapport share <casebook folder> <lab repository>";

  @Override
  String usage() {
    return USAGE + "\n"
        + "Links the casebook to a lab's Git repository and sends it: git://host/repo.git, http(s)://host/repo.git,\n"
        + "ssh://host/repo.git, or a folder (a USB stick, a network share; an empty one becomes a repository).\n"
        + "From then on, rapport sync (or Sync Now in the workbench) keeps it in step. Only the casebook's documents,\n"
        + "people, public keys and sealed key files travel; never the lock, backups, recovery copies or the audit trail.\n"
        + CREDENTIALS + "\n"
        + "Exit 0 when shared and in step, 3 when conflicts wait, 1 when it failed.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("share", err, () -> {
      if (args.length != 2) {
        err.println(USAGE);
        return 2;
      }
      try (OpenCasebook casebook = store.open(Path.of(args[0]), Services.passphraseFor(Path.of(args[0]), err))) {
        return report("share", onTheDesk(casebook.folder(),
            new CasebookSync(store).share(casebook, args[1], credentials(), null, Runnable::run, step -> { })), out, err);
      } catch (StoreException e) {
        err.println("rapport share: " + e.getMessage());
        return 1;
      }
    });
  }
}
