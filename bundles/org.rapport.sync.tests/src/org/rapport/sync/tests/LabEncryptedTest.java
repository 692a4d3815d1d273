// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.DocumentKind;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabCredentials;

/**
 * An encrypted casebook in the lab, over Debian's git daemon: the server holds only sealed blobs,
 * a supervisor clones and opens the trainee's casebook with their own passphrase, and a copy
 * follows the owner's signed move to a new key, never one someone else made.
 */
class LabEncryptedTest {

  private static final String SUBMITTED = "clients/CL-0552/sessions/02-reflection.xmi";
  private static final char[] CASEBOOK = "placement casebook 2026".toCharArray();
  private static final String TRAINEE = "fairweather demo 2026";
  private static final String HOLLIS = "hollis demo 2026";
  private static final String ADEYEMI = "adeyemi demo 2026";
  /** The casebook passphrase after the owner took someone's access away. */
  private static final char[] RENEWED = "renewed placement casebook".toCharArray();
  private static CasebookStore store;
  /** The demo casebook's documents (its folder holds one file for each). */
  private static final int DEMO_DOCUMENTS = 22;

  @TempDir
  Path work;
  private GitDaemon daemon;
  private String remote;

  @BeforeAll
  static void storeFromTheServiceRegistry() throws InterruptedException {
    store = Workstation.storeFromRegistry(LabEncryptedTest.class);
    assertNotNull(store);
  }

  @BeforeEach
  void startTheLabServer() throws Exception {
    System.setProperty("rapport.workstation", work.resolve("home").toString());
    daemon = GitDaemon.start(work.resolve("srv"));
    remote = daemon.bare("lab");
  }

  @AfterEach
  void stopTheLabServer() throws Exception {
    daemon.close();
    System.clearProperty("rapport.workstation");
  }

