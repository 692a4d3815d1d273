// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.model.AgendaItem;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClientCase;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.Signature;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.model.validation.PseudonymityGuard;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.model.time.Dates;

/** Every rule of {@link RapportConstraints}, once firing and once quiet. */
class ValidationRulesTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;

  private static List<Diagnostic> problems(EObject root, int code) {
    return new RapportDiagnostician().validate(root).getChildren().stream()
        .filter(d -> RapportConstraints.SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
  }

  private static SessionPlan planWithAgenda(int length, int... minutes) {
    SessionPlan plan = F.createSessionPlan();
    plan.setClientCode("CL-0417");
    plan.setLengthMinutes(length);
    for (int m : minutes) {
      AgendaItem item = F.createAgendaItem();
      item.setTitle("part");
      item.setMinutes(m);
      plan.getAgenda().add(item);
    }
    return plan;
  }

  @Test
  void anAgendaLongerThanTheSessionIsAWarningOnTheAgenda() {
    List<Diagnostic> over = problems(planWithAgenda(50, 20, 20, 15), RapportConstraints.AGENDA_OVER_TIME);
    assertEquals(1, over.size());
    assertEquals(Diagnostic.WARNING, over.get(0).getSeverity());
    assertEquals("The agenda takes 55 minutes but the session is 50 minutes long.", over.get(0).getMessage());
    assertSame(Literals.SESSION_PLAN__AGENDA, over.get(0).getData().get(1), "the problem points at the agenda field");
    assertTrue(problems(planWithAgenda(50, 20, 20, 10), RapportConstraints.AGENDA_OVER_TIME).isEmpty());
  }

  @Test
  void negativeAgendaMinutesAreAnError() {
    assertEquals(1, problems(planWithAgenda(50, 10, -5), RapportConstraints.AGENDA_MINUTES_NEGATIVE).size());
    assertTrue(problems(planWithAgenda(50, 10, 0), RapportConstraints.AGENDA_MINUTES_NEGATIVE).isEmpty());
  }

  private static BoundaryAgreement agreement(AgreementStatus status, ClauseCategory... categories) {
    BoundaryAgreement agreement = F.createBoundaryAgreement();
    agreement.setClientCode("CL-0417");
    agreement.setStatus(status);
    for (ClauseCategory category : categories) {
      Clause clause = F.createClause();
      clause.setCategory(category);
      agreement.getClauses().add(clause);
    }
    for (PartyRole role : PartyRole.values()) {
      Party party = F.createParty();
      party.setRole(role);
      party.setReference(role == PartyRole.CLIENT ? "CL-0417" : "P-" + role.getLiteral());
      agreement.getParties().add(party);
    }
    return agreement;
  }

  private static void sign(BoundaryAgreement agreement, PartyRole role) {
    Signature signature = F.createSignature();
    signature.setRole(role);
    signature.setSigner(role == PartyRole.CLIENT ? "CL-0417" : "P-" + role.getLiteral());
    agreement.getSignatures().add(signature);
  }

  @Test
  void aSignedAgreementMissingAPartysSignatureIsAnErrorNamingTheParty() {
    BoundaryAgreement agreement = agreement(AgreementStatus.SIGNED, ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING);
    sign(agreement, PartyRole.TRAINEE);
    sign(agreement, PartyRole.CLIENT);
    List<Diagnostic> missing = problems(agreement, RapportConstraints.SIGNATURE_MISSING);
    assertEquals(1, missing.size());
    assertTrue(missing.get(0).getMessage().contains("supervisor"), missing.get(0).getMessage());
    sign(agreement, PartyRole.SUPERVISOR);
    assertTrue(problems(agreement, RapportConstraints.SIGNATURE_MISSING).isEmpty());
    assertTrue(problems(agreement(AgreementStatus.DRAFT), RapportConstraints.SIGNATURE_MISSING).isEmpty(),
        "a draft needs no signatures");
  }

  @Test
  void anAgreementWithoutTheRequiredCategoriesIsAnError() {
    List<Diagnostic> missing = problems(agreement(AgreementStatus.DRAFT, ClauseCategory.FEES), RapportConstraints.REQUIRED_CLAUSE_MISSING);
    assertEquals(2, missing.size());
    BoundaryAgreement complete = agreement(AgreementStatus.DRAFT, ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING);
    assertTrue(problems(complete, RapportConstraints.REQUIRED_CLAUSE_MISSING).isEmpty());
    complete.getClauses().get(0).setIncluded(false);
    assertEquals(1, problems(complete, RapportConstraints.REQUIRED_CLAUSE_MISSING).size(), "an excluded clause does not count");
  }

  @Test
  void aReviewDateBeforeTheEffectiveDateIsAnError() {
    BoundaryAgreement agreement = agreement(AgreementStatus.DRAFT, ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING);
    agreement.setEffectiveDate(Dates.of(LocalDate.of(2026, 3, 1)));
    agreement.setReviewDate(Dates.of(LocalDate.of(2026, 2, 1)));
    assertEquals(1, problems(agreement, RapportConstraints.DATES_OUT_OF_ORDER).size());
    agreement.setReviewDate(Dates.of(LocalDate.of(2026, 9, 1)));
    assertTrue(problems(agreement, RapportConstraints.DATES_OUT_OF_ORDER).isEmpty());
  }

  @Test
  void aSessionBeforeTheClientsStartDateIsAnError() {
    ClientCase client = F.createClientCase();
    client.setCode("CL-0417");
    client.setStartDate(Dates.of(LocalDate.of(2026, 3, 1)));
    Session session = F.createSession();
    session.setNumber(1);
    session.setDateTime(Dates.of(LocalDateTime.of(2026, 2, 20, 10, 0)));
    client.getSessions().add(session);
    assertEquals(1, problems(client, RapportConstraints.DATES_OUT_OF_ORDER).size());
    session.setDateTime(Dates.of(LocalDateTime.of(2026, 3, 1, 10, 0)));
    assertTrue(problems(client, RapportConstraints.DATES_OUT_OF_ORDER).isEmpty());
  }

  private static ReflectionNote reflection(ReviewStatus status, String stageText, String evidence) {
    ReflectionNote note = F.createReflectionNote();
    note.setClientCode("CL-0417");
    note.setStatus(status);
    StageAnswer answer = F.createStageAnswer();
    answer.setStageId("gibbs.feelings");
    answer.setText(stageText);
    note.getAnswers().add(answer);
    TechniqueRating rating = F.createTechniqueRating();
    rating.setTechniqueId("paraphrasing");
    rating.setRating(3);
    rating.setEvidence(evidence);
    note.getRatings().add(rating);
    return note;
  }

  @Test
  void aSubmittedReflectionWithAnEmptyStageIsAnErrorButADraftIsNot() {
    List<Diagnostic> empty = problems(reflection(ReviewStatus.SUBMITTED, " ", "x"), RapportConstraints.STAGE_EMPTY);
    assertEquals(1, empty.size());
    assertTrue(empty.get(0).getMessage().contains("gibbs.feelings"));
    assertTrue(problems(reflection(ReviewStatus.DRAFT, "", "x"), RapportConstraints.STAGE_EMPTY).isEmpty());
    assertTrue(problems(reflection(ReviewStatus.SUBMITTED, "I felt unsure", "x"), RapportConstraints.STAGE_EMPTY).isEmpty());
  }

  @Test
  void anApprovedReflectionChangedWithoutAnAmendmentIsAnError() {
    ReflectionNote note = reflection(ReviewStatus.RESUBMITTED, "I felt unsure", "At minute 20 I paraphrased the worry");
    org.rapport.model.signing.Signer supervisor = new TestPeople().signer("P-sup-1", "M. Hollis", org.rapport.model.Role.SUPERVISOR);
    org.rapport.model.operations.ReviewWorkflow.take(note, org.rapport.model.operations.ReviewWorkflow.Step.APPROVE, supervisor,
        LocalDateTime.of(2026, 3, 1, 9, 0), null);
    assertTrue(problems(note, RapportConstraints.APPROVED_TEXT_CHANGED).isEmpty(), "as approved");
    note.getAnswers().get(0).setText("Edited after approval");
    List<Diagnostic> changed = problems(note, RapportConstraints.APPROVED_TEXT_CHANGED);
    assertEquals(1, changed.size());
    assertEquals(Diagnostic.ERROR, changed.get(0).getSeverity());
  }

  @Test
  void aSubmittedRatingWithoutEvidenceIsAWarning() {
    List<Diagnostic> bare = problems(reflection(ReviewStatus.RESUBMITTED, "text", null), RapportConstraints.RATING_WITHOUT_EVIDENCE);
    assertEquals(1, bare.size());
    assertEquals(Diagnostic.WARNING, bare.get(0).getSeverity());
    assertTrue(problems(reflection(ReviewStatus.RESUBMITTED, "text", "At minute 20 I paraphrased the worry"),
        RapportConstraints.RATING_WITHOUT_EVIDENCE).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Maria", "Jane Doe", "O'Brien", "jane.doe@example.org", "+44 20 7946 0958", "07700 900123",
      "1990-03-12", "12/03/1990", "12 March 1990", "March 12, 1990", "", "CL 04 17 x y"})
  void codesThatLookIdentifyingAreRefused(String code) {
    assertTrue(PseudonymityGuard.problemWith(code).isPresent(), code);
    ClientCase client = F.createClientCase();
    client.setCode(code);
    assertFalse(problems(client, RapportConstraints.CODE_NOT_PSEUDONYMOUS).isEmpty(), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CL-0417", "A17", "K7X2", "T3-CL-12", "client_042"})
  void pseudonymousCodesPass(String code) {
    assertTrue(PseudonymityGuard.problemWith(code).isEmpty(), () -> PseudonymityGuard.problemWith(code).get());
  }

  @Test
  void theGuardAlsoCoversClientCodesInDocumentsAndAgreementParties() {
    SessionPlan plan = planWithAgenda(50);
    plan.setClientCode("Maria Lopez");
    assertEquals(1, problems(plan, RapportConstraints.CODE_NOT_PSEUDONYMOUS).size());
    BoundaryAgreement agreement = agreement(AgreementStatus.DRAFT, ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING);
    agreement.getParties().get(1).setReference("maria@example.org");
    assertEquals(1, problems(agreement, RapportConstraints.CODE_NOT_PSEUDONYMOUS).size());
  }
}
