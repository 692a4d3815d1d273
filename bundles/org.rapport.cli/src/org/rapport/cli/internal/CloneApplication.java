// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.rapport.store.CasebookStore;
import org.rapport.sync.CasebookSync;

/** {@code rapport clone <lab repository> <folder>}: brings a lab's casebook onto this workstation. */
public final class CloneApplication extends LabCommand {

  static final String USAGE = "usage: rapport clone <lab repository> <new folder>";

  @Override
  String usage() {
    return USAGE + "\n"
        + "Makes a casebook in the new (or empty) folder from a lab's repository and links it, so that rapport sync\n"
        + "keeps it in step. Every document is checked as it arrives; one whose signed steps do not verify is refused\n"
        + "and named. When the clone fails, the folder is removed again. The casebook joins this workstation's Lab Desk.\n"
        + "An encrypted casebook is cloned sealed under its own key: give its passphrase, or your own when it is shared\n"
        + "with you, in RAPPORT_PASSPHRASE or at the prompt.\n"
        + CREDENTIALS + "\n"
        + "Exit 0 when cloned, 1 when it failed.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("clone", err, () -> {
      if (args.length != 2) {
        err.println(USAGE);
        return 2;
      }
      Path folder = Path.of(args[1]);
      return report("clone", onTheDesk(folder, new CasebookSync(store).clone(args[0], folder, credentials(), () -> Services.passphraseForLab(args[0]), null,
          step -> { })), out, err);
    });
  }
}
