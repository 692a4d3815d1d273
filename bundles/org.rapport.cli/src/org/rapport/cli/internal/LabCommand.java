// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.rapport.sync.CasebookSync;
import org.rapport.sync.FollowedCasebooks;
import org.rapport.sync.LabCredentials;

/**
 * What the lab commands ({@code share}, {@code clone}, {@code sync}) share: credentials from the
 * environment or the console, never from the command line, and one line per outcome with the exit
 * status lab scripts test: 0 in step, 3 when conflicts wait for a person, 1 when it failed.
 */
abstract class LabCommand extends HeadlessCommand {

  static final int CONFLICTS = 3;

  static final String CREDENTIALS = "A lab that asks for a user name and password (or token) gets them from RAPPORT_LAB_USER and\n"
      + "RAPPORT_LAB_PASSWORD, or the password from the console when only the user is set. An encrypted casebook opens\n"
      + "with RAPPORT_PASSPHRASE, its passphrase or your own when it is shared with you, or one asked on the console.";

  /** The lab credentials: none, from the environment, or the password typed on the console. */
  static LabCredentials credentials() {
    LabCredentials fromEnvironment = LabCredentials.fromEnvironment();
    if (fromEnvironment.isEmpty() || fromEnvironment.password().length > 0 || System.console() == null) {
      return fromEnvironment;
    }
    char[] password = System.console().readPassword("Password for %s at the lab: ", fromEnvironment.user());
    return new LabCredentials(fromEnvironment.user(), password == null ? new char[0] : password);
  }

  /**
   * {@code outcome}, after putting {@code folder} on this workstation's desk when it is linked to a
   * lab now, as the workbench does: a supervisor who clones thirty casebooks by script sees them all.
   */
  static CasebookSync.Outcome onTheDesk(Path folder, CasebookSync.Outcome outcome) {
    if (CasebookSync.isShared(folder)) {
      FollowedCasebooks.ofThisWorkstation().follow(folder);
    }
    return outcome;
  }

  /** Prints what a sync did and returns its exit status. */
  static int report(String command, CasebookSync.Outcome outcome, PrintStream out, PrintStream err) {
    for (String received : outcome.received()) {
      out.println("received: " + received);
    }
    for (String key : outcome.arrivedKeys()) {
      out.println("key arrived: " + key + " (compare this fingerprint with its owner before trusting what it signs)");
    }
    for (String refused : outcome.refused()) {
      out.println("refused: " + refused);
    }
    for (String conflict : outcome.conflicts()) {
      out.println("conflict: " + conflict);
    }
    switch (outcome.state()) {
      case IN_STEP -> {
        out.println("rapport " + command + ": " + outcome.message() + " Sent " + outcome.sent() + " file(s), received "
            + outcome.received().size() + " document(s).");
        return 0;
      }
      case CONFLICTS -> {
        out.println("rapport " + command + ": " + outcome.message() + " See them with: rapport conflicts <casebook folder>");
        return CONFLICTS;
      }
      default -> {
        err.println("rapport " + command + ": " + outcome.message());
        return 1;
      }
    }
  }
}
