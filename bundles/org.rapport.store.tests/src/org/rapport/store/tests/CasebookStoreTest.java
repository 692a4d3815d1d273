// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.SearchHit;
import org.rapport.store.StoreException;
import org.rapport.store.internal.AtomicFile;
import org.rapport.store.internal.OpenCasebookImpl;
import org.rapport.store.internal.XmiCasebookStore;
import org.rapport.model.time.Dates;

class CasebookStoreTest {

  private final XmiCasebookStore store = new XmiCasebookStore();

  @TempDir
  Path folder;

  @Test
  void everyDocumentTypeSurvivesSaveCloseAndReopen() throws Exception {
    SessionPlan plan = Fixtures.plan("CL-0417", 1);
    BoundaryAgreement agreement = Fixtures.agreement("CL-0417");
    ReflectionNote reflection = Fixtures.reflection("CL-0417", 1);
    try (OpenCasebook open = store.create(folder, "Spring placement")) {
      Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      for (Document document : List.of(plan, agreement, reflection)) {
        open.save(document, null);
      }
    }
    try (OpenCasebook open = store.open(folder)) {
      assertEquals("Spring placement", open.index().getTitle());
      ClientCase client = open.index().getClients().get(0);
      assertEquals(2, client.getSessions().size());
      List<DocumentEntry> entries = Stream.concat(client.getAgreements().stream(),
          client.getSessions().get(0).getDocuments().stream()).toList();
      assertEquals(3, entries.size());
      for (Document original : List.of(plan, agreement, reflection)) {
        DocumentEntry entry = entries.stream().filter(e -> e.getDocumentId().equals(original.getId())).findFirst().orElseThrow();
        LoadResult loaded = open.load(entry);
        assertTrue(loaded.ok(), () -> String.valueOf(loaded.problem()));
        original.setFormatVersion(2);   // the store writes the current format
        assertTrue(EcoreUtil.equals(original, loaded.document()), original.eClass().getName() + " differs after the round trip");
      }
      assertEquals("draft", entries.get(0).getStatus());
    }
  }

  @Test
  void openingTenThousandSessionsReadsTheIndexAndNoDocument() throws Exception {
    try (OpenCasebook open = store.create(folder, "A busy cohort")) {
      for (int c = 0; c < 100; c++) {
        ClientCase client = Fixtures.client(open.index(), String.format("CL-%04d", c), 100);
        for (Session session : client.getSessions()) {
          for (String kind : new String[] {"plan", "reflection"}) {
            DocumentEntry entry = Fixtures.F.createDocumentEntry();
            entry.setDocumentId(session.getId() + "-" + kind);
            entry.setFile("clients/" + client.getCode() + "/" + entry.getDocumentId() + ".xmi");   // never written
            session.getDocuments().add(entry);
          }
        }
      }
      open.saveIndex();
    }
    try (OpenCasebook open = store.open(folder)) {
      int sessions = open.index().getClients().stream().mapToInt(c -> c.getSessions().size()).sum();
      assertEquals(10_000, sessions);
      assertEquals(0, open.documentsRead(), "opening must not parse any document");
      DocumentEntry one = open.index().getClients().get(7).getSessions().get(3).getDocuments().get(0);
      assertFalse(open.load(one).ok(), "the document file was never written");
      assertEquals(1, open.documentsRead());
    }
  }

  enum BadFile {
    MALFORMED("<rapport:SessionPlan xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"x\"><goals></rapport:SessionPlan>", "not well-formed"),
    TRUNCATED("<?xml version=\"1.0\"?>\n<rapport:SessionPlan xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"CL-0417-S1-plan\"><goals text=\"a", "cut short"),
    EXTERNAL_ENTITY("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rapport:SessionPlan xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"CL-0417-S1-plan\" materials=\"&x;\"/>", "DOCTYPE"),
    ENTITY_EXPANSION("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<rapport:SessionPlan xmlns:rapport=\"http://rapport.org/model/1.0\" materials=\"&c;\"/>", "DOCTYPE"),
    NEWER_FORMAT("<?xml version=\"1.0\"?>\n<rapport:SessionPlan xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"CL-0417-S1-plan\" formatVersion=\"7\"/>", "newer version of Rapport"),
    UNKNOWN_CONTENT("<?xml version=\"1.0\"?>\n<rapport:SessionPlan xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"CL-0417-S1-plan\" mood=\"sunny\"/>", "does not know"),
    FOREIGN_ROOT("<?xml version=\"1.0\"?>\n<rapport:Catalogue xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"x\"/>", "where a Document was expected"),
    BINARY_GARBAGE(null, "binary data"),
    HUGE(null, "far larger"),
    EMPTY("", "empty");