  /** The demo casebook encrypted by its owner and shared: every person the owner endorsed gets access. */
  private Path shareEncryptedDemo() throws Exception {
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = store.open(trainee)) {
      casebook.keys().changePassphrase(CASEBOOK, "P-trainee-1");
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, shared.state(), shared.message());
      assertEquals(Set.of("P-trainee-1", "P-sup-1", "P-sup-2"), casebook.keys().accessHolders());
    }
    return trainee;
  }

  private Outcome cloneWith(String folder, String passphrase) {
    return sync().clone(remote, work.resolve(folder), LabCredentials.none(), () -> passphrase.toCharArray(), "P-sup-1", step -> { });
  }

  @Test
  void theServerHoldsOnlySealedBlobsAndASupervisorsApprovalReachesTheTrainee() throws Exception {
    Path trainee = shareEncryptedDemo();
    String bare = "--git-dir=" + work.resolve("srv/lab.git");
    int sealed = 0;
    for (String line : GitDaemon.git(work, bare, "ls-tree", "-r", "main").split("\n")) {
      String[] fields = line.split("\\s+", 4);
      String blob = GitDaemon.git(work, bare, "cat-file", "blob", fields[2]);
      if (fields[3].equals("casebook.key") || fields[3].startsWith("keys/")) {
        assertFalse(blob.contains("<?xml"), fields[3]);
        continue;
      }
      assertTrue(blob.startsWith("RPLAB1\n"), fields[3] + " is sealed on the server");
      assertFalse(blob.contains("xmi") || blob.contains("Fairweather"), fields[3] + " shows nothing in clear");
      sealed++;
    }
    assertTrue(sealed > 20, "the index and every document went, sealed: " + sealed);

    Outcome cloned = cloneWith("supervisor", HOLLIS);
    assertEquals(State.IN_STEP, cloned.state(), cloned.message());
    assertTrue(cloned.refused().isEmpty(), "nothing refused: " + cloned.refused());
    Path supervisor = work.resolve("supervisor");
    assertTrue(Files.readString(supervisor.resolve(SUBMITTED), StandardCharsets.ISO_8859_1).startsWith("RPSEAL2"),
        "the clone is sealed on disk too");
    try (OpenCasebook mine = store.open(supervisor, HOLLIS.toCharArray())) {
      assertTrue(mine.keys().encrypted());
      ReflectionNote note = (ReflectionNote) Workstation.load(mine, SUBMITTED);
      Signer signer = supervisorWhoMay(mine, note);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signer, LocalDateTime.now().withNano(0), null);
      mine.save(note, signer.person().getId());
      Outcome sent = sync().sync(mine, LabCredentials.none(), signer.person().getId(), Runnable::run, step -> { });
      assertEquals(State.IN_STEP, sent.state(), sent.message());
      Outcome again = sync().sync(mine, LabCredentials.none(), signer.person().getId(), Runnable::run, step -> { });
      assertEquals(0, again.sent(), "what came from the lab is sealed here byte for byte, so nothing goes back");
    }
    try (OpenCasebook casebook = store.open(trainee, TRAINEE.toCharArray())) {
      Outcome outcome = sync().sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertTrue(outcome.received().contains(SUBMITTED), "the approval came in: " + outcome.received());
      ReflectionNote note = (ReflectionNote) Workstation.load(casebook, SUBMITTED);
      assertEquals(ReviewStatus.APPROVED, note.getStatus());
      assertFalse(new ChainCheck(casebook.signing().roster()).verify(note).hasErrors(), "the approval verifies at the trainee's");
      assertEquals(DEMO_DOCUMENTS, casebook.entries(EnumSet.allOf(DocumentKind.class)).size(), "every document is still there");
    }
  }

  @Test
  void aCopyFollowsTheOwnersSignedMoveToANewKeyAndSendsWhatItSavedBefore() throws Exception {
    Path trainee = shareEncryptedDemo();
    assertEquals(State.IN_STEP, cloneWith("hollis", HOLLIS).state());
    assertEquals(State.IN_STEP, cloneWith("adeyemi", ADEYEMI).state());
    Path hollis = work.resolve("hollis");
    try (OpenCasebook mine = store.open(hollis, HOLLIS.toCharArray())) {
      ReflectionNote note = (ReflectionNote) Workstation.load(mine, SUBMITTED);
      Signer signer = supervisorWhoMay(mine, note);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signer, LocalDateTime.now().withNano(0), null);
      mine.save(note, signer.person().getId());   // saved here, not yet sent
    }
    try (OpenCasebook casebook = store.open(trainee, TRAINEE.toCharArray())) {
      casebook.signing().recordAs(casebook.signing().signIn("P-trainee-1", TRAINEE.toCharArray()));   // the owner signs the move
      casebook.keys().revokeAccess("P-sup-2", RENEWED, "P-trainee-1");
      Outcome outcome = sync().sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
    }

    try (OpenCasebook mine = store.open(hollis, HOLLIS.toCharArray())) {
      Outcome followed = sync().sync(mine, LabCredentials.none(), "P-sup-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, followed.state(), followed.message());
      assertTrue(followed.received().contains("casebook.key (the owner's new key, followed)"), followed.received().toString());
      assertTrue(followed.refused().isEmpty(), "nothing refused: " + followed.refused());
      assertTrue(followed.conflicts().isEmpty(), "the move makes no conflict of the note saved before it: " + followed.conflicts());
      assertTrue(followed.sent() > 0, "the approval saved before the move went");
    }
    assertThrows(PassphraseException.class, () -> store.openForReading(hollis, CASEBOOK).close(), "the copy left the old key");
    store.openForReading(hollis, RENEWED).close();
    try (OpenCasebook casebook = store.open(trainee, TRAINEE.toCharArray())) {
      Outcome outcome = sync().sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      ReflectionNote note = (ReflectionNote) Workstation.load(casebook, SUBMITTED);
      assertEquals(ReviewStatus.APPROVED, note.getStatus(), "the approval made before the move reached the trainee");
      assertFalse(new ChainCheck(casebook.signing().roster()).verify(note).hasErrors());
    }

    Path adeyemi = work.resolve("adeyemi");
    try (OpenCasebook hers = store.open(adeyemi, ADEYEMI.toCharArray())) {
      Outcome closed = sync().sync(hers, LabCredentials.none(), "P-sup-2", Runnable::run, step -> { });
      assertEquals(State.FAILED, closed.state());
      assertTrue(closed.message().contains("not wrapped for the person who opened this copy"), closed.message());
      assertEquals(DEMO_DOCUMENTS, hers.entries(EnumSet.allOf(DocumentKind.class)).size(), "her copy lost nothing");
    }
    store.openForReading(adeyemi, CASEBOOK).close();   // and it is still under the old key, as it was
  }

  @Test
  void aMoveToANewKeyThatTheOwnerDidNotSignIsNotFollowed() throws Exception {
    shareEncryptedDemo();
    assertEquals(State.IN_STEP, cloneWith("hollis", HOLLIS).state());
    // someone with push access makes a key file of their own, a generation on, signed with their key,
    // in a copy of the casebook where they made themselves the owner, and pushes it with plain git
    Path forge = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("forge"));
    try (OpenCasebook casebook = store.open(forge)) {
      casebook.index().setOwner(casebook.index().getPeople().stream().filter(p -> "P-sup-2".equals(p.getId())).findFirst().orElseThrow());
      casebook.saveIndex();
      casebook.keys().changePassphrase("a forged key of her own".toCharArray(), "P-sup-2");
      casebook.signing().recordAs(casebook.signing().signIn("P-sup-2", ADEYEMI.toCharArray()));
      casebook.keys().changePassphrase("a forged key, moved on".toCharArray(), "P-sup-2");
    }
    Path plain = work.resolve("plain");
    GitDaemon.git(work, "clone", "-q", remote, plain.toString());
    Files.copy(forge.resolve("casebook.key"), plain.resolve("casebook.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    GitDaemon.git(plain, "commit", "-q", "-am", "Move the casebook to a key of my own");
    GitDaemon.git(plain, "push", "-q", "origin", "main");

    Path hollis = work.resolve("hollis");
    try (OpenCasebook mine = store.open(hollis, HOLLIS.toCharArray())) {
      Outcome refused = sync().sync(mine, LabCredentials.none(), "P-sup-1", Runnable::run, step -> { });
      assertEquals(State.FAILED, refused.state());
      assertTrue(refused.message().contains("signed with a key that is not the owner's"), refused.message());
    }
    try (OpenCasebook mine = store.open(hollis, CASEBOOK)) {
      assertEquals(DEMO_DOCUMENTS, mine.entries(EnumSet.allOf(DocumentKind.class)).size(), "still under the casebook's own key, whole");
    }
  }

  @Test
  void aWrongPassphraseClonesNothingAndAccessTakenAwayClosesTheNewKey() throws Exception {
    Path trainee = shareEncryptedDemo();
    Outcome wrong = cloneWith("stranger", "not anybody's passphrase");
    assertEquals(State.FAILED, wrong.state());
    assertTrue(wrong.message().startsWith("Not cloned") && wrong.message().contains("Wrong passphrase"), wrong.message());
    assertFalse(Files.exists(work.resolve("stranger")), "a failed clone leaves no folder behind");
    assertEquals(State.IN_STEP, cloneWith("hollis", HOLLIS).state());

    try (OpenCasebook casebook = store.open(trainee, TRAINEE.toCharArray())) {
      casebook.keys().revokeAccess("P-sup-2", "renewed placement casebook".toCharArray(), "P-trainee-1");
      Outcome outcome = sync().sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
    }
    Outcome refused = cloneWith("adeyemi", ADEYEMI);
    assertEquals(State.FAILED, refused.state(), "her key no longer opens the casebook: " + refused.message());
    assertEquals(State.IN_STEP, cloneWith("hollis-again", HOLLIS).state(), "the others still open it");

    try (OpenCasebook older = store.open(work.resolve("hollis"), HOLLIS.toCharArray())) {
      Outcome behind = sync().sync(older, LabCredentials.none(), "P-sup-1", Runnable::run, step -> { });
      assertEquals(State.FAILED, behind.state(), "a move made while the owner was not signed in is not followed");
      assertTrue(behind.message().contains("the move is not signed"), behind.message());
    }
    try (OpenCasebook older = store.open(work.resolve("hollis"), HOLLIS.toCharArray())) {
      assertEquals(DEMO_DOCUMENTS, older.entries(EnumSet.allOf(DocumentKind.class)).size(), "the copy that could not follow lost nothing");
    }
    assertThrows(PassphraseException.class, () -> store.open(trainee, CASEBOOK), "the old casebook passphrase opens nothing");
  }

  @Test
  void aCasebookEncryptedAfterItWasSharedIsNotSentInPlainsPlace() throws Exception {
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("plain-first"));
    try (OpenCasebook casebook = store.open(trainee)) {
      assertEquals(State.IN_STEP, sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { }).state());
      casebook.keys().changePassphrase(CASEBOOK, "P-trainee-1");
      Outcome outcome = sync().sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.FAILED, outcome.state());
      assertTrue(outcome.message().contains("shared before it was encrypted"), outcome.message());
    }
    String tree = GitDaemon.git(work, "--git-dir=" + work.resolve("srv/lab.git"), "ls-tree", "-r", "--name-only", "main");
    assertFalse(tree.contains("casebook.key"), "nothing sealed went over the plain history");
  }

  private static CasebookSync sync() {
    return new CasebookSync(store);
  }

  private static Signer supervisorWhoMay(OpenCasebook casebook, ReflectionNote note) throws Exception {
    for (String[] person : new String[][] {{"P-sup-1", HOLLIS}, {"P-sup-2", ADEYEMI}}) {
      Signer signer = casebook.signing().signIn(person[0], person[1].toCharArray());
      if (ReviewWorkflow.refusal(note, ReviewWorkflow.Step.APPROVE, signer.person()).isEmpty()) {
        return signer;
      }
    }
    throw new AssertionError("no demo supervisor may approve " + note.getId());
  }
}
