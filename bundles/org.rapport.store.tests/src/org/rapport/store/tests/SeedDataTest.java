// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Catalogue;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.store.CasebookFolders;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.internal.XmiCasebookStore;

/** The seed data the product ships reads cleanly and passes validation (bar the problems it plants on purpose). */
class SeedDataTest {

  /** Tycho runs tests in the bundle's folder; the seeds sit at the top of the repository. */
  private static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();

  @Test
  void theCatalogueCoversEveryClauseCategoryAndTheThreeFrameworks() {
    ResourceSet set = new ResourceSetImpl();
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    Catalogue catalogue = (Catalogue) set.getResource(
        URI.createFileURI(SEEDS.resolve("catalogue/rapport.catalogue.xmi").toString()), true).getContents().get(0);
    Set<ClauseCategory> covered = EnumSet.noneOf(ClauseCategory.class);
    catalogue.getClauseTemplates().forEach(t -> covered.add(t.getCategory()));
    assertEquals(EnumSet.allOf(ClauseCategory.class), covered);
    Set<String> frameworks = new HashSet<>();
    catalogue.getFrameworks().forEach(f -> frameworks.add(f.getId()));
    assertTrue(frameworks.containsAll(Set.of("gibbs", "what-so-what-now-what", "kolb")), frameworks.toString());
    for (String core : List.of("active-listening", "empathy-validation", "boundary-setting")) {
      assertTrue(catalogue.getTechniques().stream().anyMatch(t -> t.getId().equals(core) && !t.getIndicators().isEmpty()), core);
    }
    catalogue.getInstruments().stream().filter(i -> i.isLicensed()).forEach(instrument ->
        assertTrue(instrument.getItems().stream().allMatch(item -> item.getWording() == null),
            instrument.getId() + " is licensed: the product must not ship its wording"));
    assertEquals(Diagnostic.OK, new RapportDiagnostician().validate(catalogue).getSeverity());
  }

  @Test
  void theDemoCasebookOpensAndEveryDocumentLoads(@TempDir Path copy) throws Exception {
    CasebookFolders.copy(SEEDS.resolve("demo-casebook"), copy);
    List<String> errors = new ArrayList<>();
    Set<ReviewStatus> statuses = EnumSet.noneOf(ReviewStatus.class);
    int documents = 0;
    try (OpenCasebook open = new XmiCasebookStore().open(copy)) {
      assertTrue(open.problems().isEmpty(), open.problems().toString());
      assertEquals(3, open.index().getClients().size());
      collect(new RapportDiagnostician().validate(open.index()), errors);
      for (ClientCase client : open.index().getClients()) {
        List<DocumentEntry> entries = new ArrayList<>(client.getAgreements());
        for (Session session : client.getSessions()) {
          entries.addAll(session.getDocuments());
        }
        for (DocumentEntry entry : entries) {
          LoadResult loaded = open.load(entry);
          assertTrue(loaded.ok(), () -> String.valueOf(loaded.problem()));
          documents++;
          if (loaded.document() instanceof ReflectionNote note) {
            statuses.add(note.getStatus());
            assertEquals(note.getStatus().getLiteral(), entry.getStatus(), entry.getFile());
          }
          collect(new RapportDiagnostician().validate(loaded.document()), errors);
        }
      }
    }
    assertTrue(documents >= 20, "a dozen sessions with their documents: " + documents);
    assertEquals(EnumSet.allOf(ReviewStatus.class), statuses, "the demo shows every review state");
    assertTrue(errors.isEmpty(), String.join("\n", errors));
    try (OpenCasebook open = new XmiCasebookStore().open(copy)) {
      List<org.rapport.store.SearchHit> hits = open.search().find("personal NUMBER", EnumSet.of(org.rapport.model.DocumentKind.REFLECTION));
      assertEquals(List.of("CL-0417-S03-reflection"), hits.stream().map(hit -> hit.entry().getDocumentId()).toList());
    }
  }

  private static void collect(Diagnostic diagnostic, List<String> errors) {
    for (Diagnostic child : diagnostic.getChildren()) {
      if (child.getSeverity() == Diagnostic.ERROR) {
        errors.add(child.getMessage());
      }
    }
  }
}