    final String content;
    final String expected;

    BadFile(String content, String expected) {
      this.content = content;
      this.expected = expected;
    }
  }

  @ParameterizedTest
  @EnumSource(BadFile.class)
  void aBadDocumentIsNamedAndLeftUntouchedWhileTheRestOpens(BadFile bad) throws Exception {
    Path planFile;
    try (OpenCasebook open = store.create(folder, "Damaged")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      planFile = open.folder().resolve(open.save(Fixtures.plan("CL-0417", 1), null).getFile());
      open.save(Fixtures.reflection("CL-0417", 1), null);
    }
    switch (bad) {
      case BINARY_GARBAGE -> Files.write(planFile, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
      case HUGE -> {
        try (RandomAccessFile file = new RandomAccessFile(planFile.toFile(), "rw")) {
          file.setLength(33L * 1024 * 1024);   // sparse: costs no disk
        }
      }
      default -> Files.writeString(planFile, bad.content, StandardCharsets.UTF_8);
    }
    byte[] before = Files.readAllBytes(planFile);

    try (OpenCasebook open = store.open(folder)) {
      List<DocumentEntry> entries = open.index().getClients().get(0).getSessions().get(0).getDocuments();
      LoadResult plan = open.load(entries.get(0));
      assertFalse(plan.ok());
      assertEquals(planFile.toAbsolutePath().normalize(), plan.problem().file(), "the problem names the file");
      assertTrue(plan.problem().cause().contains(bad.expected), plan.problem().cause());
      if (bad == BadFile.MALFORMED || bad == BadFile.UNKNOWN_CONTENT) {
        assertEquals(bad == BadFile.MALFORMED ? 1 : 2, plan.problem().line(), "the problem gives the line the parser stopped at");
      }
      assertTrue(open.load(entries.get(1)).ok(), "the other document of the session still opens");
      open.save(open.load(entries.get(1)).document(), null);   // saving elsewhere never touches the bad file
    }
    assertArrayEquals(before, Files.readAllBytes(planFile), "the bad file is left exactly as it was");
  }

  @ParameterizedTest
  @EnumSource(AtomicFile.Step.class)
  void aSaveInterruptedAtAnyStepLeavesTheOldOrTheNewDocumentWhole(AtomicFile.Step step) throws Exception {
    SessionPlan plan = Fixtures.plan("CL-0417", 1);
    try (OpenCasebookImpl open = store.create(folder, "Crash")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      Path file = open.folder().resolve(open.save(plan, null).getFile());
      plan.setMaterials("changed after the first save");
      open.setStepListener(reached -> {
        if (reached == step) {
          throw new IOException("simulated crash at " + step);
        }
      });
      StoreException failure = assertThrows(StoreException.class, () -> open.save(plan, null));
      assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
      String onDisk = Files.readString(file);
      boolean isOld = !onDisk.contains("changed after the first save");
      assertEquals(step == AtomicFile.Step.RENAMED, !isOld, "before the rename the old document stays, after it the new one");
      try (Stream<Path> leftovers = Files.list(file.getParent())) {
        assertTrue(leftovers.noneMatch(AtomicFile::isLeftOver), "no temporary file is left behind");
      }
      open.setStepListener(AtomicFile.StepListener.NONE);
      assertTrue(open.load(open.save(plan, null)).ok(), "a later save works");
    }
  }

  @Test
  void aFullDiskGivesAClearMessageAndKeepsTheOldFile() throws Exception {
    try (OpenCasebookImpl open = store.create(folder, "Full disk")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      Path file = open.folder().resolve(open.save(plan, null).getFile());
      byte[] before = Files.readAllBytes(file);
      open.setStepListener(reached -> {
        throw new IOException("No space left on device");
      });
      plan.setMaterials("more");
      StoreException failure = assertThrows(StoreException.class, () -> open.save(plan, null));
      assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
      assertTrue(failure.getMessage().contains("previous version of the file is unchanged"), failure.getMessage());
      assertArrayEquals(before, Files.readAllBytes(file));
    }
  }

  @Test
  void aSecondOpenOfTheSameCasebookIsRefusedNamingTheHolder() throws Exception {
    try (OpenCasebook first = store.create(folder, "Shared")) {
      StoreException refused = assertThrows(StoreException.class, () -> store.open(folder));
      assertTrue(refused.getMessage().contains("already open"), refused.getMessage());
      assertTrue(refused.getMessage().contains("process " + ProcessHandle.current().pid()), refused.getMessage());
    }
    try (OpenCasebook again = store.open(folder)) {
      assertNotNull(again.index(), "the lock is released on close");
    }
  }

  @Test
  void aDamagedIndexFallsBackToItsBackupAndSaysSo() throws Exception {
    try (OpenCasebook open = store.create(folder, "Index")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      Fixtures.client(open.index(), "CL-0552", 1);
      open.saveIndex();   // the backup now holds one client, the index two
    }
    Path index = folder.resolve(CasebookStore.INDEX_FILE);
    Files.writeString(index, "<rapport:Casebook");
    try (OpenCasebook open = store.open(folder)) {
      assertEquals(1, open.index().getClients().size());
      assertEquals(1, open.problems().size());
      assertTrue(open.problems().get(0).cause().contains("backup"), open.problems().get(0).cause());
    }
    assertEquals("<rapport:Casebook", Files.readString(index), "the damaged index is kept for inspection");
  }

  @Test
  void anIndexPointingOutsideTheCasebookIsNotFollowed() throws Exception {
    try (OpenCasebook open = store.create(folder, "Hostile")) {
      Casebook index = open.index();
      ClientCase client = Fixtures.client(index, "CL-0417", 1);
      DocumentEntry entry = Fixtures.F.createDocumentEntry();
      entry.setDocumentId("x");
      entry.setFile("../../../../etc/passwd");
      client.getSessions().get(0).getDocuments().add(entry);
      LoadResult result = open.load(entry);
      assertFalse(result.ok());
      assertTrue(result.problem().cause().contains("outside the casebook"));
      assertEquals(0, open.documentsRead());
    }
  }

  @Test
  void aFolderWithoutIndexIsNotACasebook() {
    StoreException e = assertThrows(StoreException.class, () -> store.open(folder));
    assertTrue(e.getMessage().contains("is not a Rapport casebook"), e.getMessage());
  }

  @Test
  void aCasebookOpenedForReadingIsNotWrittenAndRefusesSaves() throws Exception {
    try (OpenCasebook open = store.create(folder, "Read only")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      open.save(Fixtures.plan("CL-0417", 1), null);
    }
    Files.delete(folder.resolve(".rapport.lock"));
    try (OpenCasebook holder = store.open(folder)) {
      String before = listing(folder);   // after the holder's opening, which it records in the audit trail
      try (OpenCasebook reader = store.openForReading(folder)) {
        assertTrue(reader.readOnly());
        assertFalse(holder.readOnly());
        DocumentEntry entry = reader.index().getClients().get(0).getSessions().get(0).getDocuments().get(0);
        LoadResult plan = reader.load(entry);
        assertTrue(plan.ok(), "reading works while another holder has the lock");
        StoreException refused = assertThrows(StoreException.class, () -> reader.save(plan.document(), null));
        assertTrue(refused.getMessage().contains("reading only"), refused.getMessage());
        assertThrows(StoreException.class, reader::saveIndex);
        assertThrows(StoreException.class, () -> reader.audit().record(null, "export", null, null), "a reader writes no audit entry either");
      }
      assertEquals(before, listing(folder), "reading changed no file");
    }
  }

  @Test
  void theCatalogueIsReadWithTheDocumentDefences() throws Exception {
    Path seeds = Path.of("../../seeds/catalogue/rapport.catalogue.xmi").toAbsolutePath().normalize();
    assertFalse(store.readCatalogue(seeds).getTechniques().isEmpty());
    Path hostile = folder.resolve("hostile.catalogue.xmi");
    Files.writeString(hostile, BadFile.EXTERNAL_ENTITY.content.replace("SessionPlan", "Catalogue"));
    StoreException refused = assertThrows(StoreException.class, () -> store.readCatalogue(hostile));
    assertTrue(refused.getMessage().contains(hostile.toString()) && refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    Path plan = folder.resolve("plan.xmi");
    Files.writeString(plan, BadFile.UNKNOWN_CONTENT.content.replace(" mood=\"sunny\"", ""));
    refused = assertThrows(StoreException.class, () -> store.readCatalogue(plan));
    assertTrue(refused.getMessage().contains("where a Catalogue was expected"), refused.getMessage());
  }

  /** Every file under {@code root} with its size and modification time (folders by name only). */
  private static String listing(Path root) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted().toList()) {
        boolean regular = Files.isRegularFile(file);
        text.append(root.relativize(file)).append(' ').append(regular ? Files.size(file) : -1)
            .append(' ').append(regular ? Files.getLastModifiedTime(file).toMillis() : 0).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void unsavedChangesKeptForRecoveryComeBackAndAreDroppedOnRequest() throws Exception {
    SessionPlan plan = Fixtures.plan("CL-0417", 1);
    Path file;
    try (OpenCasebook open = store.create(folder, "Recovery")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      file = open.folder().resolve(open.save(plan, null).getFile());
    }
    byte[] saved = Files.readAllBytes(file);
    try (OpenCasebook open = store.open(folder)) {
      DocumentEntry entry = open.index().getClients().get(0).getSessions().get(0).getDocuments().get(0);
      SessionPlan edited = (SessionPlan) open.load(entry).document();
      edited.setMaterials("an edit that was never saved");
      open.recovery().keep(edited);
      assertArrayEquals(saved, Files.readAllBytes(file), "keeping for recovery never touches the document's file");
      // the process dies here: no save, no drop
    }
    try (OpenCasebook open = store.open(folder)) {
      List<DocumentEntry> recoverable = open.recovery().recoverable();
      assertEquals(1, recoverable.size());
      LoadResult recovered = open.recovery().load(recoverable.get(0));
      assertTrue(recovered.ok(), String.valueOf(recovered.problem()));
      assertEquals("an edit that was never saved", ((SessionPlan) recovered.document()).getMaterials());
      open.recovery().drop(recoverable.get(0).getDocumentId());
      assertTrue(open.recovery().recoverable().isEmpty());
      open.recovery().keep(recovered.document());
      open.recovery().dropAll();
      assertTrue(open.recovery().recoverable().isEmpty());
      assertFalse(Files.exists(folder.resolve(".recovery")), "a clean end leaves no recovery data");
      SessionPlan stranger = Fixtures.plan("CL-0417", 1);
      stranger.setId("not-in-this-casebook");
      assertThrows(StoreException.class, () -> open.recovery().keep(stranger));
    }
  }

  @Test
  void savingAKnownDocumentAppendsToTheJournalAndClosingFoldsItIntoTheIndex() throws Exception {
    ReflectionNote note = Fixtures.reflection("CL-0417", 1);
    Path index = folder.resolve(CasebookStore.INDEX_FILE);
    Path journal = folder.resolve("casebook.journal");
    try (OpenCasebook open = store.create(folder, "Journal")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      open.save(note, null);   // a new document: the index is written
      assertFalse(Files.exists(journal));
      byte[] indexBefore = Files.readAllBytes(index);
      note.setStatus(ReviewStatus.SUBMITTED);
      open.save(note, null);   // a known document: only its summary changes
      assertArrayEquals(indexBefore, Files.readAllBytes(index), "the index itself is not rewritten");
      assertTrue(Files.exists(journal));
      try (OpenCasebook reader = store.openForReading(folder)) {
        assertEquals("submitted", reader.index().getClients().get(0).getSessions().get(0).getDocuments().get(0).getStatus(),
            "a reader sees the journalled status");
      }
    }
    assertFalse(Files.exists(journal), "closing folds the journal into the index");
    assertTrue(Files.readString(index).contains("status=\"submitted\""));
  }

  @Test
  void aJournalLineCutShortByACrashIsSkippedAndReported() throws Exception {
    ReflectionNote note = Fixtures.reflection("CL-0417", 1);
    Path journal = folder.resolve("casebook.journal");
    OpenCasebook crashed = submittedWithAJournal(note);
    note.setStatus(ReviewStatus.RETURNED);
    crashed.save(note, null);
    String lines = Files.readString(journal);
    // as if the process died while writing the second record, and never closed the casebook
    Files.writeString(journal, lines.substring(0, lines.length() - 9));
    try (OpenCasebook reader = store.openForReading(folder)) {
      assertEquals("submitted", reader.index().getClients().get(0).getSessions().get(0).getDocuments().get(0).getStatus(),
          "the whole first record is applied");
      assertEquals(1, reader.problems().size(), reader.problems().toString());
      assertTrue(reader.problems().get(0).cause().contains("could not be read"), reader.problems().get(0).cause());
    }
    crashed.close();
  }

  @Test
  void searchFindsWhatWasWrittenAndNeverTheMarkup() throws Exception {
    try (OpenCasebook open = store.create(folder, "Search")) {
      Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      open.save(Fixtures.agreement("CL-0417"), null);
      open.save(Fixtures.reflection("CL-0417", 1), null);
      open.save(Fixtures.plan("CL-0417", 2), null);
      List<SearchHit> hits = open.search().find("<BRACKETS> and \"quotes\"", EnumSet.of(DocumentKind.AGREEMENT));
      assertEquals(1, hits.size(), "escaped text is matched as the user wrote it, ignoring case");
      assertTrue(hits.get(0).passage().contains("<brackets> and \"quotes\""), hits.get(0).passage());
      assertEquals(1, open.search().find("ünïcödé", EnumSet.of(DocumentKind.REFLECTION)).size());
      assertTrue(open.search().find("ünïcödé", EnumSet.of(DocumentKind.PLAN)).isEmpty(), "only the kinds asked for");
      assertTrue(open.search().find("xmi:version", EnumSet.allOf(DocumentKind.class)).isEmpty(), "markup is not text");
      assertTrue(open.search().find("clausesToRevisit", EnumSet.allOf(DocumentKind.class)).isEmpty(), "nor are attribute names");
      assertEquals(0, open.documentsRead(), "searching builds no model objects");
    }
  }

  /** A casebook left open in which {@code note} was saved, then submitted: one journal record. */
  private OpenCasebook submittedWithAJournal(ReflectionNote note) throws StoreException {
    OpenCasebook open = store.create(folder, "Journal");
    Fixtures.client(open.index(), "CL-0417", 1);
    open.saveIndex();
    open.save(note, null);
    note.setStatus(ReviewStatus.SUBMITTED);
    open.save(note, null);
    return open;
  }

  @Test
  void aRecordWrittenAfterALineCutShortIsStillRead() throws Exception {
    ReflectionNote note = Fixtures.reflection("CL-0417", 1);
    Path journal = folder.resolve("casebook.journal");
    OpenCasebook open = submittedWithAJournal(note);
    String line = Files.readString(journal);
    Files.writeString(journal, line.substring(0, line.length() - 5));   // the record lost its end
    note.setStatus(ReviewStatus.APPROVED);
    open.save(note, null);
    try (OpenCasebook reader = store.openForReading(folder)) {
      assertEquals("approved", reader.index().getClients().get(0).getSessions().get(0).getDocuments().get(0).getStatus(),
          "the new record starts on its own line");
      assertEquals(1, reader.problems().size(), "only the cut-short record is lost: " + reader.problems());
    }
    open.close();
  }

  @Test
  void aCharacterXmlCannotHoldGivesAClearMessageAndKeepsTheFile() throws Exception {
    try (OpenCasebook open = store.create(folder, "Control characters")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      Path file = open.folder().resolve(open.save(plan, null).getFile());
      byte[] before = Files.readAllBytes(file);
      plan.setMaterials("pasted \u0001 from a terminal");
      StoreException failure = assertThrows(StoreException.class, () -> open.save(plan, null));
      assertTrue(failure.getMessage().contains("could not be turned into XML"), failure.getMessage());
      assertArrayEquals(before, Files.readAllBytes(file));
      plan.setMaterials("pasted from a terminal");
      assertTrue(open.load(open.save(plan, null)).ok(), "the next save works");
    }
  }

  @Test
  void aNewDocumentWhoseFileCouldNotBeWrittenIsNotListed() throws Exception {
    try (OpenCasebookImpl open = store.create(folder, "Failed first save")) {
      Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      open.setStepListener(reached -> {
        throw new IOException("No space left on device");
      });
      assertThrows(StoreException.class, () -> open.save(Fixtures.plan("CL-0417", 1), null));
      assertTrue(open.index().getClients().get(0).getSessions().get(0).getDocuments().isEmpty(), "not listed in memory");
      open.setStepListener(AtomicFile.StepListener.NONE);
      open.save(Fixtures.plan("CL-0417", 2), null);
    }
    try (OpenCasebook reader = store.openForReading(folder)) {
      assertTrue(reader.index().getClients().get(0).getSessions().get(0).getDocuments().isEmpty(), "not listed on disk");
      assertEquals(1, reader.index().getClients().get(0).getSessions().get(1).getDocuments().size());
      assertTrue(reader.problems().isEmpty(), reader.problems().toString());
    }
  }

  @Test
  void anIdOrIndexEntryThatWouldWriteOutsideTheCasebookIsRefused() throws Exception {
    Path outside = folder.resolve("outside");
    Path casebook = folder.resolve("casebook");
    try (OpenCasebook open = store.create(casebook, "Hostile ids")) {
      ClientCase client = Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      plan.setId("../../outside/plan");
      StoreException refused = assertThrows(StoreException.class, () -> open.save(plan, null));
      assertTrue(refused.getMessage().contains("cannot be used in a file name"), refused.getMessage());
      assertTrue(client.getSessions().get(0).getDocuments().isEmpty());

      // an index edited by hand so that a known document's entry points elsewhere
      SessionPlan known = Fixtures.plan("CL-0417", 1);
      DocumentEntry entry = open.save(known, null);
      entry.setFile("../outside/plan.xmi");
      refused = assertThrows(StoreException.class, () -> open.save(known, null));
      assertTrue(refused.getMessage().contains("no usable file"), refused.getMessage());
      entry.setFile(null);
      assertThrows(StoreException.class, () -> open.save(known, null));
    }
    assertFalse(Files.exists(outside), "nothing was written outside the casebook folder");
  }

  @Test
  void aSignedAgreementWhoseTextNoLongerMatchesItsSignaturesIsNotSavedAndTheFileStaysAsSigned() throws Exception {
    BoundaryAgreement agreement = Fixtures.agreement("CL-0417");
    org.rapport.model.Signature signature = org.rapport.model.RapportFactory.eINSTANCE.createSignature();
    signature.setRole(org.rapport.model.PartyRole.CLIENT);
    signature.setSigner("CL-0417");
    signature.setSignedAt(Dates.of(java.time.LocalDateTime.of(2026, 2, 2, 10, 0)));
    signature.setFingerprint(org.rapport.model.operations.Agreements.fingerprint(agreement));
    agreement.getSignatures().add(signature);
    agreement.setStatus(org.rapport.model.AgreementStatus.SIGNED);
    try (OpenCasebook open = store.create(folder, "Spring placement")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      open.save(agreement, null);
      Path file = folder.resolve("clients/CL-0417/CL-0417-agreement-v1.xmi");
      String signed = Files.readString(file);
      agreement.getClauses().get(0).setText("What we agree, quietly changed.");
      StoreException refused = assertThrows(StoreException.class, () -> open.save(agreement, null));
      assertTrue(refused.getMessage().contains("no longer matches its signatures"), refused.getMessage());
      assertEquals(signed, Files.readString(file), "the signed file is untouched");
    }
  }
}
