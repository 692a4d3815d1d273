// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.operations.Agreements;
import org.rapport.store.CasebookFolders;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.internal.XmiCasebookStore;

/**
 * A casebook written in format 1 (a copy of the demo casebook as Rapport wrote it before format 2)
 * reads as it is, and {@code upgradeFormat} rewrites it in the current format without changing a
 * value or a signature, leaving a document it cannot read as it was.
 */
class FormatUpgradeTest {

  private static final Path FORMAT_1 = Path.of("data/format1-casebook").toAbsolutePath().normalize();
  /** A time as format 1 wrote it, without seconds, which XML Schema's dateTime refuses. */
  private static final Pattern SHORT_TIME = Pattern.compile("=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d\"");

  @TempDir
  Path work;

  private final XmiCasebookStore store = new XmiCasebookStore();

  @Test
  void aFormatOneCasebookIsRewrittenWithEveryValueAndSignatureKept() throws Exception {
    Path folder = CasebookFolders.copy(FORMAT_1, work.resolve("casebook"));
    assertTrue(SHORT_TIME.matcher(Files.readString(folder.resolve("clients/CL-0417/sessions/01-plan.xmi"))).find(),
        "the fixture holds format 1's short times");
    Map<String, Document> before = new HashMap<>();
    Map<String, Object> modified = new HashMap<>();
    List<int[]> progress = new ArrayList<>();
    OpenCasebook.FormatUpgrade upgrade;
    try (OpenCasebook open = store.open(folder)) {
      for (DocumentEntry entry : entries(open)) {
        LoadResult loaded = open.load(entry);
        assertTrue(loaded.ok(), () -> "format 1 reads as it is: " + loaded.problem());
        before.put(entry.getDocumentId(), loaded.document());
        modified.put(entry.getDocumentId(), entry.getModified());
      }
      upgrade = open.upgradeFormat("P-trainee-1", (done, total) -> progress.add(new int[] {done, total}));
    }
    assertEquals(22, upgrade.rewritten());
    assertEquals(List.of(), upgrade.unreadable());
    assertArrayEquals(new int[] {22, 22}, progress.get(progress.size() - 1));

    for (Path file : xmiFiles(folder)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(text.contains("formatVersion=\"2\""), file + " is in format 2");
      assertFalse(SHORT_TIME.matcher(text).find(), file + " holds no time without its seconds");
    }
    try (OpenCasebook open = store.open(folder)) {
      for (DocumentEntry entry : entries(open)) {
        Document after = open.load(entry).document();
        assertTrue(EcoreUtil.equals(before.get(entry.getDocumentId()), after), entry.getFile() + " says what it said");
        assertEquals(modified.get(entry.getDocumentId()), entry.getModified(), entry.getFile() + ": a new format is no change of the document");
        if (after instanceof BoundaryAgreement agreement) {
          assertEquals(java.util.Optional.empty(), Agreements.verify(agreement), entry.getFile() + " is still signed as it was");
        }
      }
      assertEquals(0, open.upgradeFormat(null, (done, total) -> { }).rewritten(), "a second upgrade finds nothing to do");
    }
  }

  @Test
  void aDocumentThatCannotBeReadIsNamedAndLeftAsItWas() throws Exception {
    Path folder = CasebookFolders.copy(FORMAT_1, work.resolve("casebook"));
    Path damaged = folder.resolve("clients/CL-0552/sessions/02-plan.xmi");
    byte[] garbage = "<rapport:SessionPlan this is not XML".getBytes(StandardCharsets.UTF_8);
    Files.write(damaged, garbage);
    OpenCasebook.FormatUpgrade upgrade;
    try (OpenCasebook open = store.open(folder)) {
      upgrade = open.upgradeFormat(null, (done, total) -> { });
    }
    assertEquals(21, upgrade.rewritten());
    assertEquals(1, upgrade.unreadable().size());
    assertEquals(damaged, upgrade.unreadable().get(0).file());
    assertArrayEquals(garbage, Files.readAllBytes(damaged), "the damaged file was not touched");
  }

  @Test
  void anIndexEntryPointingOutsideTheCasebookIsNeitherReadNorWritten() throws Exception {
    Path folder = CasebookFolders.copy(FORMAT_1, work.resolve("casebook"));
    Path outside = work.resolve("outside.xmi");
    Files.copy(folder.resolve("clients/CL-0552/sessions/02-plan.xmi"), outside);
    byte[] untouched = Files.readAllBytes(outside);
    OpenCasebook.FormatUpgrade upgrade;
    try (OpenCasebook open = store.open(folder)) {
      DocumentEntry hostile = entries(open).stream().filter(entry -> entry.getFile().endsWith("CL-0552/sessions/02-plan.xmi"))
          .findFirst().orElseThrow();
      hostile.setFile("../outside.xmi");
      upgrade = open.upgradeFormat(null, (done, total) -> { });
    }
    assertEquals(21, upgrade.rewritten());
    assertEquals(List.of(outside.normalize()), upgrade.unreadable().stream().map(problem -> problem.file()).toList());
    assertArrayEquals(untouched, Files.readAllBytes(outside), "a file outside the casebook was not rewritten");
  }

  private static List<DocumentEntry> entries(OpenCasebook open) {
    List<DocumentEntry> entries = new ArrayList<>();
    open.index().eAllContents().forEachRemaining(object -> {
      if (object instanceof DocumentEntry entry) {
        entries.add(entry);
      }
    });
    return entries;
  }

  private static List<Path> xmiFiles(Path folder) throws Exception {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(file -> file.toString().endsWith(".xmi")).sorted().toList();
    }
  }
}
