// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookFolders;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;
import org.rapport.store.internal.AtomicFile;
import org.rapport.store.internal.OpenCasebookImpl;
import org.rapport.store.internal.XmiCasebookStore;

/** An encrypted casebook: round trip, wrong passphrase, changed bytes, no plaintext on disk, a change of passphrase cut short anywhere. */
class EncryptedCasebookTest {

  private static final char[] PASS = "correct horse battery".toCharArray();
  private static final char[] NEW_PASS = "staple river lantern".toCharArray();
  /** Words of the documents that must never appear on disk in clear. */
  private static final String SECRET = "panic attack on the bus";
  private final XmiCasebookStore store = new XmiCasebookStore();

  @TempDir
  Path work;

  @BeforeAll
  static void cheapKeys() {
    Fixtures.cheapKeys(true);
  }

  @AfterAll
  static void realKeys() {
    Fixtures.cheapKeys(false);
  }

  private Path casebookWithDocuments(String name) throws StoreException {
    Path folder = work.resolve(name);
    try (OpenCasebook open = store.create(folder, "Encrypted placement", PASS)) {
      Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      plan.setSupervisionQuestions("Client mentioned a " + SECRET + " last week.");
      open.save(plan, null);
      open.save(Fixtures.agreement("CL-0417"), null);
      ReflectionNote note = Fixtures.reflection("CL-0417", 1);
      open.save(note, null);
      open.save(plan, null);   // a second save: the journal and a backup exist too
    }
    return folder;
  }

  @Test
  void everyFileIsSealedAndTheCasebookReadsBackWithItsPassphrase() throws Exception {
    Path folder = casebookWithDocuments("roundtrip");
    assertTrue(CasebookFolders.isEncrypted(folder));
    assertNoPlaintext(folder);
    try (OpenCasebook open = store.open(folder, PASS)) {
      assertTrue(open.keys().encrypted());
      assertTrue(open.problems().isEmpty(), open.problems().toString());
      List<DocumentEntry> entries = open.entries(EnumSet.allOf(DocumentKind.class));
      assertEquals(3, entries.size());
      for (DocumentEntry entry : entries) {
        LoadResult loaded = open.load(entry);
        assertTrue(loaded.ok(), () -> String.valueOf(loaded.problem()));
      }
      SessionPlan plan = (SessionPlan) open.load(entries.stream().filter(e -> e.getKind() == DocumentKind.PLAN).findFirst().orElseThrow())
          .document();
      assertTrue(plan.getSupervisionQuestions().contains(SECRET));
      assertEquals(1, open.search().find("panic attack", EnumSet.allOf(DocumentKind.class)).size(), "search reads the sealed files");
      assertTrue(open.keys().checkPassphrase(PASS));
      assertFalse(open.keys().checkPassphrase("not it at all".toCharArray()));
    }
  }

