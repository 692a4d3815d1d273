// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.PersonKey;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookSigning;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;
import org.rapport.store.internal.XmiCasebookStore;
import org.rapport.model.time.Dates;

/** People's signing keys in a casebook, and the demo casebook's signed steps. */
class PersonKeysTest {

  private static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  private final XmiCasebookStore store = new XmiCasebookStore();

  @Test
  void everyStepOfTheDemoCasebookVerifiesWithTheDocumentedPassphrases(@TempDir Path copy) throws Exception {
    CasebookFolders.copy(SEEDS.resolve("demo-casebook"), copy);
    try (OpenCasebook open = store.open(copy)) {
      List<String> findings = new ArrayList<>();
      assertTrue(open.signing().roster().endorsing(), "the owner endorsed the demo's keys");
      assertEquals(List.of(), open.signing().roster().unendorsed());
      ChainCheck check = new ChainCheck(open.signing().roster());
      int signed = 0;
      for (DocumentEntry entry : open.entries(EnumSet.of(DocumentKind.REFLECTION, DocumentKind.AGREEMENT))) {
        LoadResult loaded = open.load(entry);
        assertTrue(loaded.ok(), entry.getFile());
        ChainCheck.Result result = check.verify(loaded.document());
        result.findings().forEach(f -> findings.add(entry.getFile() + ": " + f.message()));
        signed += result.lines().size();
      }
      assertEquals(List.of(), findings);
      assertTrue(signed >= 12, "the demo's documents are signed: " + signed);
      // seeds/README.md gives these passphrases
      for (String[] person : new String[][] {{"P-trainee-1", "fairweather demo 2026"}, {"P-sup-1", "hollis demo 2026"},
          {"P-sup-2", "adeyemi demo 2026"}}) {
        assertEquals(person[0], open.signing().signIn(person[0], person[1].toCharArray()).person().getId());
      }
    }
  }

  @Test
  void aWrongPassphraseIsToldApartFromADamagedKeyFile(@TempDir Path folder) throws Exception {
    Fixtures.cheapKeys(true);
    try {
      try (OpenCasebook open = store.create(folder, "Keys")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
        open.saveIndex();
        PersonKey key = open.signing().createKey("P-sup-1", "hollis key 2026 a".toCharArray(), "P-sup-1");
        assertNotNull(key.getPublicKey());
        PassphraseException wrong = assertThrows(PassphraseException.class,
            () -> open.signing().signIn("P-sup-1", "hollis key 2026 b".toCharArray()));
        assertTrue(wrong.wrong() && wrong.getMessage().contains("not Supervisor M. Hollis's passphrase"), wrong.getMessage());

        Path file = folder.resolve("keys/P-sup-1.key");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String damaged = text.replaceFirst("sealed=(.)", "sealed=" + (text.contains("sealed=A") ? "B" : "A"));
        Files.writeString(file, damaged, StandardCharsets.ISO_8859_1);
        StoreException broken = assertThrows(StoreException.class, () -> open.signing().signIn("P-sup-1", "hollis key 2026 a".toCharArray()));
        assertFalse(broken instanceof PassphraseException, "damage is not a wrong passphrase");
        assertTrue(broken.getMessage().contains("is damaged"), broken.getMessage());
      }
    } finally {
      Fixtures.cheapKeys(false);
    }
  }

