// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.deidentify.DeidentifiedExport;
import org.rapport.deidentify.Deidentifier;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.RapportPackage;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SessionPlan;

/** The export folder: one XMI file per de-identified document, readable back, and the list of changes. */
class DeidentifiedExportTest {

  @TempDir
  Path temp;

  private final Deidentifier.Result result = new Deidentifier(
      Deidentifier.Options.defaults().withKnownNames(Documents.PEOPLE).withReferenceYear(2026)).deidentify(Documents.casebook());

  @Test
  void writesOneReadableFilePerDocumentAndTheChanges() throws IOException {
    Path folder = temp.resolve("teaching/export");
    List<Path> written = DeidentifiedExport.write(result, folder);

    assertEquals(List.of("CL-T001-S03-plan.xmi", "CL-T001-S03-reflection.xmi", "CL-T002-agreement-v1.xmi", "CL-T001-agreement-v1.xmi"),
        written.stream().map(path -> path.getFileName().toString()).toList());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(5, files.count());
    }

    ResourceSet resources = new ResourceSetImpl();
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    resources.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
    for (int i = 0; i < written.size(); i++) {
      Resource resource = resources.getResource(URI.createFileURI(written.get(i).toAbsolutePath().toString()), true);
      assertEquals(1, resource.getContents().size());
      EObject read = resource.getContents().get(0);
      assertTrue(EcoreUtil.equals(result.copies().get(i), read), "file " + written.get(i) + " reads back as written");
    }
    assertInstanceOf(SessionPlan.class, resources.getResources().get(0).getContents().get(0));
    assertInstanceOf(ReflectionNote.class, resources.getResources().get(1).getContents().get(0));
    assertInstanceOf(BoundaryAgreement.class, resources.getResources().get(3).getContents().get(0));
    assertEquals("CL-T001", ((Document) resources.getResources().get(3).getContents().get(0)).getClientCode());

    String changes = Files.readString(folder.resolve(DeidentifiedExport.CHANGES_FILE), StandardCharsets.UTF_8);
    List<String> lines = changes.lines().toList();
    assertEquals(3 + result.changes().size(), lines.size());
    assertTrue(changes.contains("CL-T001-S03-plan\tgoals[2].text\tAGE\t90 or older"), changes);
    assertTrue(changes.contains("CL-T001-agreement-v1\tsignatures[client].fingerprint\tFINGERPRINT\t(removed)"), changes);

    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.toList();
    }
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      for (String original : List.of("CL-0417", "CL-0552", "07700 900123", "jo.baker@example.org", "Maria", "Okafor", "Fairweather",
          "Hollis", "2026-02-24", "10 March")) {
        assertFalse(content.contains(original), original + " is in " + file.getFileName());
      }
    }
  }

  @Test
  void aFolderThatIsNotEmptyIsRefusedAndNothingIsWritten() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("used"));
    Files.writeString(folder.resolve("notes.txt"), "someone else's notes");

    IOException refusal = assertThrows(IOException.class, () -> DeidentifiedExport.write(result, folder));
    assertTrue(refusal.getMessage().contains("not empty"), refusal.getMessage());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(folder.resolve("notes.txt")), files.toList());
    }
    assertEquals("someone else's notes", Files.readString(folder.resolve("notes.txt")));
  }

  @Test
  void anEmptyFolderThatExistsIsUsed() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("empty"));
    assertEquals(4, DeidentifiedExport.write(result, folder).size());
    assertTrue(Files.exists(folder.resolve(DeidentifiedExport.CHANGES_FILE)));
  }
}