  @Test
  void aDamagedKeyFileIsSaidToBeDamagedNotAWrongPassphrase() throws Exception {
    Path folder = casebookWithDocuments("damaged-key");
    Path key = folder.resolve("casebook.key");
    String text = Files.readString(key, java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher salt = java.util.regex.Pattern.compile("(?m)^salt=(.)").matcher(text);
    assertTrue(salt.find());
    // one character of the salt changed, still valid Base64: the derived key would simply be wrong
    String changed = text.substring(0, salt.start(1)) + (salt.group(1).equals("A") ? "B" : "A") + text.substring(salt.end(1));
    Files.writeString(key, changed, java.nio.charset.StandardCharsets.ISO_8859_1);
    StoreException damaged = assertThrows(StoreException.class, () -> store.open(folder, PASS));
    assertFalse(damaged instanceof PassphraseException, damaged.getMessage());
    assertTrue(damaged.getMessage().contains("is damaged"), damaged.getMessage());
    Files.writeString(key, text, java.nio.charset.StandardCharsets.ISO_8859_1);
    try (OpenCasebook open = store.open(folder, PASS)) {
      assertTrue(open.keys().encrypted(), "the key file put back opens the casebook");
    }
  }

  @Test
  void aWrongOrMissingPassphraseIsSaidSoAndNotAParseError() throws Exception {
    Path folder = casebookWithDocuments("wrong");
    PassphraseException wrong = assertThrows(PassphraseException.class, () -> store.open(folder, "correct horse battery!".toCharArray()));
    assertTrue(wrong.wrong());
    assertEquals("Wrong passphrase for the casebook wrong.", wrong.getMessage());
    PassphraseException missing = assertThrows(PassphraseException.class, () -> store.open(folder));
    assertFalse(missing.wrong());
    assertTrue(missing.getMessage().contains("is encrypted"));
    try (OpenCasebook open = store.open(folder, PASS)) {
      assertTrue(open.keys().encrypted(), "a refused attempt leaves the casebook as it was, and unlocked");
    }
  }

  @Test
  void aFlippedByteInASealedFileIsDetectedAndNamed() throws Exception {
    Path folder = casebookWithDocuments("flipped");
    Path plan = folder.resolve("clients/CL-0417/" + Fixtures.plan("CL-0417", 1).getId() + ".xmi");
    byte[] bytes = Files.readAllBytes(plan);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(plan, bytes);
    try (OpenCasebook open = store.open(folder, PASS)) {
      DocumentEntry entry = open.entries(EnumSet.of(DocumentKind.PLAN)).get(0);
      LoadResult loaded = open.load(entry);
      assertFalse(loaded.ok());
      assertEquals(plan, loaded.problem().file());
      assertTrue(loaded.problem().cause().contains("changed or damaged"), loaded.problem().cause());
    }
  }

  @Test
  void aSealedFileMovedOverAnotherIsRefusedAndAPlainOneIsNotRead() throws Exception {
    Path folder = casebookWithDocuments("moved");
    Path plan = folder.resolve("clients/CL-0417/" + Fixtures.plan("CL-0417", 1).getId() + ".xmi");
    Path reflection = folder.resolve("clients/CL-0417/" + Fixtures.reflection("CL-0417", 1).getId() + ".xmi");
    Files.copy(reflection, plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (OpenCasebook open = store.open(folder, PASS)) {
      assertFalse(open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0)).ok(), "sealed under another file's name");
    }
    Files.writeString(reflection, "<?xml version=\"1.0\"?><rapport:ReflectionNote xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"x\"/>");
    try (OpenCasebook open = store.open(folder, PASS)) {
      LoadResult loaded = open.load(open.entries(EnumSet.of(DocumentKind.REFLECTION)).get(0));
      assertFalse(loaded.ok());
      assertTrue(loaded.problem().cause().contains("not encrypted although its casebook is"), loaded.problem().cause());
    }
  }

  @Test
  void anOlderSealedCopyPutOverTheCurrentFileIsRefusedAsStaleAndNothingIsOverwritten() throws Exception {
    Path folder = casebookWithDocuments("stale");   // the plan was saved twice: its .bak is the first save
    Path plan = folder.resolve("clients/CL-0417/" + Fixtures.plan("CL-0417", 1).getId() + ".xmi");
    byte[] second = Files.readAllBytes(plan);
    // the backup, sealed under its own name, does not open in the file's place
    Files.copy(AtomicFile.backupOf(plan), plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    byte[] backup = Files.readAllBytes(plan);
    try (OpenCasebook open = store.open(folder, PASS)) {
      LoadResult loaded = open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0));
      assertFalse(loaded.ok(), "the .bak over the file");
      assertTrue(loaded.problem().cause().contains("is this file's backup (clients/CL-0417/" + plan.getFileName() + ".bak) put in its place"),
          loaded.problem().cause());
    }
    assertTrue(java.util.Arrays.equals(backup, Files.readAllBytes(plan)), "a refused file is left as found, for inspection");

