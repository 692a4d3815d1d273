// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import java.nio.file.Path;

import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * Syncs one followed casebook that is not open in the window, as {@code rapport sync} does: takes
 * its lock, syncs, lets it go. No password is asked for here; a lab that wants one is named, and
 * the casebook's own Sync Now asks.
 */
public final class DeskSync {

  /** How the sync of one casebook ended, in one line for the desk. */
  public record Result(Path folder, CasebookSync.State state, String message) {
  }

  private final CasebookStore store;

  public DeskSync(CasebookStore store) {
    this.store = store;
  }

  /** Syncs {@code folder}; the steps are recorded as the person holding {@code reviewerKey} (Base64), when there is one. */
  public Result sync(Path folder, String reviewerKey) {
    if (!CasebookFolders.isCasebook(folder)) {
      return new Result(folder, CasebookSync.State.FAILED, "There is no casebook in this folder any more.");
    }
    if (!CasebookSync.isShared(folder)) {
      return new Result(folder, CasebookSync.State.FAILED, "This casebook is not linked to a lab any more.");
    }
    if (CasebookFolders.isEncrypted(folder)) {
      return new Result(folder, CasebookSync.State.FAILED, "This casebook is encrypted: open it and use Sync Now.");
    }
    try (OpenCasebook casebook = store.open(folder)) {
      CasebookSync.Outcome outcome = new CasebookSync(store).sync(casebook, LabCredentials.none(), actorIn(casebook, reviewerKey),
          Runnable::run, step -> { });
      String message = outcome.state() == CasebookSync.State.DENIED
          ? "The lab asks for a password or key: open this casebook and use Sync Now, which asks for it."
          : outcome.message();
      if (!outcome.refused().isEmpty()) {
        message += " Refused: " + String.join("; ", outcome.refused());
      }
      return new Result(folder, outcome.state(), message);
    } catch (StoreException e) {
      return new Result(folder, CasebookSync.State.FAILED, e.getMessage());
    } catch (RuntimeException e) {
      return new Result(folder, CasebookSync.State.FAILED, "The sync stopped: " + e + ". Nothing in the casebook was lost; sync again.");
    }
  }

  /** The person of {@code casebook} holding {@code reviewerKey} (the first by id when several do), or null. */
  private static String actorIn(OpenCasebook casebook, String reviewerKey) {
    return reviewerKey == null ? null : DeskReader.holdersOf(casebook.index(), reviewerKey).stream().findFirst().orElse(null);
  }
}