  @Test
  void aNewKeyRetiresTheOldOneAndWhatItSignedStillVerifies(@TempDir Path folder) throws Exception {
    Fixtures.cheapKeys(true);
    try {
      try (OpenCasebook open = store.create(folder, "Keys")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
        open.index().getPeople().add(Fixtures.person("P-trainee-1", "Trainee R. Fairweather", org.rapport.model.Role.TRAINEE));
        open.saveIndex();
        open.signing().createKey("P-trainee-1", "fairweather key 2026".toCharArray(), "P-trainee-1");
        open.signing().createKey("P-sup-1", "hollis key 2026 a".toCharArray(), "P-sup-1");
        Signer trainee = open.signing().signIn("P-trainee-1", "fairweather key 2026".toCharArray());
        Signer before = open.signing().signIn("P-sup-1", "hollis key 2026 a".toCharArray());
        ReflectionNote note = Fixtures.reflection("CL-0417", 1);
        note.setAuthorId("P-trainee-1");
        note.getAnswers().forEach(a -> a.setText("written"));
        ReviewWorkflow.take(note, ReviewWorkflow.Step.SUBMIT, trainee, java.time.LocalDateTime.now().minusDays(2), null);
        ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, before, java.time.LocalDateTime.now().minusDays(1), null);

        // the passphrase is lost: a new key, the old one kept, retired
        open.signing().createKey("P-sup-1", "hollis key 2026 new".toCharArray(), "P-sup-1");
        assertEquals(2, open.index().getPeople().get(0).getKeys().size());
        assertNotNull(Dates.time(open.index().getPeople().get(0).getKeys().get(0).getRetired()));
        assertEquals(List.of(), new ChainCheck(open.index()).verify(note).findings(), "earlier signatures stay valid");
        Signer after = open.signing().signIn("P-sup-1", "hollis key 2026 new".toCharArray());
        ReviewWorkflow.take(note, ReviewWorkflow.Step.LOCK, after, java.time.LocalDateTime.now().plusMinutes(1), null);
        assertEquals(ReviewStatus.LOCKED, note.getStatus());
        assertEquals(List.of(), new ChainCheck(open.index()).verify(note).findings());

        // a step signed with the retired key after it was retired is named
        ReflectionNote late = Fixtures.reflection("CL-0417", 2);
        late.setAuthorId("P-trainee-1");
        late.getAnswers().forEach(a -> a.setText("written"));
        ReviewWorkflow.take(late, ReviewWorkflow.Step.SUBMIT, trainee, java.time.LocalDateTime.now().plusMinutes(2), null);
        ReviewWorkflow.take(late, ReviewWorkflow.Step.APPROVE, before, java.time.LocalDateTime.now().plusMinutes(3), null);
        String finding = new ChainCheck(open.index()).verify(late).findings().get(0).message();
        assertTrue(finding.contains("retired"), finding);
      }
    } finally {
      Fixtures.cheapKeys(false);
    }
  }

  @Test
  void aPublicKeyExportedOnOneWorkstationIsImportedOnAnother(@TempDir Path folder) throws Exception {
    Fixtures.cheapKeys(true);
    try {
      Path elsewhere = folder.resolve("supervisor");
      Path here = folder.resolve("trainee");
      String pem;
      try (OpenCasebook open = store.create(elsewhere, "Supervisor's")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
        open.saveIndex();
        open.signing().createKey("P-sup-1", "hollis key 2026 a".toCharArray(), "P-sup-1");
        pem = open.signing().exportPublicKey("P-sup-1");
      }
      assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
      try (OpenCasebook open = store.create(here, "Trainee's")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
        open.saveIndex();
        PersonKey imported = open.signing().importPublicKey("P-sup-1", pem, null);
        assertEquals(Keys.fromPem(pem).map(Keys::fingerprint).orElseThrow(), Keys.fingerprint(imported.getPublicKey()));
        assertFalse(open.signing().hasKeyFile("P-sup-1"), "the private half stays on the supervisor's workstation");
        assertThrows(StoreException.class, () -> open.signing().signIn("P-sup-1", "hollis key 2026 a".toCharArray()));
        assertThrows(StoreException.class, () -> open.signing().importPublicKey("P-sup-1", "not a key", null));
      }
    } finally {
      Fixtures.cheapKeys(false);
    }
  }

  @Test
  void aCasebookIsNotEncryptedUnderAWeakPassphrase(@TempDir Path folder) {
    StoreException weak = assertThrows(StoreException.class, () -> store.create(folder.resolve("new"), "Weak", "password1234".toCharArray()));
    assertTrue(weak.getMessage().contains("first any attacker tries") && weak.getMessage().contains("not created"), weak.getMessage());
  }

  @Test
  void weakPassphrasesAreRefusedWithAReason() {
    assertTrue(CasebookSigning.weakness("short".toCharArray()).contains("at least 12"));
    assertTrue(CasebookSigning.weakness("aaaaaaaaaaaaaaaa".toCharArray()).contains("too few"));
    assertTrue(CasebookSigning.weakness("password1234".toCharArray()).contains("first any attacker tries"));
    assertTrue(CasebookSigning.weakness("onlylowercaseletters".toCharArray()) == null, "twenty letters will do");
    assertTrue(CasebookSigning.weakness("hollis demo 2026".toCharArray()) == null);
  }

  @Test
  void aKeyFileThatIsASymbolicLinkIsNotFollowed(@TempDir Path folder) throws Exception {
    Fixtures.cheapKeys(true);
    try {
      Path casebook = folder.resolve("casebook");
      try (OpenCasebook open = store.create(casebook, "Keys")) {
        open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
        open.saveIndex();
        open.signing().createKey("P-sup-1", "hollis key 2026 a".toCharArray(), "P-sup-1");
        Path file = casebook.resolve("keys/P-sup-1.key");
        Path outside = Files.move(file, folder.resolve("outside.key"));
        Files.createSymbolicLink(file, outside);
        StoreException refused = assertThrows(StoreException.class, () -> open.signing().signIn("P-sup-1", "hollis key 2026 a".toCharArray()));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        assertFalse(open.signing().hasKeyFile("P-sup-1"));
      }
    } finally {
      Fixtures.cheapKeys(false);
    }
  }

  @Test
  void theOwnersKeyEndorsesItselfAndASupervisorsKeyCountsOnceTheOwnerEndorsesIt(@TempDir Path work) throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"));
        OpenCasebook open = store.create(work.resolve("casebook"), "Endorsed")) {
      ownedByATraineeWithAKey(open);
      open.index().getPeople().add(Fixtures.person("P-sup-1", "Supervisor M. Hollis", org.rapport.model.Role.SUPERVISOR));
      open.saveIndex();
      assertTrue(open.signing().roster().endorsing(), "the owner's first key endorses itself");
      // the supervisor makes their key at their first sign-in here, without the owner
      open.signing().createKey("P-sup-1", "hollis key 2026 a".toCharArray(), "P-sup-1");
      Signer owner = open.signing().signIn("P-trainee-1", "fairweather key 2026".toCharArray());
      Signer hollis = open.signing().signIn("P-sup-1", "hollis key 2026 a".toCharArray());
      ReflectionNote note = Fixtures.reflection("CL-0417", 1);
      note.setAuthorId("P-trainee-1");
      ReviewWorkflow.take(note, ReviewWorkflow.Step.SUBMIT, owner, java.time.LocalDateTime.now(), null);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, hollis, java.time.LocalDateTime.now().plusMinutes(1), null);

      String finding = new ChainCheck(open.signing().roster()).verify(note).findings().get(0).message();
      assertTrue(finding.contains("was not endorsed by the casebook's owner"), finding);
      assertEquals(List.of(hollis.person().getKeys().get(0)), open.signing().roster().unendorsed());
      StoreException notOwner = assertThrows(StoreException.class, () -> open.signing().endorse("P-sup-1", hollis, "P-sup-1"));
      assertTrue(notOwner.getMessage().startsWith("Only the casebook's owner, Trainee R. Fairweather,"), notOwner.getMessage());

      assertEquals(1, open.signing().endorse("P-sup-1", owner, "P-trainee-1").size());
      assertEquals(List.of(), new ChainCheck(open.signing().roster()).verify(note).findings(), "endorsed, the approval counts");
      assertTrue(open.audit().entries().stream().anyMatch(e -> "endorse key".equals(e.action())), "endorsing is audited");
    }
    // the endorsement is in the index on disk, and another look at the casebook takes it
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"));
        OpenCasebook again = store.openForReading(work.resolve("casebook"), null)) {
      assertEquals(List.of(), again.signing().roster().unendorsed());
    }
  }

  @Test
  void aSecondOwnerKeyCountsOnlyOnceThisWorkstationTrustsIt(@TempDir Path work) throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"));
        OpenCasebook open = store.create(work.resolve("casebook"), "Pinned")) {
      org.rapport.model.Person trainee = ownedByATraineeWithAKey(open);
      // a key of someone else's making, listed under the owner and endorsing itself, as an edit of the index would add it
      java.security.KeyPair made = Keys.generate();
      PersonKey added = org.rapport.model.RapportFactory.eINSTANCE.createPersonKey();
      added.setPublicKey(Keys.encode(made.getPublic()));
      added.setCreated(Dates.of(java.time.LocalDateTime.now().withNano(0)));
      trainee.getKeys().add(added);
      org.rapport.model.signing.Roster.endorse(open.index(), trainee, added, new Signer(trainee, made));

      String refused = open.signing().roster().refusal(trainee, added);
      assertTrue(refused != null && refused.contains("is new to this workstation"), refused);
      StoreException unknown = assertThrows(StoreException.class, () -> open.signing().trustOwnerKey("0000 0000 0000 0000", null));
      assertTrue(unknown.getMessage().contains("has no key with the fingerprint"), unknown.getMessage());
      open.signing().trustOwnerKey(Keys.shown(Keys.fingerprint(made.getPublic())), null);   // compared with the owner, then accepted
      assertEquals(null, open.signing().roster().refusal(trainee, added));
    }
  }

  /** Makes P-trainee-1 the owner of {@code open}, with a key made here (passphrase "fairweather key 2026"). */
  private static org.rapport.model.Person ownedByATraineeWithAKey(OpenCasebook open) throws StoreException {
    org.rapport.model.Person trainee = Fixtures.person("P-trainee-1", "Trainee R. Fairweather", org.rapport.model.Role.TRAINEE);
    open.index().getPeople().add(trainee);
    open.index().setOwner(trainee);
    open.saveIndex();
    open.signing().createKey("P-trainee-1", "fairweather key 2026".toCharArray(), "P-trainee-1");
    return trainee;
  }
}
