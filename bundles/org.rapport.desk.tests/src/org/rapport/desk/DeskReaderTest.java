// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;

/**
 * What the desk reads of a casebook: the notes awaiting the reviewer's key, the longest waiting
 * first; a line naming the trouble for a folder that is gone, damaged, or encrypted and not shared
 * with the reviewer; and never a byte written or a lock taken.
 */
class DeskReaderTest {

  private static CasebookStore store;

  @TempDir
  Path work;

  @BeforeAll
  static void theStore() throws InterruptedException {
    store = Casebooks.store();
  }

  @Test
  void theNotesAddressedToTheReviewersKeyAreListedTheLongestWaitingFirst() throws Exception {
    Path demo = Casebooks.demo(store, work.resolve("fairweather"), null);
    DeskCasebook hollis = new DeskReader(store).read(demo, Casebooks.hollis(store, demo));
    assertNull(hollis.problem());
    assertEquals("Trainee R. Fairweather (demo)", hollis.trainee());
    assertEquals(List.of(Casebooks.AWAITING), hollis.awaiting().stream().map(DeskCasebook.Awaiting::documentId).toList());
    DeskCasebook.Awaiting first = hollis.awaiting().getFirst();
    assertEquals("CL-0552", first.client());
    assertEquals(2, first.session());
    assertEquals("submitted", first.status());
    assertEquals(demo, first.casebook());

    assertEquals(List.of(), new DeskReader(store).read(demo, Casebooks.signIn(store, demo, "P-sup-2", "adeyemi demo 2026")).awaiting(),
        "every note of the demo is addressed to Hollis, none to Adeyemi");
    assertEquals(3, new DeskReader(store).read(demo, null).awaiting().size(), "with nobody signed in, every note awaiting review");
  }

  @Test
  void readingTakesNoLockAndWritesNothing() throws Exception {
    Path demo = Casebooks.demo(store, work.resolve("fairweather"), null);
    try (OpenCasebook heldElsewhere = store.open(demo)) {
      var before = Casebooks.contents(demo);
      DeskCasebook read = new DeskReader(store).read(demo, null);
      assertNull(read.problem(), "a casebook another Rapport has open reads as well as any");
      assertEquals(3, read.awaiting().size());
      assertEquals(before, Casebooks.contents(demo));
    }
  }

  @Test
  void aFolderThatIsGoneDamagedOrEncryptedCostsOneLineAndNothingElse() throws Exception {
    DeskReader reader = new DeskReader(store);
    assertTrue(reader.read(work.resolve("moved-away"), null).problem().startsWith("The folder is gone"));
    Files.createDirectories(work.resolve("emptied"));
    assertTrue(reader.read(work.resolve("emptied"), null).problem().startsWith("There is no casebook"));

    Path damaged = Casebooks.demo(store, work.resolve("damaged"), null);
    Files.writeString(damaged.resolve(CasebookStore.INDEX_FILE), "<?xml version=\"1.0\"?><not-a-casebook");
    Files.deleteIfExists(damaged.resolve(CasebookStore.INDEX_FILE + ".bak"));
    var before = Casebooks.contents(damaged);
    DeskCasebook read = reader.read(damaged, null);
    assertTrue(read.problem().startsWith("It cannot be read: "), read.problem());
    assertEquals(List.of(), read.awaiting());
    assertEquals(before, Casebooks.contents(damaged), "the damaged casebook is left as it was");

    Path sealed = work.resolve("sealed");
    store.create(sealed, "Sealed casebook", "a long enough passphrase 2026".toCharArray()).close();
    assertTrue(reader.read(sealed, null).problem().startsWith("This casebook is encrypted"));
  }

  @Test
  void anEncryptedCasebookSharedWithTheReviewerOpensWithTheirOwnKey() throws Exception {
    Path demo = Casebooks.encryptedDemo(store, work.resolve("fairweather"), "placement casebook 2026");
    Signer hollis = Casebooks.hollis(store, demo);
    Signer adeyemi = Casebooks.signIn(store, demo, "P-sup-2", "adeyemi demo 2026");
    var before = Casebooks.contents(demo);
    DeskCasebook read = new DeskReader(store).read(demo, hollis);
    assertNull(read.problem(), read.problem());
    assertEquals(List.of(Casebooks.AWAITING), read.awaiting().stream().map(DeskCasebook.Awaiting::documentId).toList());
    assertEquals(before, Casebooks.contents(demo), "reading an encrypted casebook writes nothing either");

    String nobody = new DeskReader(store).read(demo, null).problem();
    assertTrue(nobody.startsWith("This casebook is encrypted: sign in"), nobody);

    try (OpenCasebook owner = store.open(demo, "placement casebook 2026".toCharArray())) {
      owner.keys().revokeAccess("P-sup-2", "a new placement passphrase 2026".toCharArray(), "P-trainee-1");
    }
    DeskCasebook closed = new DeskReader(store).read(demo, adeyemi);
    assertTrue(closed.problem().contains("not shared with P-sup-2's key"), closed.problem());
    assertEquals(List.of(), closed.awaiting());
    assertNull(new DeskReader(store).read(demo, hollis).problem(), "Hollis keeps access under the new key");
  }
}
