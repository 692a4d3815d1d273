// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.deidentify.Change;
import org.rapport.deidentify.DeidentifiedExport;
import org.rapport.deidentify.Deidentifier;
import org.rapport.deidentify.IdentifierKind;
import org.rapport.model.Casebook;
import org.rapport.model.Document;
import org.rapport.model.Person;
import org.rapport.model.RapportPackage;

/**
 * The demo casebook the product ships, de-identified and exported: its prose holds no identifiers
 * but client codes and the names of its people, so nothing else may change.
 */
class DemoCasebookTest {

  /** Tycho runs tests in the bundle's folder; the seeds sit at the top of the repository. */
  private static final Path DEMO = Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize();

  /** The surnames in the demo casebook's people ("Trainee R. Fairweather (demo)" and so on). */
  private static final List<String> SURNAMES = List.of("Fairweather", "Hollis", "Adeyemi");

  @TempDir
  Path temp;

  @Test
  void theDemoCasebookComesOutWithFreshCodesAndNoNamesAndNothingElseTouched() throws IOException {
    ResourceSet resources = new ResourceSetImpl();
    resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    resources.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
    Casebook casebook = (Casebook) resources.getResource(URI.createFileURI(DEMO.resolve("casebook.xmi").toString()), true)
        .getContents().get(0);
    List<String> names = casebook.getPeople().stream().map(Person::getName).toList();
    for (String surname : SURNAMES) {
      assertTrue(names.stream().anyMatch(name -> name.contains(surname)), surname + " is one of the casebook's people");
    }
    List<Document> documents;
    try (Stream<Path> files = Files.walk(DEMO.resolve("clients"))) {
      documents = files.filter(file -> file.toString().endsWith(".xmi")).sorted()
          .map(file -> (Document) resources.getResource(URI.createFileURI(file.toString()), true).getContents().get(0))
          .toList();
    }
    assertTrue(documents.size() >= 20, "the demo casebook has " + documents.size() + " documents");

    Deidentifier.Result result = new Deidentifier(Deidentifier.Options.defaults().withKnownNames(names)).deidentify(documents);

    Map<String, String> freshByOriginal = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      String original = documents.get(i).getClientCode();
      String fresh = result.copies().get(i).getClientCode();
      assertTrue(fresh.matches("CL-T\\d{3}"), fresh);
      assertEquals(freshByOriginal.computeIfAbsent(original, code -> fresh), fresh, "one client, one fresh code");
      for (String text : Documents.allTexts(result.copies().get(i))) {
        assertFalse(text.contains(original), original + " left in " + text);
        for (String surname : SURNAMES) {
          assertFalse(text.contains(surname), surname + " left in " + text);
        }
      }
    }
    assertEquals(3, Set.copyOf(freshByOriginal.values()).size());
    long signedSteps = 0;
    for (Document copy : result.copies()) {
      for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = copy.eAllContents(); all.hasNext();) {
        if (all.next() instanceof org.rapport.model.SignedStep step) {
          signedSteps++;
          assertTrue(step.getSignature() == null && step.getPublicKey() == null, "a signed step keeps its key or signature");
        }
      }
    }
    assertTrue(signedSteps > 0, "the demo casebook has signed steps");

    Set<IdentifierKind> kinds = result.changes().stream().map(Change::kind).collect(Collectors.toSet());
    Set<IdentifierKind> expected = EnumSet.of(IdentifierKind.CLIENT_CODE, IdentifierKind.NAME, IdentifierKind.DATE, IdentifierKind.FINGERPRINT);
    assertTrue(expected.containsAll(kinds), () -> "only codes, names, date fields and fingerprints change: " + result.changes().stream()
        .filter(c -> !expected.contains(c.kind())).map(c -> c.kind() + " " + c.before() + " -> " + c.after()).toList());
    assertTrue(result.changes().stream().filter(c -> c.kind() == IdentifierKind.DATE).allMatch(c -> c.after().endsWith("-01-01")
        || c.after().endsWith("-01-01T00:00")), "dates are only the date fields, generalised");

    Path folder = temp.resolve("demo-export");
    assertEquals(documents.size(), DeidentifiedExport.write(result, folder).size());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(documents.size() + 1, files.count());
    }
  }
}
