// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import java.nio.file.Path;

import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * Syncs one followed casebook that is not open in the window, as {@code rapport sync} does: takes
 * its lock, syncs, lets it go. An encrypted casebook opens with the signed-in person's own key. No
 * password is asked for here; a lab that wants one is named, and the casebook's own Sync Now asks.
 */
public final class DeskSync {

  /** How the sync of one casebook ended, in one line for the desk. */
  public record Result(Path folder, CasebookSync.State state, String message) {
  }

  private final CasebookStore store;

  public DeskSync(CasebookStore store) {
    this.store = store;
  }

  /**
   * Syncs {@code folder}; the steps are recorded as the person holding {@code reviewer}'s key, when
   * someone is signed in, and an encrypted casebook shared with them opens with that key.
   */
  public Result sync(Path folder, Signer reviewer) {
    if (!CasebookFolders.isCasebook(folder)) {
      return new Result(folder, CasebookSync.State.FAILED, "There is no casebook in this folder any more.");
    }
    if (!CasebookSync.isShared(folder)) {
      return new Result(folder, CasebookSync.State.FAILED, "This casebook is not linked to a lab any more.");
    }
    if (CasebookFolders.isEncrypted(folder) && reviewer == null) {
      return new Result(folder, CasebookSync.State.FAILED, "This casebook is encrypted: sign in, and it opens with your own key if it is"
          + " shared with you.");
    }
    try (OpenCasebook casebook = store.openAs(folder, reviewer)) {
      CasebookSync.Outcome outcome = new CasebookSync(store).sync(casebook, LabCredentials.none(), actorIn(casebook, reviewer),
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

  /** The person of {@code casebook} holding {@code reviewer}'s key (the first by id when several do), or null. */
  private static String actorIn(OpenCasebook casebook, Signer reviewer) {
    return reviewer == null ? null
        : DeskReader.holdersOf(casebook.index(), Keys.encode(reviewer.publicKey())).stream().findFirst().orElse(null);
  }
}
