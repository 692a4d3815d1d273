// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;

/**
 * Sync All's step for a casebook not open in the window: an approval given on the supervisor's
 * workstation reaches the trainee; a casebook another Rapport holds, or one no longer linked, is
 * named and left alone; an encrypted casebook opens with the supervisor's own key. The lab is a
 * folder, as a USB stick would be; the sync against real servers is tested in org.rapport.sync.tests.
 */
class DeskSyncTest {

  private static CasebookStore store;

  @TempDir
  Path work;

  @BeforeAll
  static void theStore() throws InterruptedException {
    store = Casebooks.store();
  }

  @Test
  void anApprovalSyncedFromTheDeskReachesTheTrainee() throws Exception {
    Path trainee = Casebooks.demo(store, work.resolve("trainee"), null);
    Path supervisor = Casebooks.sharedAndCloned(store, trainee, work.resolve("lab.git"), work.resolve("desk/fairweather"));
    try (OpenCasebook theirs = store.open(supervisor)) {
      Casebooks.approveAsHollis(theirs, "CL-0630-S02-reflection");
    }
    DeskSync sync = new DeskSync(store);
    Signer hollis = Casebooks.hollis(store, supervisor);
    DeskSync.Result sent = sync.sync(supervisor, hollis);
    assertEquals(CasebookSync.State.IN_STEP, sent.state(), sent.message());
    DeskSync.Result received = sync.sync(trainee, null);
    assertEquals(CasebookSync.State.IN_STEP, received.state(), received.message());
    try (OpenCasebook mine = store.openForReading(trainee)) {
      assertEquals("approved", Casebooks.entry(mine, "CL-0630-S02-reflection").getStatus());
    }
    assertEquals(2, new DeskReader(store).read(supervisor, hollis).awaiting().size(), "one note fewer awaits Hollis");
  }

  @Test
  void anEncryptedCasebookSyncsFromTheDeskWithTheSupervisorsOwnKey() throws Exception {
    Path trainee = Casebooks.encryptedDemo(store, work.resolve("trainee"), "placement casebook 2026");
    Path supervisor = Casebooks.sharedAndCloned(store, trainee, "placement casebook 2026", work.resolve("lab.git"),
        work.resolve("desk/fairweather"));
    Signer hollis = Casebooks.hollis(store, supervisor);
    try (OpenCasebook theirs = store.openAs(supervisor, hollis)) {
      Casebooks.approveAsHollis(theirs, "CL-0630-S02-reflection");
    }
    DeskSync sync = new DeskSync(store);
    assertTrue(sync.sync(supervisor, null).message().startsWith("This casebook is encrypted: sign in"), "nobody signed in: not opened");
    DeskSync.Result sent = sync.sync(supervisor, hollis);
    assertEquals(CasebookSync.State.IN_STEP, sent.state(), sent.message());
    DeskSync.Result received = sync.sync(trainee, Casebooks.signIn(store, trainee, "P-trainee-1", "fairweather demo 2026"));
    assertEquals(CasebookSync.State.IN_STEP, received.state(), received.message());
    try (OpenCasebook mine = store.openForReading(trainee, "placement casebook 2026".toCharArray())) {
      assertEquals("approved", Casebooks.entry(mine, "CL-0630-S02-reflection").getStatus());
    }
    assertEquals(2, new DeskReader(store).read(supervisor, hollis).awaiting().size(), "one note fewer awaits Hollis");
  }

  @Test
  void aCasebookHeldElsewhereOrNoLongerLinkedIsNamedAndLeftAlone() throws Exception {
    Path trainee = Casebooks.demo(store, work.resolve("trainee"), null);
    Path supervisor = Casebooks.sharedAndCloned(store, trainee, work.resolve("lab.git"), work.resolve("desk/fairweather"));
    DeskSync sync = new DeskSync(store);
    try (OpenCasebook heldElsewhere = store.open(supervisor)) {
      var before = Casebooks.contents(supervisor);
      DeskSync.Result result = sync.sync(supervisor, null);
      assertEquals(CasebookSync.State.FAILED, result.state());
      assertTrue(result.message().contains("already open"), result.message());
      assertEquals(before, Casebooks.contents(supervisor), "nothing of the held casebook changed");
    }

    Path plain = Casebooks.demo(store, work.resolve("plain"), null);
    DeskSync.Result notLinked = sync.sync(plain, null);
    assertEquals(CasebookSync.State.FAILED, notLinked.state());
    assertEquals("This casebook is not linked to a lab any more.", notLinked.message());
  }
}
