// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.deidentify.Change;
import org.rapport.deidentify.ClientCodeMap;
import org.rapport.deidentify.Deidentifier;
import org.rapport.deidentify.IdentifierKind;
import org.rapport.deidentify.TextScrubber;
import org.rapport.deidentify.Vocabulary;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SessionPlan;
import org.rapport.model.Signature;
import org.rapport.model.time.Dates;

/** De-identified copies of a small casebook: what changes, what stays, and the list of changes. */
class DeidentifierTest {

  private final List<Document> documents = Documents.casebook();
  private final Deidentifier deidentifier = new Deidentifier(
      Deidentifier.Options.defaults().withKnownNames(Documents.PEOPLE).withReferenceYear(2026));

  @Test
  void theDocumentsGivenAreNotChanged() {
    Collection<Document> before = EcoreUtil.copyAll(documents);
    Deidentifier.Result result = deidentifier.deidentify(documents);
    List<Document> snapshot = new ArrayList<>(before);
    for (int i = 0; i < documents.size(); i++) {
      assertTrue(EcoreUtil.equals(snapshot.get(i), documents.get(i)), "document " + i + " was changed");
      assertTrue(result.copies().get(i) != documents.get(i));
    }
    assertEquals("CL-0417-S03-plan", documents.get(0).getId());
  }

  @Test
  void clientCodesAreReplacedConsistentlyAcrossDocumentsIdsAndText() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    SessionPlan plan = (SessionPlan) result.copies().get(0);
    ReflectionNote note = (ReflectionNote) result.copies().get(1);
    BoundaryAgreement other = (BoundaryAgreement) result.copies().get(2);
    BoundaryAgreement agreement = (BoundaryAgreement) result.copies().get(3);

    assertEquals("CL-T001", plan.getClientCode());
    assertEquals("CL-T001", note.getClientCode());
    assertEquals("CL-T001", agreement.getClientCode());
    assertEquals("CL-T002", other.getClientCode());

    assertEquals("CL-T001-S03-plan", plan.getId());
    assertEquals("CL-T001-S03", plan.getSessionId());
    assertEquals("CL-T001-S02-a1", plan.getCarriedActions().get(0).getActionId());
    assertEquals("CL-T001-S03-reflection", note.getId());
    assertEquals("CL-T001-S03-a1", note.getActionPoints().get(0).getId());
    assertEquals("CL-T001-agreement-v1", agreement.getId());
    assertEquals("CL-T002-agreement-v1", other.getId());
    assertTrue(plan.getSupervisionQuestions().endsWith("leave it to CL-T001?"), plan.getSupervisionQuestions());
    assertTrue(note.getAnswers().get(0).getText().startsWith("Client CL-T001 said"), note.getAnswers().get(0).getText());

    Party client = agreement.getParties().stream().filter(p -> p.getRole() == PartyRole.CLIENT).findFirst().orElseThrow();
    assertEquals("CL-T001", client.getReference());
    assertEquals("Client CL-T001", client.getDisplayName());
    Signature clientSignature = agreement.getSignatures().stream().filter(s -> s.getRole() == PartyRole.CLIENT).findFirst().orElseThrow();
    assertEquals("CL-T001", clientSignature.getSigner());

