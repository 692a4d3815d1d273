// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.CasebookSync;

/** {@code rapport sync <casebook>}: brings a shared casebook and its lab in step. */
public final class SyncApplication extends LabCommand {

  static final String USAGE = "usage: rapport sync <casebook folder>";

  @Override
  String usage() {
    return USAGE + "\n"
        + "Records this workstation's saves, fetches the lab's, merges them document by document and sends the\n"
        + "result. A document changed on two workstations is kept in both versions until a person chooses (rapport\n"
        + "conflicts); a change whose signed steps do not verify is refused and named. The casebook must not be open\n"
        + "in a workbench.\n"
        + CREDENTIALS + "\n"
        + "Exit 0 when in step, 3 when conflicts wait for a person, 1 when it failed or the lab could not be reached.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("sync", err, () -> {
      if (args.length != 1) {
        err.println(USAGE);
        return 2;
      }
      Path folder = Path.of(args[0]);
      if (!CasebookSync.isShared(folder)) {
        err.println("rapport sync: " + folder + " is not shared with a lab; share it first with rapport share.");
        return 1;
      }
      try (OpenCasebook casebook = store.open(folder, Services.passphraseFor(folder, err))) {
        return report("sync", onTheDesk(folder, new CasebookSync(store).sync(casebook, credentials(), null, Runnable::run, step -> { })),
            out, err);
      } catch (StoreException e) {
        err.println("rapport sync: " + e.getMessage());
        return 1;
      }
    });
  }
}
