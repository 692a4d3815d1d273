// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.store.CasebookFolders;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.internal.XmiCasebookStore;

/**
 * A casebook someone prepared to make Rapport act on files that are not its own: symbolic links
 * planted in it, and an index whose owner points at another file. Nothing outside is read,
 * written or shredded, and each refusal says why.
 */
class HostileCasebookTest {

  private static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";
  private final XmiCasebookStore store = new XmiCasebookStore();

  private static DocumentEntry entry(OpenCasebook open, String file) {
    return open.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile())).findFirst().orElseThrow();
  }

  @Test
  void aDocumentThatIsALinkIsNeitherReadNorWrittenThrough(@TempDir Path work) throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Path outside = Files.copy(demo.resolve(PLAN), work.resolve("someone-else.xmi"));
    byte[] before = Files.readAllBytes(outside);
    Files.delete(demo.resolve(PLAN));
    Files.createSymbolicLink(demo.resolve(PLAN), outside);
    try (OpenCasebook open = store.open(demo)) {
      DocumentEntry entry = entry(open, PLAN);
      LoadResult loaded = open.load(entry);
      assertFalse(loaded.ok());
      assertTrue(loaded.problem().cause().contains("is a symbolic link"), loaded.problem().cause());
      org.rapport.model.SessionPlan plan = Fixtures.plan("CL-0417", 1);
      plan.setId(entry.getDocumentId());
      StoreException refused = assertThrows(StoreException.class, () -> open.save(plan, null));
      assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    }
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(outside)), "the file the link points at is untouched");
  }

  @Test
  void aLinkedBackupIsNotShreddedWithItsDocument(@TempDir Path work) throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Path precious = Files.writeString(work.resolve("precious.txt"), "not the casebook's");
    Files.createSymbolicLink(demo.resolve(PLAN + ".bak"), precious);
    try (OpenCasebook open = store.open(demo)) {
      StoreException refused = assertThrows(StoreException.class,
          () -> open.deleteSecurely(entry(open, PLAN), "retention", "P-trainee-1"));
      assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
    }
    assertEquals("not the casebook's", Files.readString(precious));
  }

  @Test
  void aCasebookWithALinkAtItsTopIsNotOpened(@TempDir Path work) throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Files.createSymbolicLink(demo.resolve("audit.log"), Files.writeString(work.resolve("elsewhere.log"), ""));
    StoreException refused = assertThrows(StoreException.class, () -> store.open(demo));
    assertTrue(refused.getMessage().contains("audit.log in it is a symbolic link"), refused.getMessage());
  }

  @Test
  void anOwnerOutsideTheIndexIsNotFollowedAndMayNotDeleteOrRekey(@TempDir Path work) throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Path other = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("other"));
    Path index = demo.resolve("casebook.xmi");
    Files.writeString(index, Files.readString(index).replace("owner=\"#P-trainee-1\"", "owner=\"" + other.resolve("casebook.xmi").toUri() + "#P-trainee-1\""));
    try (OpenCasebook open = store.open(demo)) {
      assertTrue(open.index().getOwner().eIsProxy(), "the reference stays a proxy");
      assertEquals(1, open.index().eResource().getResourceSet().getResources().size(), "no other file was loaded");
      StoreException refused = assertThrows(StoreException.class,
          () -> open.deleteSecurely(entry(open, PLAN), "retention", "P-trainee-1"));
      assertTrue(refused.getMessage().contains("owner outside the casebook"), refused.getMessage());
    }
  }

  @Test
  void onlyTheOwnerDeletesForGoodOrChangesThePassphrase(@TempDir Path work) throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Fixtures.cheapKeys(true);
    try (OpenCasebook open = store.open(demo)) {
      StoreException delete = assertThrows(StoreException.class, () -> open.deleteSecurely(entry(open, PLAN), "retention", "P-sup-1"));
      assertTrue(delete.getMessage().contains("Only the casebook's owner, Trainee R. Fairweather (demo), can delete"), delete.getMessage());
      StoreException rekey = assertThrows(StoreException.class, () -> open.keys().changePassphrase("a long passphrase".toCharArray(), null));
      assertTrue(rekey.getMessage().contains("can change the passphrase"), rekey.getMessage());
      assertTrue(Files.exists(demo.resolve(PLAN)) && !open.keys().encrypted(), "nothing was changed");
      open.deleteSecurely(entry(open, PLAN), "retention", "P-trainee-1");
      assertFalse(Files.exists(demo.resolve(PLAN)));
    } finally {
      Fixtures.cheapKeys(false);
    }
  }

  @Test
  void anEncryptedCasebookWhoseKeyFileWasRemovedIsNotOpenedAsPlain(@TempDir Path work) throws Exception {
    try (AutoCloseable workstation = Fixtures.workstation(work.resolve("workstation"))) {
      Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
      Path plainCopy = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("plain"));
      try (OpenCasebook open = store.open(demo)) {
        open.keys().changePassphrase("a long passphrase 1".toCharArray(), "P-trainee-1");
      }
      // someone removes the key file and puts plain files of their making in place of the sealed ones
      Files.delete(demo.resolve("casebook.key"));
      try (var files = Files.walk(plainCopy)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, demo.resolve(plainCopy.relativize(file).toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
      StoreException refused = assertThrows(StoreException.class, () -> store.open(demo));
      assertTrue(refused.getMessage().contains("key file casebook.key is gone") && refused.getMessage().contains("not opened as a plain"),
          refused.getMessage());
      try (OpenCasebook open = store.open(plainCopy)) {
        assertFalse(open.keys().encrypted(), "a casebook never encrypted here opens as ever");
      }
    }
  }
}