    // an older copy of the file itself, from a backup of the casebook, after the index was rewritten (closing folds the journal in)
    Files.write(plan, second);
    try (OpenCasebook open = store.open(folder, PASS)) {
      DocumentEntry entry = open.entries(EnumSet.of(DocumentKind.PLAN)).get(0);
      open.save(open.load(entry).document(), null);
    }
    Files.write(plan, second);
    try (OpenCasebook open = store.open(folder, PASS)) {
      LoadResult loaded = open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0));
      assertFalse(loaded.ok(), "the second save over the third");
      assertTrue(loaded.problem().cause().contains("older copy of this document (saved 2 times, where the casebook records 3 saves)"),
          loaded.problem().cause());
    }
  }

  @Test
  void aGenerationEditedInTheHeaderBreaksTheSealAndAChangeOfPassphraseKeepsIt() throws Exception {
    Path folder = casebookWithDocuments("generation");
    Path plan = folder.resolve("clients/CL-0417/" + Fixtures.plan("CL-0417", 1).getId() + ".xmi");
    byte[] current = Files.readAllBytes(plan);
    byte[] edited = current.clone();
    assertEquals("RPSEAL2\n", new String(edited, 0, 8, StandardCharsets.US_ASCII));
    assertEquals(2, edited[11], "saved twice");
    edited[11] = 3;   // generation 2 claimed to be 3, as if it were newer than the index records
    Files.write(plan, edited);
    try (OpenCasebook open = store.open(folder, PASS)) {
      LoadResult loaded = open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0));
      assertFalse(loaded.ok());
      assertTrue(loaded.problem().cause().contains("changed or damaged"), loaded.problem().cause());
    }
    Files.write(plan, current);
    try (OpenCasebook open = store.open(folder, PASS)) {
      open.save(open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0)).document(), null);   // a third save
    }
    Files.write(plan, current);   // the second, from a backup of the casebook
    try (OpenCasebook open = store.open(folder, PASS)) {
      open.keys().changePassphrase(NEW_PASS, null);
    }
    try (OpenCasebook open = store.open(folder, NEW_PASS)) {
      LoadResult loaded = open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0));
      assertFalse(loaded.ok(), "re-sealed under the new key, the older copy is still older");
      assertTrue(loaded.problem().cause().contains("older copy"), loaded.problem().cause());
    }
  }

  @Test
  void theRecoveryAreaHoldsNoPlaintext() throws Exception {
    Path folder = casebookWithDocuments("recovery");
    try (OpenCasebook open = store.open(folder, PASS)) {
      DocumentEntry entry = open.entries(EnumSet.of(DocumentKind.PLAN)).get(0);
      SessionPlan plan = (SessionPlan) open.load(entry).document();
      plan.setMaterials("Unsaved: the " + SECRET + " again");
      open.recovery().keep(plan);
      assertTrue(Files.list(folder.resolve(".recovery")).findAny().isPresent());
      assertNoPlaintext(folder);
      LoadResult recovered = open.recovery().load(entry);
      assertTrue(recovered.ok(), () -> String.valueOf(recovered.problem()));
      assertTrue(((SessionPlan) recovered.document()).getMaterials().contains(SECRET));
    }
  }

  @Test
  void aPlainCasebookIsEncryptedAndThePassphraseChangedWithEveryDocumentIntact() throws Exception {
    Path folder = work.resolve("plain");
    List<Document> written = new ArrayList<>();
    try (OpenCasebook open = store.create(folder, "Plain at first", null)) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      plan.setSupervisionQuestions(SECRET);
      open.save(plan, null);
      written.add(plan);
      assertFalse(open.keys().encrypted());
      // what a save cut short by a crash leaves: a hidden temporary copy, in clear
      Path leftover = folder.resolve("clients/CL-0417/.CL-0417-S1-plan.xmi.tmp-0b1c");
      Files.writeString(leftover, "<plan>" + SECRET + "</plan>");
      open.keys().changePassphrase(PASS, null);
      assertTrue(open.keys().encrypted());
      assertFalse(Files.exists(leftover), "encrypting removes the leftover copy in clear");
      open.save(plan, null);   // the open casebook goes on with the new key
    }
    assertNoPlaintext(folder);
    try (OpenCasebook open = store.open(folder, PASS)) {
      open.keys().changePassphrase(NEW_PASS, null);
    }
    assertThrows(PassphraseException.class, () -> store.open(folder, PASS).close());
    try (OpenCasebook open = store.open(folder, NEW_PASS)) {
      assertEquals(java.util.Optional.empty(), open.audit().verify());
      Document plan = open.load(open.entries(EnumSet.of(DocumentKind.PLAN)).get(0)).document();
      Document expected = EcoreUtil.copy(written.get(0));
      expected.setFormatVersion(plan.getFormatVersion());
      assertTrue(EcoreUtil.equals(expected, plan));
      assertTrue(open.audit().entries().stream().anyMatch(e -> "encrypt".equals(e.action())));
      assertTrue(open.audit().entries().stream().anyMatch(e -> "change passphrase".equals(e.action())));
    }
  }

  /** A crash, unlike a failure, runs no clean-up: the change of passphrase stops dead. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String point) {
      super("crash at " + point);
    }
  }

  @Test
  void aChangeOfPassphraseCutShortAtAnyPointLeavesACasebookThatOnePassphraseOpensWhole() throws Exception {
    Path template = casebookWithDocuments("template");
    List<String> points = new ArrayList<>();
    Path dry = copy(template, "dry");
    try (OpenCasebookImpl open = store.open(dry, PASS)) {
      open.keys().changePassphrase(NEW_PASS, null, point -> points.add(point));
    }
    assertTrue(points.size() > 8, points.toString());
    for (int stop = 0; stop < points.size(); stop++) {
      Path folder = copy(template, "cut" + stop);
      String at = points.get(stop);
      OpenCasebookImpl open = store.open(folder, PASS);
      assertThrows(Crash.class, () -> open.keys().changePassphrase(NEW_PASS, null, point -> {
        if (point.equals(at)) {
          throw new Crash(point);
        }
      }));
      releaseLock(open);
      boolean committed = points.indexOf("committed") <= stop;
      char[] works = committed ? NEW_PASS : PASS;
      char[] refused = committed ? PASS : NEW_PASS;
      if (Files.exists(folder.resolve("rekey.commit")) || Files.exists(folder.resolve("casebook.key.new"))) {
        // reading only (rapport check) cannot complete the change: it says so instead of failing on half the files
        StoreException reading = assertThrows(StoreException.class, () -> store.openForReading(folder, works).close(), "cut at " + at);
        assertTrue(reading.getMessage().contains("was changing its passphrase"), reading.getMessage());
      }
      assertThrows(PassphraseException.class, () -> store.open(folder, refused).close(), "cut at " + at);
      try (OpenCasebook reopened = store.open(folder, works)) {
        for (DocumentEntry entry : reopened.entries(EnumSet.allOf(DocumentKind.class))) {
          LoadResult loaded = reopened.load(entry);
          assertTrue(loaded.ok(), () -> "cut at " + at + ": " + loaded.problem());
        }
        assertEquals(java.util.Optional.empty(), reopened.audit().verify(), "cut at " + at);
      }
      try (Stream<Path> left = Files.walk(folder)) {
        assertTrue(left.noneMatch(p -> p.toString().endsWith(".rekey") || p.toString().endsWith("casebook.key.new")),
            "cut at " + at + ": nothing of the change is left over");
      }
    }
  }

  /** A crashed process leaves its lock; the test releases it as the operating system would. */
  private static void releaseLock(OpenCasebook open) {
    try {
      open.close();
    } catch (RuntimeException e) {
      // closing after a crash may fail: the lock is released either way
    }
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = work.resolve(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.getFileName().toString().equals(".rapport.lock")) {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private static void assertNoPlaintext(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String clear : List.of(SECRET, "CL-0417", "<?xml", "Encrypted placement")) {
          assertFalse(text.contains(clear), file + " holds \"" + clear + "\" in clear");
        }
      }
    }
  }
}
