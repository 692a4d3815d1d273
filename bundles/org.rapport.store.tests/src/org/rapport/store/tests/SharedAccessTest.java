// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Role;
import org.rapport.model.SessionPlan;
import org.rapport.model.signing.Signer;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;
import org.rapport.store.internal.XmiCasebookStore;

/**
 * An encrypted casebook shared with people: each opens it with their own passphrase through the
 * casebook key wrapped for them; access taken away moves the casebook to a new key and stays taken.
 */
class SharedAccessTest {

  private static final char[] CASEBOOK = "casebook passphrase 2026".toCharArray();
  private static final char[] TRAINEE = "fairweather own 2026".toCharArray();
  private static final char[] HOLLIS = "hollis own 2026".toCharArray();
  private static final char[] ADEYEMI = "adeyemi own 2026".toCharArray();
  private final XmiCasebookStore store = new XmiCasebookStore();

  @TempDir
  Path work;

  /** A trainee's encrypted casebook with two supervisors whose keys the trainee (the owner) endorsed, and one plan. */
  private Path sharedCasebook() throws StoreException {
    Path folder = work.resolve("casebook");
    try (OpenCasebook open = store.create(folder, "Placement", CASEBOOK)) {
      open.index().getPeople().add(Fixtures.person("P-trainee-1", "Trainee R. Fairweather", Role.TRAINEE));
      open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR));
      open.index().getPeople().add(Fixtures.person("P-sup-2", "Supervisor T. Adeyemi", Role.SUPERVISOR));
      open.index().setOwner(open.index().getPeople().get(0));
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      open.signing().createKey("P-trainee-1", TRAINEE, "P-trainee-1");
      open.signing().createKey("P-sup-1", HOLLIS, "P-sup-1");
      open.signing().createKey("P-sup-2", ADEYEMI, "P-sup-2");
      assertEquals(List.of("P-trainee-1"), open.keys().grantAccess("P-trainee-1"), "keys the owner has not endorsed give no access");
      Signer owner = open.signing().signIn("P-trainee-1", TRAINEE);
      open.signing().endorse("P-sup-1", owner, "P-trainee-1");
      open.signing().endorse("P-sup-2", owner, "P-trainee-1");
      assertEquals(List.of("P-sup-1", "P-sup-2"), open.keys().grantAccess("P-trainee-1"));
      assertEquals(List.of(), open.keys().grantAccess("P-trainee-1"), "a second grant wraps for nobody");
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      plan.setSupervisionQuestions("How to hold the silence");
      open.save(plan, "P-trainee-1");
    }
    return folder;
  }

  @Test
  void eachPersonWithAccessOpensTheCasebookWithTheirOwnPassphrase() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      for (char[] passphrase : List.of(CASEBOOK, TRAINEE, HOLLIS, ADEYEMI)) {
        try (OpenCasebook open = store.open(folder, passphrase)) {
          assertEquals(Set.of("P-trainee-1", "P-sup-1", "P-sup-2"), open.keys().accessHolders());
          assertEquals("How to hold the silence", ((SessionPlan) open.load(open.entries(java.util.EnumSet.allOf(
              org.rapport.model.DocumentKind.class)).get(0)).document()).getSupervisionQuestions());
        }
      }
      PassphraseException wrong = assertThrows(PassphraseException.class, () -> store.open(folder, "nobody's passphrase".toCharArray()));
      assertTrue(wrong.wrong() && wrong.getMessage().contains("nor that of anyone it is shared with"), wrong.getMessage());
      String key = Files.readString(folder.resolve("casebook.key"), StandardCharsets.ISO_8859_1);
      assertFalse(key.contains("How to hold"), "the key file holds wraps, nothing of the casebook");
    }
  }

  @Test
  void aDamagedWrapLocksOutOnlyItsPerson() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      Path keyFile = folder.resolve("casebook.key");
      String text = Files.readString(keyFile, StandardCharsets.ISO_8859_1);
      int at = text.indexOf("access.P-sup-1=") + "access.P-sup-1=".length() + 64 + 1 + 44 + 1 + 20;
      char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
      Files.writeString(keyFile, text.substring(0, at) + flipped + text.substring(at + 1), StandardCharsets.ISO_8859_1);
      assertThrows(PassphraseException.class, () -> store.open(folder, HOLLIS));
      store.open(folder, ADEYEMI).close();
      store.open(folder, CASEBOOK).close();
    }
  }

  @Test
  void accessTakenAwayMovesTheCasebookToANewKeyAndStaysTaken() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      char[] renewed = "renewed casebook passphrase".toCharArray();
      try (OpenCasebook open = store.open(folder, TRAINEE)) {
        StoreException notOwner = assertThrows(StoreException.class, () -> open.keys().revokeAccess("P-trainee-1", renewed, "P-sup-1"));
        assertTrue(notOwner.getMessage().contains("Only the casebook's owner"), notOwner.getMessage());
        open.keys().revokeAccess("P-sup-2", renewed, "P-trainee-1");
        assertEquals(Set.of("P-trainee-1", "P-sup-1"), open.keys().accessHolders());
        assertEquals(List.of(), open.keys().grantAccess("P-trainee-1"), "a key whose access was taken is never wrapped for again");
      }
      assertThrows(PassphraseException.class, () -> store.open(folder, ADEYEMI));
      assertThrows(PassphraseException.class, () -> store.open(folder, CASEBOOK), "the casebook moved to a new key");
      for (char[] passphrase : List.of(renewed, TRAINEE, HOLLIS)) {
        store.open(folder, passphrase).close();
      }
      try (OpenCasebook open = store.open(folder, HOLLIS)) {
        assertEquals("P-sup-2", open.signing().signIn("P-sup-2", ADEYEMI).person().getId(), "her key file still opens: only access went");
      }
    }
  }

  @Test
  void aChangeOfPassphraseKeepsEveryonesAccess() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      try (OpenCasebook open = store.open(folder, CASEBOOK)) {
        open.keys().changePassphrase("another casebook passphrase".toCharArray(), "P-trainee-1");
      }
      for (char[] passphrase : List.of(TRAINEE, HOLLIS, ADEYEMI)) {
        store.open(folder, passphrase).close();
      }
    }
  }

  @Test
  void encryptingACasebookLeavesItsPeoplesKeyFilesReadable() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = work.resolve("plain");
      try (OpenCasebook open = store.create(folder, "Plain first")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR));
        open.saveIndex();
        open.signing().createKey("P-sup-1", HOLLIS, "P-sup-1");
        open.keys().changePassphrase(CASEBOOK, "P-sup-1");
      }
      try (OpenCasebook open = store.open(folder, CASEBOOK)) {
        assertEquals("P-sup-1", open.signing().signIn("P-sup-1", HOLLIS).person().getId());
      }
    }
  }

  @Test
  void anotherWorkstationsKeyFileBringsItsWrapsButNeverUndoesARevocation() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      byte[] before;
      try (OpenCasebook open = store.open(folder, TRAINEE)) {
        before = open.keys().keyFileBytes();
        assertArrayEquals(before, open.keys().keyFileBytes(), "the same access gives the same bytes");
        assertFalse(open.keys().takeKeyFile(before, "P-trainee-1"), "the same file changes nothing");
        StoreException damaged = assertThrows(StoreException.class,
            () -> open.keys().takeKeyFile("format=1\nkdf=argon2id\nmemoryKiB=x\n".getBytes(StandardCharsets.ISO_8859_1), "P-trainee-1"));
        assertTrue(damaged.getMessage().contains("not taken"), damaged.getMessage());

        byte[] sealed = open.keys().sealForLab("<plan/>".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(sealed, open.keys().sealForLab("<plan/>".getBytes(StandardCharsets.UTF_8)), "sealed for the lab, the same content is the same blob");
        assertEquals("<plan/>", new String(open.keys().openFromLab(sealed, "the plan"), StandardCharsets.UTF_8));
        StoreException plain = assertThrows(StoreException.class, () -> open.keys().openFromLab("<plan/>".getBytes(StandardCharsets.UTF_8), "the plan"));
        assertTrue(plain.getMessage().startsWith("the plan was not read: the lab's copy is not sealed"), plain.getMessage());
        sealed[sealed.length - 1] ^= 1;
        assertThrows(StoreException.class, () -> open.keys().openFromLab(sealed, "the plan"));
      }
      Path other = work.resolve("other");
      try (OpenCasebook open = store.create(other, "Another", CASEBOOK)) {
        StoreException anotherKey = assertThrows(StoreException.class, () -> open.keys().takeKeyFile(before, null));
        assertTrue(anotherKey.getMessage().contains("sealed under another key"), anotherKey.getMessage());
      }
      try (OpenCasebook open = store.open(folder, TRAINEE)) {
        open.keys().revokeAccess("P-sup-2", "renewed casebook passphrase".toCharArray(), "P-trainee-1");
        byte[] revoked = open.keys().keyFileBytes();
        String withoutMark = new String(revoked, StandardCharsets.ISO_8859_1).replaceAll("(?m)^revoked\\..*\n", "");
        assertFalse(open.keys().takeKeyFile(withoutMark.getBytes(StandardCharsets.ISO_8859_1), "P-trainee-1"),
            "a copy without the revocation changes nothing");
        assertTrue(new String(open.keys().keyFileBytes(), StandardCharsets.ISO_8859_1).contains("revoked.P-sup-2="));
      }
    }
  }

  @Test
  void aCopyFollowsOnlyTheOwnersSignedMoveToANewerKey() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      Path copy = org.rapport.store.CasebookFolders.copy(folder, work.resolve("copy"));   // another workstation's
      char[] renewed = "renewed casebook passphrase".toCharArray();
      byte[] first;
      byte[] moved;
      try (OpenCasebook open = store.open(folder, TRAINEE)) {
        first = open.keys().keyFileBytes();
        open.signing().recordAs(open.signing().signIn("P-trainee-1", TRAINEE));
        open.keys().changePassphrase(renewed, "P-trainee-1");
        moved = open.keys().keyFileBytes();
      }
      String movedText = new String(moved, StandardCharsets.ISO_8859_1);
      assertTrue(movedText.contains("\ngeneration=1\n") && movedText.contains("\nmoved.signature="), movedText);

      try (OpenCasebook open = store.open(copy, HOLLIS)) {
        StoreException damaged = assertThrows(StoreException.class, () -> open.keys().followKeyFile(
            movedText.replace("generation=1", "generation=-3").getBytes(StandardCharsets.ISO_8859_1), "P-sup-1"));
        assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
        assertNotNull(open.keys().followKeyFile(moved, "P-sup-1"), "Hollis's own wrap in the new key file opens it");
        assertNull(open.keys().followKeyFile(moved, "P-sup-1"), "once followed, the same key file is nothing to follow");
        assertFalse(open.keys().takeKeyFile(first, "P-sup-1"), "the older key file is never taken back");
        assertEquals("How to hold the silence", ((SessionPlan) open.load(open.entries(java.util.EnumSet.allOf(
            org.rapport.model.DocumentKind.class)).getFirst()).document()).getSupervisionQuestions(), "the copy reads under the new key");
      }
      assertThrows(PassphraseException.class, () -> store.openForReading(copy, CASEBOOK).close(), "the copy left the old key");
      store.openForReading(copy, renewed).close();

      try (OpenCasebook open = store.open(folder, TRAINEE)) {
        open.keys().changePassphrase("changed with nobody signed in".toCharArray(), "P-trainee-1");
        moved = open.keys().keyFileBytes();
      }
      byte[] unsigned = moved;
      try (OpenCasebook open = store.open(copy, HOLLIS)) {
        StoreException refused = assertThrows(StoreException.class, () -> open.keys().followKeyFile(unsigned, "P-sup-1"));
        assertTrue(refused.getMessage().contains("the move is not signed"), refused.getMessage());
      }
      store.openForReading(copy, renewed).close();   // nothing changed
    }
  }

  @Test
  void theWorkbenchUnlocksWithTheOwnPassphraseOfWhoeverOpenedItOrIsSignedInAndNoOneElses() throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("home"))) {
      Path folder = sharedCasebook();
      try (OpenCasebook open = store.open(folder, HOLLIS)) {
        assertTrue(open.keys().unlocksWorkbench(HOLLIS), "Hollis opened it with his own passphrase and never knew the casebook's");
        assertFalse(open.keys().checkPassphrase(HOLLIS), "his passphrase is still not the casebook's");
        assertTrue(open.keys().unlocksWorkbench(CASEBOOK));
        assertFalse(open.keys().unlocksWorkbench(ADEYEMI), "another person with access does not take over his session");
        open.signing().recordAs(open.signing().signIn("P-sup-2", ADEYEMI));
        assertTrue(open.keys().unlocksWorkbench(ADEYEMI), "the person signed in comes first");
        assertFalse(open.keys().unlocksWorkbench(HOLLIS));
      }
    }
  }
}
