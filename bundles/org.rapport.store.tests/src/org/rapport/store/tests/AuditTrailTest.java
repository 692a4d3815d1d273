// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.SessionPlan;
import org.rapport.store.AuditEntry;
import org.rapport.store.OpenCasebook;
import org.rapport.store.internal.XmiCasebookStore;

/** The audit trail: what the store records by itself, what callers add, and every kind of tampering found. */
class AuditTrailTest {

  private static final Path DEMO = Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize();
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

  private Path casebook(String name, char[] passphrase) throws Exception {
    Path folder = work.resolve(name);
    try (OpenCasebook open = store.create(folder, "Audited", passphrase)) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      open.save(plan, "P-trainee-1");
      plan.setMaterials("Feelings list");
      open.save(plan, "P-trainee-1");
      open.audit().record("P-trainee-1", "print", plan.getId(), "to agreement.pdf");
    }
    try (OpenCasebook open = store.open(folder, passphrase)) {
      open.audit().record("P-sup-1", "approve", "CL-0417-S1-reflection", null);
    }
    return folder;
  }

  @Test
  void theStoreRecordsCreateOpenAndEachSaveAndTheChainHolds() throws Exception {
    Path folder = casebook("plain", null);
    try (OpenCasebook open = store.openForReading(folder)) {
      assertEquals(Optional.empty(), open.audit().verify());
      List<AuditEntry> trail = open.audit().entries();
      assertEquals(List.of("create casebook", "create", "update", "print", "open", "approve"), trail.stream().map(AuditEntry::action).toList());
      assertEquals("P-trainee-1", trail.get(1).actor());
      assertEquals(Fixtures.plan("CL-0417", 1).getId(), trail.get(2).documentId());
      assertEquals("P-sup-1", trail.get(5).actor());
      for (int i = 1; i < trail.size(); i++) {
        assertEquals(trail.get(i - 1).hash(), trail.get(i).previousHash(), "entry " + (i + 1) + " holds the hash of the one before");
      }
    }
  }

  @Test
  void aChangedEntryIsFoundByItsHash() throws Exception {
    Path folder = casebook("changed", null);
    edit(folder, lines -> lines.set(3, lines.get(3).replace("print", "prune")));
    assertBroken(folder, null, "line 4: the entry was changed after it was written");
  }

  @Test
  void aRemovedEntryBreaksTheLinkAfterIt() throws Exception {
    Path folder = casebook("removed", null);
    edit(folder, lines -> lines.remove(2));
    assertBroken(folder, null, "line 3: the link to the entry before is broken");
  }

  @Test
  void entriesCutOffTheEndAreFoundByTheHead() throws Exception {
    Path folder = casebook("truncated", null);
    edit(folder, lines -> lines.remove(lines.size() - 1));
    assertBroken(folder, null, "the trail has 5 entries but its head records 6");
  }

  @Test
  void inAnEncryptedCasebookEntriesAreSealedAndAChangedOneCannotBeOpened() throws Exception {
    char[] passphrase = "a long enough passphrase".toCharArray();
    Path folder = casebook("sealed", passphrase);
    String log = Files.readString(folder.resolve("audit.log"));
    assertTrue(!log.contains("CL-0417") && !log.contains("print"), "nothing of the trail in clear");
    try (OpenCasebook open = store.openForReading(folder, passphrase)) {
      assertEquals(Optional.empty(), open.audit().verify());
      assertEquals(6, open.audit().entries().size());
    }
    edit(folder, lines -> {
      String line = lines.get(1);
      int at = line.length() / 2;
      lines.set(1, line.substring(0, at) + (line.charAt(at) == 'A' ? 'B' : 'A') + line.substring(at + 1));
    });
    assertBroken(folder, passphrase, "line 2: the entry cannot be opened");
  }

  @Test
  void aDocumentDeletedForGoodLeavesNoFileNoEntryAndAnAuditedDeletion() throws Exception {
    char[] passphrase = "a long enough passphrase".toCharArray();
    Path folder = casebook("deleted", passphrase);
    String id = Fixtures.plan("CL-0417", 1).getId();
    try (OpenCasebook open = store.open(folder, passphrase)) {
      org.rapport.model.DocumentEntry entry = open.entries(java.util.EnumSet.of(org.rapport.model.DocumentKind.PLAN)).get(0);
      Path file = folder.resolve(entry.getFile());
      assertTrue(Files.exists(file) && Files.exists(file.resolveSibling(file.getFileName() + ".bak")));
      open.deleteSecurely(entry, "retention period of 7 years", null);
      assertTrue(!Files.exists(file) && !Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "the file and its backup are gone");
      assertTrue(open.entries(java.util.EnumSet.allOf(org.rapport.model.DocumentKind.class)).isEmpty());
    }
    try (OpenCasebook open = store.open(folder, passphrase)) {
      assertTrue(open.index().getClients().get(0).getSessions().get(0).getDocuments().isEmpty(), "the index no longer lists it");
      AuditEntry last = open.audit().entries().stream().filter(e -> "delete".equals(e.action())).findFirst().orElseThrow();
      assertEquals(id, last.documentId());
      assertEquals("retention period of 7 years", last.detail());
      assertEquals(Optional.empty(), open.audit().verify());
    }
  }

  @Test
  void aCrashBetweenAnEntryAndTheHeadIsNotTakenForTamperingAndTheNextEntryLinksOn() throws Exception {
    Path folder = casebook("crash", null);
    Path head = folder.resolve("audit.head");
    String headBefore;
    try (OpenCasebook open = store.open(folder)) {
      open.audit().record(null, "print", "x", null);
      headBefore = Files.readString(head);
      open.audit().record(null, "export", null, null);
    }
    Files.writeString(head, headBefore);   // the entry reached the log, the crash came before its head did
    assertBroken(folder, null, "(the chain holds)");
    try (OpenCasebook open = store.open(folder)) {
      open.audit().record(null, "print", "y", null);
      assertEquals(11, open.audit().entries().size(), "the next entries follow the log's last one");
    }
    assertBroken(folder, null, "(the chain holds)");
  }

  private void assertBroken(Path folder, char[] passphrase, String expected) throws Exception {
    try (OpenCasebook open = store.openForReading(folder, passphrase)) {
      String found = open.audit().verify().orElse("(the chain holds)");
      assertTrue(found.startsWith(expected), found);
    }
  }

  private static void edit(Path folder, java.util.function.Consumer<List<String>> change) throws Exception {
    Path log = folder.resolve("audit.log");
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    change.accept(lines);
    Files.write(log, lines, StandardCharsets.UTF_8);
  }

  @Test
  void aTrailDeletedWithItsHeadOrPutBackFromAnOlderCopyIsFoundThroughTheSealedIndex() throws Exception {
    char[] passphrase = "audit anchor passphrase".toCharArray();
    Path folder = casebook("anchored", passphrase);
    Path older = work.resolve("older");
    java.nio.file.Files.createDirectories(older);
    for (String name : new String[] {"audit.log", "audit.head"}) {
      java.nio.file.Files.copy(folder.resolve(name), older.resolve(name));
    }
    try (OpenCasebook open = store.open(folder, passphrase)) {
      open.audit().record("P-sup-1", "lock", "CL-0417-S1-reflection", null);
      assertEquals(java.util.Optional.empty(), open.audit().verify());
    }
    // put back the trail as it was before the last session: a whole, consistent, sealed older copy
    for (String name : new String[] {"audit.log", "audit.head"}) {
      java.nio.file.Files.copy(older.resolve(name), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    try (OpenCasebook open = store.openForReading(folder, passphrase)) {
      String problem = open.audit().verify().orElseThrow();
      assertTrue(problem.contains("removed or cut back"), problem);
    }
    java.nio.file.Files.delete(folder.resolve("audit.log"));
    java.nio.file.Files.delete(folder.resolve("audit.head"));
    try (OpenCasebook open = store.openForReading(folder, passphrase)) {
      String problem = open.audit().verify().orElseThrow();
      assertTrue(problem.contains("removed or cut back"), problem);
    }
  }

  @Test
  void aWholeCasebookPutBackFromAnOlderBackupIsReportedUntilAnAdministratorAcceptsIt(@TempDir Path work) throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"))) {
      Path folder = org.rapport.store.CasebookFolders.copy(DEMO, work.resolve("demo"));
      try (OpenCasebook open = store.open(folder)) {
        open.audit().record("P-trainee-1", "read", "CL-0417-S1-plan", null);
      }
      Path backup = org.rapport.store.CasebookFolders.copy(folder, work.resolve("backup"));   // index, journal and trail together
      try (OpenCasebook open = store.open(folder)) {
        open.audit().record("P-sup-1", "lock", "CL-0417-S1-reflection", null);
        open.audit().record("P-sup-1", "read", "CL-0417-S1-reflection", null);
      }
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      org.rapport.store.CasebookFolders.copy(backup, folder);   // put back whole: consistent in itself
      try (OpenCasebook open = store.openForReading(folder)) {
        String problem = open.problems().stream().map(org.rapport.store.StoreProblem::cause).filter(c -> c.contains("older than"))
            .findFirst().orElseThrow(() -> new AssertionError("not reported: " + open.problems()));
        assertTrue(problem.contains("had reached entry 5, but it now ends at entry 2") && problem.contains("rapport audit accept-restore"),
            problem);
        String trail = open.audit().verify().orElseThrow();
        assertTrue(trail.contains("this workstation saw the trail with 5 entries, but it has 2"), trail);
      }
      for (int i = 0; i < 3; i++) {
        try (OpenCasebook open = store.open(folder)) {   // three more openings: the trail grows past entry 5
          assertTrue(open.problems().stream().anyMatch(p -> p.cause().contains("older than")), "still reported: " + open.problems());
        }
      }
      try (OpenCasebook open = store.open(folder)) {
        open.audit().acceptRestore("P-trainee-1");
      }
      try (OpenCasebook open = store.open(folder)) {
        assertEquals(List.of(), open.problems());
        assertEquals(Optional.empty(), open.audit().verify());
        assertTrue(open.audit().entries().stream().anyMatch(e -> "accept restore".equals(e.action())
            && e.detail().contains("had seen entry 5")), "the accepted restore stays in the trail");
      }
      // a fresh copy of the demo in the same place (no trail, nothing anchored) is a new start, not a restore
      try (var files = Files.walk(folder)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      org.rapport.store.CasebookFolders.copy(DEMO, folder);
      try (OpenCasebook open = store.open(folder)) {
        assertEquals(List.of(), open.problems());
      }
    }
  }

  @Test
  void entriesOfAPersonSignedInAreSignedSoARewrittenChainIsFoundInAPlainCasebook(@TempDir Path work) throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"))) {
      Path folder = org.rapport.store.CasebookFolders.copy(DEMO, work.resolve("demo"));
      try (OpenCasebook open = store.open(folder)) {
        open.signing().recordAs(open.signing().signIn("P-sup-1", "hollis demo 2026".toCharArray()));
        open.audit().record("P-sup-1", "approve", "CL-0552-S2-reflection", null);
        open.audit().record(null, "open", null, null);   // nobody's: not signed
        open.signing().recordAs(null);
        open.audit().record("P-sup-1", "read", "CL-0552-S2-reflection", null);   // signed out: not signed
        List<AuditEntry> entries = open.audit().entries();
        assertEquals(List.of(false, true, false, false), entries.stream().map(e -> e.signature() != null).toList());
        assertEquals(Optional.empty(), open.audit().verify());

        // the approval rewritten as a comment, every hash after it recomputed, as a script would
        List<String> lines = Files.readAllLines(folder.resolve("audit.log"), StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>();
        String previous = "0".repeat(64);
        for (String line : lines) {
          String[] fields = line.split("\t", -1);
          if ("approve".equals(fields[3])) {
            fields[3] = "comment";
          }
          fields[6] = previous;
          String body = String.join("\t", java.util.Arrays.copyOf(fields, 7));
          fields[7] = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
              .digest(body.getBytes(StandardCharsets.UTF_8)));
          previous = fields[7];
          rewritten.add(String.join("\t", fields));
        }
        Files.write(folder.resolve("audit.log"), rewritten, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("audit.head"), rewritten.size() + "\t" + previous);
        String problem = open.audit().verify().orElseThrow();
        assertTrue(problem.contains("entry 2 (comment by Supervisor M. Hollis (demo)) is signed, but the signature does not verify"),
            problem);
      }
    }
  }
}