    for (Document copy : result.copies()) {
      for (String text : Documents.allTexts(copy)) {
        assertFalse(text.contains("CL-0417") || text.contains("CL-0552"), "an original code is left in: " + text);
      }
    }
  }

  @Test
  void staffIdsStayButStaffNamesAreMasked() {
    BoundaryAgreement agreement = (BoundaryAgreement) deidentifier.deidentify(documents).copies().get(3);
    assertEquals("P-trainee-1", agreement.getAuthorId());
    Party trainee = agreement.getParties().stream().filter(p -> p.getRole() == PartyRole.TRAINEE).findFirst().orElseThrow();
    Party supervisor = agreement.getParties().stream().filter(p -> p.getRole() == PartyRole.SUPERVISOR).findFirst().orElseThrow();
    assertEquals("P-trainee-1", trainee.getReference());
    assertEquals("[name]", trainee.getDisplayName());
    assertEquals("P-sup-1", supervisor.getReference());
    assertEquals("[name]", supervisor.getDisplayName());
    assertEquals("I am a trainee supervised by [name].", agreement.getClauses().get(1).getText());
    assertEquals("P-sup-1", agreement.getSignatures().get(2).getSigner());
  }

  @Test
  void datesAreGeneralisedToTheirYear() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    SessionPlan plan = (SessionPlan) result.copies().get(0);
    BoundaryAgreement agreement = (BoundaryAgreement) result.copies().get(3);
    ReflectionNote note = (ReflectionNote) result.copies().get(1);
    LocalDateTime newYear = LocalDateTime.of(2026, 1, 1, 0, 0);
    assertEquals(newYear, Dates.time(plan.getCreated()));
    assertEquals(newYear, Dates.time(plan.getModified()));
    assertEquals(newYear, Dates.time(plan.getDateTime()));
    assertEquals(LocalDate.of(2026, 1, 1), Dates.day(agreement.getEffectiveDate()));
    assertEquals(LocalDate.of(2026, 1, 1), Dates.day(agreement.getReviewDate()));
    assertTrue(agreement.getSignatures().stream().allMatch(s -> newYear.equals(Dates.time(s.getSignedAt()))));
    assertEquals(newYear, Dates.time(note.getComments().get(0).getAt()));
    assertEquals(newYear, Dates.time(note.getApproval().getSignedAt()));
    assertTrue(plan.getGoals().get(1).getText().contains("the move on 2026."), plan.getGoals().get(1).getText());
  }

  @Test
  void agesOver89AreGroupedAndOrdinaryNumbersStay() {
    SessionPlan plan = (SessionPlan) deidentifier.deidentify(documents).copies().get(0);
    assertEquals("Talk about her grandmother, aged 90 or older, and the move on 2026.", plan.getGoals().get(1).getText());
    assertEquals("She can say how the move feels, within 50 minutes.", plan.getGoals().get(1).getHowWeWillKnow());
    assertEquals(3, plan.getSessionNumber());
    assertEquals(50, plan.getLengthMinutes());
  }

  @Test
  void eachChangedTextIsKeptWithItsReplacementsInPlaceForThePreview() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    Deidentifier.ReviewedText text = result.texts().stream().filter(t -> t.field().equals("answers[gibbs.description].text"))
        .findFirst().orElseThrow(() -> new AssertionError("no reviewed text for the description: " + result.texts()));
    String original = text.scrub().original();
    assertTrue(original.startsWith("Client CL-"), original);
    for (TextScrubber.Replacement replacement : text.scrub().replacements()) {
      assertEquals(replacement.original(), original.substring(replacement.start(), replacement.end()), "each replacement is where it was");
    }
    assertTrue(result.texts().stream().noneMatch(t -> t.field().equals("id") || t.field().endsWith("clientCode")),
        "ids and codes are not prose to review");
  }

  @Test
  void theCataloguesNamesAreKnownToNameNoOne() {
    org.rapport.model.Catalogue catalogue = Documents.F.createCatalogue();
    org.rapport.model.Technique technique = Documents.F.createTechnique();
    technique.setName("Scaling Questions");
    catalogue.getTechniques().add(technique);
    List<String> safe = Vocabulary.namesIn(List.of(catalogue));
    assertEquals(List.of("Scaling", "Questions"), safe);
    String text = "Today we tried Scaling Questions with Markus.";
    assertEquals("Today we tried [name or place] with [name or place].", new TextScrubber().scrub(text).text(),
        "without the catalogue, capitalised words in mid-sentence are masked");
    TextScrubber knowing = new TextScrubber(List.of(), new ClientCodeMap(), 2026, Vocabulary.english().withSafe(safe));
    assertEquals("Today we tried Scaling Questions with [name or place].", knowing.scrub(text).text());
  }

  @Test
  void freeTextIsScrubbedIncludingListsOfTexts() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    SessionPlan plan = (SessionPlan) result.copies().get(0);
    ReflectionNote note = (ReflectionNote) result.copies().get(1);
    assertEquals("Client CL-T001 said her sister [name] rang from [phone] at 10:00, during our 50-minute session; [name] was worried.",
        note.getAnswers().get(0).getText());
    assertEquals("I felt put on the spot, about a 4 of 7.", note.getAnswers().get(1).getText());
    assertEquals("She asked me to write to her at [email], which I declined.", note.getLearningPoints().get(1));
    assertEquals("Video sessions need a privacy check at the start.", note.getLearningPoints().get(0));
    assertEquals("The leaflet from [url]; the urgent support list.", plan.getMaterials());
    assertEquals("Should I ask Dr [name] for the discharge letter, or leave it to CL-T001?", plan.getSupervisionQuestions());
    assertEquals("gibbs.description", note.getAnswers().get(0).getStageId());
    assertEquals("stage:gibbs.description", note.getComments().get(0).getAnchor());
    assertEquals("c.confidentiality", plan.getClausesToRevisit().get(0));
  }

  @Test
  void fingerprintsAreDroppedAndTheDroppingIsRecorded() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    BoundaryAgreement agreement = (BoundaryAgreement) result.copies().get(3);
    ReflectionNote note = (ReflectionNote) result.copies().get(1);
    assertTrue(agreement.getSignatures().stream().allMatch(s -> s.getFingerprint() == null));
    assertNull(note.getApproval().getFingerprint());
    List<Change> all = result.changes().stream().filter(c -> c.kind() == IdentifierKind.FINGERPRINT).toList();
    assertTrue(all.stream().allMatch(c -> c.after() == null && c.before() != null), "dropped, with what was there recorded");
    List<Change> dropped = all.stream().filter(c -> c.field().endsWith("fingerprint")).toList();
    assertEquals(3 + 1 + 3, dropped.size());
    assertTrue(dropped.stream().allMatch(c -> c.before().length() == 64));
    // signed steps lose their signatures and keys too: the copies are no signed records, and a key names its holder
    List<Change> steps = all.stream().filter(c -> !c.field().endsWith("fingerprint")).toList();
    assertTrue(steps.stream().allMatch(c -> c.field().matches("steps\\[\\d+\\]\\.(signature|publicKey)")), steps.toString());
    long signed = result.copies().stream().mapToLong(copy -> copy.getSteps().size()).sum();
    assertEquals(2 * signed, steps.size(), "each step's signature and key");
    assertTrue(dropped.stream().anyMatch(c -> c.documentId().equals("CL-T001-agreement-v1") && c.field().equals("signatures[client].fingerprint")));
    assertTrue(dropped.stream().anyMatch(c -> c.documentId().equals("CL-T001-S03-reflection") && c.field().equals("approval.fingerprint")));
  }

  @Test
  void everyChangeIsListedWithItsDocumentFieldKindAndValues() {
    Deidentifier.Result result = deidentifier.deidentify(documents);
    assertFalse(result.changes().isEmpty());
    Set<String> planFields = result.changesOf("CL-T001-S03-plan").stream().map(Change::field).collect(Collectors.toSet());
    assertTrue(planFields.containsAll(Set.of("id", "clientCode", "created", "modified", "dateTime", "sessionId", "goals[2].text",
        "materials", "supervisionQuestions", "carriedActions[1].actionId")), planFields.toString());
    assertFalse(planFields.contains("goals[1].text"), "the first goal has nothing identifying");

    List<Change> goal = result.changesOf("CL-T001-S03-plan").stream().filter(c -> c.field().equals("goals[2].text")).toList();
    assertEquals(List.of(IdentifierKind.AGE, IdentifierKind.DATE), goal.stream().map(Change::kind).toList());
    assertEquals("93", goal.get(0).before());
    assertEquals("90 or older", goal.get(0).after());
    assertEquals("10 March 2026", goal.get(1).before());
    assertEquals("2026", goal.get(1).after());

    List<Change> answer = result.changesOf("CL-T001-S03-reflection").stream()
        .filter(c -> c.field().equals("answers[gibbs.description].text")).toList();
    assertEquals(List.of(IdentifierKind.CLIENT_CODE, IdentifierKind.NAME, IdentifierKind.PHONE, IdentifierKind.NAME),
        answer.stream().map(Change::kind).toList());
    assertTrue(result.changesOf("CL-T001-S03-reflection").stream().anyMatch(c -> c.field().equals("learningPoints[2]")
        && c.kind() == IdentifierKind.EMAIL && c.before().equals("jo.baker@example.org")));
    assertTrue(result.changesOf("CL-T001-agreement-v1").stream().anyMatch(c -> c.field().equals("parties[client].reference")
        && c.before().equals("CL-0417") && c.after().equals("CL-T001")));
    assertTrue(result.changesOf("CL-T001-agreement-v1").stream().anyMatch(c -> c.field().equals("parties[trainee].displayName")
        && c.kind() == IdentifierKind.NAME));
    assertTrue(result.changesOf("CL-T001-agreement-v1").stream().anyMatch(
        c -> c.field().equals("clauses[c.supervision.trainee].text") && c.kind() == IdentifierKind.NAME));

    for (Change change : result.changes()) {
      assertFalse(change.documentId().contains("CL-0"), change.toString());
      assertFalse(change.field().contains("CL-0"), change.toString());
      assertNotEquals(change.before(), change.after(), change.toString());
    }
  }

  @Test
  void aSeedDrawsFreshCodesReproduciblyAndStillConsistently() {
    Deidentifier seeded = new Deidentifier(Deidentifier.Options.defaults().withSeed(42L).withReferenceYear(2026));
    List<Document> first = seeded.deidentify(documents).copies();
    List<Document> second = seeded.deidentify(documents).copies();
    for (int i = 0; i < first.size(); i++) {
      assertTrue(EcoreUtil.equals(first.get(i), second.get(i)), "the same seed gives the same copy");
    }
    String code = first.get(0).getClientCode();
    assertTrue(code.matches("CL-T\\d{3}"), code);
    assertEquals(code, first.get(1).getClientCode());
    assertEquals(code, first.get(3).getClientCode());
    assertNotEquals(code, first.get(2).getClientCode());
    assertEquals(code + "-S03-plan", first.get(0).getId());
  }
}
