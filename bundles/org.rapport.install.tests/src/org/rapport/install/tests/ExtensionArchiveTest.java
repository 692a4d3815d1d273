// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.install.ExtensionArchive;
import org.rapport.install.InstallException;

/** Damaged and hostile archives are refused with a plain message before p2 sees them. */
class ExtensionArchiveTest {

  @TempDir
  Path folder;

  @Test
  void unpacksARepositoryAndDeletesTheCopyWhenClosed() throws Exception {
    Path zip = Repositories.repository(folder.resolve("clinic.zip"), "org.example.clinic", "Clinic", "1.0.0", null);
    Path unpacked;
    try (ExtensionArchive archive = ExtensionArchive.unpack(zip)) {
      unpacked = archive.folder();
      assertTrue(Files.readString(unpacked.resolve("content.xml")).contains("org.example.clinic.feature.group"));
      assertEquals(zip, archive.zip());
    }
    assertFalse(Files.exists(unpacked), "the unpacked copy is deleted on close");
  }

  @Test
  void refusesAFileThatIsNotAZip() throws IOException {
    Path zip = Files.write(folder.resolve("damaged.zip"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    InstallException refused = assertThrows(InstallException.class, () -> ExtensionArchive.unpack(zip));
    assertTrue(refused.getMessage().startsWith("damaged.zip is not a readable zip archive"), refused.getMessage());
  }

  @Test
  void refusesAMissingFile() {
    InstallException refused = assertThrows(InstallException.class, () -> ExtensionArchive.unpack(folder.resolve("none.zip")));
    assertTrue(refused.getMessage().startsWith("There is no file"), refused.getMessage());
  }

  @Test
  void refusesAnEntryThatWouldLeaveTheFolder() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("content.xml", Repositories.content("org.example.clinic", "Clinic", "1.0.0", null));
    entries.put("../../escaped.txt", "written outside");
    Path zip = Repositories.zip(folder.resolve("slip.zip"), entries);
    InstallException refused = assertThrows(InstallException.class, () -> ExtensionArchive.unpack(zip));
    assertTrue(refused.getMessage().contains("is not a safe archive"), refused.getMessage());
    assertTrue(refused.getMessage().contains("../../escaped.txt"), refused.getMessage());
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    assertFalse(Files.exists(tmp.resolve("escaped.txt")) || Files.exists(tmp.getParent().resolve("escaped.txt")));
  }

  @Test
  void refusesAZipWithoutP2Metadata() throws IOException {
    Path zip = Repositories.zip(folder.resolve("photos.zip"), Map.of("holiday.txt", "not a repository"));
    InstallException refused = assertThrows(InstallException.class, () -> ExtensionArchive.unpack(zip));
    assertTrue(refused.getMessage().contains("is a zip archive but not an extension repository"), refused.getMessage());
  }

  @Test
  void refusesAnArchiveThatUnpacksTooLarge() throws IOException {
    Path zip = Repositories.zip(folder.resolve("bomb.zip"), Map.of("content.xml", "x".repeat(5_000)));
    InstallException refused = assertThrows(InstallException.class, () -> ExtensionArchive.unpack(zip, 1_000, 10));
    assertTrue(refused.getMessage().contains("unpacks to more than 1000 bytes"), refused.getMessage());
    InstallException many = assertThrows(InstallException.class,
        () -> ExtensionArchive.unpack(Repositories.repository(folder.resolve("many.zip"), "a", "A", "1.0.0", null), 1_000_000, 1));
    assertTrue(many.getMessage().contains("holds more than 1 files"), many.getMessage());
  }
}
