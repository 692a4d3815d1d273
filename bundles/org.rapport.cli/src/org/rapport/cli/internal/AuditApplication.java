// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * {@code rapport audit verify <casebook>}: follows the audit trail's chain of hashes and reports the
 * first broken link. Exit status 0 when the chain holds, 1 when it is broken, 2 when it could not
 * be checked. An encrypted casebook's passphrase comes from {@code RAPPORT_PASSPHRASE} or the console.
 */
public final class AuditApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport audit verify <casebook folder>\n"
      + "       rapport audit accept-restore <casebook folder>";

  @Override
  String usage() {
    return USAGE + "\n" + "verify checks the chain of a casebook's audit trail, that it still holds the entry its index anchors and\n"
        + "the newest entry this workstation saw; exit 1 when any fails. accept-restore is for an administrator who\n"
        + "put the whole casebook back from an older backup on purpose: it records that in the trail and takes the\n"
        + "trail as it is now as what this workstation has seen.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("audit", err, () -> {
      if (args.length != 2 || !"verify".equals(args[0]) && !"accept-restore".equals(args[0])) {
        err.println(USAGE);
        return 2;
      }
      Path folder = Path.of(args[1]);
      if ("accept-restore".equals(args[0])) {
        try (OpenCasebook open = store.open(folder, Services.passphraseFor(folder, err))) {
          open.audit().acceptRestore(null);
          out.println("the restore of " + folder + " is accepted: its trail, now " + open.audit().entries().size()
              + " entries, is what this workstation has seen");
          return 0;
        } catch (StoreException e) {
          err.println("rapport audit: " + e.getMessage());
          return 2;
        }
      }
      try (OpenCasebook open = store.openForReading(folder, Services.passphraseFor(folder, err))) {
        Optional<String> broken = open.audit().verify();
        if (broken.isPresent()) {
          out.println("audit trail of " + folder + ": BROKEN at " + broken.get());
          return 1;
        }
        java.util.List<org.rapport.store.AuditEntry> entries = open.audit().entries();
        long signed = entries.stream().filter(e -> e.signature() != null).count();
        out.println("audit trail of " + folder + ": " + entries.size() + " entries, every link holds; "
            + (signed == 0 ? "none signed (nobody was signed in)" : signed + " signed by their actor, every signature verified"));
        return 0;
      } catch (StoreException e) {
        err.println("rapport audit: " + e.getMessage());
        return 2;
      }
    });
  }
}
