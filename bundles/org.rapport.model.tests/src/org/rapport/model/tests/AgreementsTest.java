// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.PartyRole;
import org.rapport.model.RapportFactory;
import org.rapport.model.Role;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.ClauseAcrossVersions;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.model.operations.Agreements.TemplateState;
import org.rapport.model.signing.Signer;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.model.time.Dates;

/** The life of an agreement in the model: template, draft, proposal, signatures, revision, supersession, tampering. */
class AgreementsTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);

  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "R. Fairweather", Role.TRAINEE);
  private final Signer supervisor = people.signer("P-sup-1", "M. Hollis", Role.SUPERVISOR);
  private final Signer outsider = people.signer("P-trainee-2", "Another trainee", Role.TRAINEE);
  private final List<ClauseTemplate> templates = List.of(
      template("tpl.fees.lab", ClauseCategory.FEES, "Fees", "Fees are paid to the lab.", 1),
      template("tpl.confidentiality.general", ClauseCategory.CONFIDENTIALITY, "Confidentiality", "What you say stays here.", 1),
      template("tpl.supervision.trainee", ClauseCategory.SUPERVISION_AND_RECORDING, "Supervision",
          "I am a trainee supervised by [supervisor].", 2));

  private static ClauseTemplate template(String id, ClauseCategory category, String name, String text, int version) {
    ClauseTemplate template = F.createClauseTemplate();
    template.setId(id);
    template.setCategory(category);
    template.setName(name);
    template.setText(text);
    template.setVersion(version);
    return template;
  }

  private BoundaryAgreement signedFirstVersion() {
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT);
    Agreements.take(agreement, Step.PROPOSE, trainee, AT.plusMinutes(5));
    Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMinutes(10));
    Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(11));
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, supervisor, AT.plusHours(4));
    return agreement;
  }

  @Test
  void aDraftFromTemplatesKeepsEachTemplatesIdAndVersionInCategoryOrderWithNamesFilledIn() {
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT);
    assertEquals("CL-0417-agreement-v1", agreement.getId());
    assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
    assertEquals(List.of(ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING, ClauseCategory.FEES),
        agreement.getClauses().stream().map(Clause::getCategory).toList());
    Clause supervision = agreement.getClauses().get(1);
    assertEquals("tpl.supervision.trainee", supervision.getTemplateId());
    assertEquals(2, supervision.getTemplateVersion());
    assertEquals("I am a trainee supervised by M. Hollis.", supervision.getText());
    assertEquals(List.of("P-trainee-1", "CL-0417", "P-sup-1"), agreement.getParties().stream().map(p -> p.getReference()).toList());
    assertEquals(AT.toLocalDate().plusMonths(6), Dates.day(agreement.getReviewDate()));
  }

  @Test
  void templateProposeSignReviseAndSupersedeKeepsTheHistoryIntact() {
    BoundaryAgreement first = Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT);
    assertTrue(Agreements.editRefusal(first).isEmpty(), "a draft is written in");
    Agreements.take(first, Step.PROPOSE, trainee, AT.plusMinutes(5));
    assertEquals(AgreementStatus.PROPOSED, first.getStatus());
    assertTrue(Agreements.editRefusal(first).isPresent(), "a proposed text is fixed");
    Agreements.sign(first, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMinutes(10));
    assertEquals(AgreementStatus.PROPOSED, first.getStatus(), "signed by one party of three");
    assertTrue(Agreements.refusal(first, Step.WITHDRAW, trainee.person()).orElse("").contains("signed"),
        "once someone has signed, the text cannot go back to draft");
    Agreements.sign(first, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(11));
    Agreements.sign(first, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, supervisor, AT.plusHours(4));
    assertEquals(AgreementStatus.SIGNED, first.getStatus(), "the last signature makes it signed");
    String fingerprint = Agreements.fingerprint(first);
    assertTrue(first.getSignatures().stream().allMatch(s -> fingerprint.equals(s.getFingerprint())), "each signature holds the text's fingerprint");
    BoundaryAgreement firstAsSigned = EcoreUtil.copy(first);

    BoundaryAgreement second = Agreements.revise(first, trainee, AT.plusMonths(1));
    assertEquals("CL-0417-agreement-v2", second.getId());
    assertEquals(2, second.getVersion());
    assertEquals(first.getId(), second.getSupersedes());
    assertEquals(AgreementStatus.DRAFT, second.getStatus());
    assertTrue(second.getSignatures().isEmpty(), "a revision is signed afresh");
    assertEquals(AgreementStatus.SIGNED, first.getStatus(), "the signed version stays in force until the revision is signed");
    second.getClauses().get(2).setText("Fees are paid to the lab's reception, by card or cash.");
    Agreements.take(second, Step.PROPOSE, trainee, AT.plusMonths(1));
    Agreements.sign(second, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMonths(1).plusMinutes(3));
    Agreements.sign(second, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMonths(1).plusMinutes(4));
    Agreements.sign(second, PartyRole.SUPERVISOR, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMonths(1).plusMinutes(5));
    Agreements.supersede(first, second, trainee, AT.plusMonths(1).plusMinutes(6));

    assertEquals(AgreementStatus.SUPERSEDED, first.getStatus());
    assertEquals(AgreementStatus.SIGNED, second.getStatus());
    assertEquals(Optional.empty(), Agreements.verify(first), "the superseded version still matches what was signed");
    assertEquals(Optional.empty(), Agreements.verify(second));
    assertTrue(EcoreUtil.equals(firstAsSigned.getClauses(), first.getClauses()), "its clauses are as they were signed");
    assertTrue(Agreements.refusal(first, Step.REVISE, trainee.person()).isPresent(), "only the version in force is revised");

    List<ClauseAcrossVersions> rows = Agreements.compare(List.of(first, second));
    assertEquals(3, rows.size());
    List<String> changes = rows.stream().map(row -> row.changeAt(1)).toList();
    assertEquals(List.of("", "", "changed"), changes, "only the fees clause differs between the versions");
    assertTrue(rows.get(2).texts().get(0).contains("paid to the lab."));
    assertTrue(rows.get(2).texts().get(1).contains("by card or cash"));
  }

  @Test
  void aSignedVersionRefusesEveryChange() {
    BoundaryAgreement agreement = signedFirstVersion();
    assertTrue(Agreements.editRefusal(agreement).orElseThrow().contains("cannot change"));
    for (Step step : List.of(Step.PROPOSE, Step.WITHDRAW, Step.SIGN)) {
      assertTrue(Agreements.refusal(agreement, step, trainee.person()).isPresent(), step + " on a signed version");
    }
    assertThrows(IllegalStateException.class,
        () -> Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusDays(1)));
    assertEquals(3, agreement.getSignatures().size());
  }

  @Test
  void aTextChangedAfterSigningIsReportedAsTamperingAndByValidation() {
    BoundaryAgreement agreement = signedFirstVersion();
    assertTrue(problems(agreement, RapportConstraints.SIGNED_TEXT_CHANGED).isEmpty());
    agreement.getClauses().get(0).setText("What you say stays here, mostly.");
    assertTrue(Agreements.verify(agreement).orElseThrow().contains("changed outside Rapport"));
    assertEquals(1, problems(agreement, RapportConstraints.SIGNED_TEXT_CHANGED).size());
    assertEquals(Diagnostic.ERROR, problems(agreement, RapportConstraints.SIGNED_TEXT_CHANGED).get(0).getSeverity());

    BoundaryAgreement unchanged = signedFirstVersion();
    unchanged.getParties().get(1).setDisplayName("Client with a new name");
    assertTrue(Agreements.verify(unchanged).isPresent(), "a party's name is part of what was signed");

    BoundaryAgreement stripped = signedFirstVersion();
    stripped.getSignatures().get(2).setFingerprint(null);
    assertTrue(Agreements.verify(stripped).orElseThrow().contains("no fingerprint"), "a signature without its fingerprint is not trusted");
  }

  @Test
  void whoMayProposeAndSign() {
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT);
    assertTrue(Agreements.refusal(agreement, Step.PROPOSE, null).orElseThrow().contains("Sign in"));
    assertTrue(Agreements.refusal(agreement, Step.PROPOSE, outsider.person()).orElseThrow().contains("Only the agreement's"));
    Agreements.take(agreement, Step.PROPOSE, trainee, AT);
    IllegalStateException forged = assertThrows(IllegalStateException.class,
        () -> Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, trainee, AT));
    assertTrue(forged.getMessage().contains("Only P-sup-1"), forged.getMessage());
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.PAPER_RECORDED, trainee, AT);
    assertThrows(IllegalStateException.class,
        () -> Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.PAPER_RECORDED, supervisor, AT), "signed already");
  }

  @Test
  void aDraftWithoutARequiredCategoryOrAPartyIsNotProposed() {
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), null, templates, AT);
    assertTrue(Agreements.refusal(agreement, Step.PROPOSE, trainee.person()).orElseThrow().contains("no supervisor"));
    agreement.getParties().get(2).setReference("P-sup-1");
    agreement.getClauses().get(0).setIncluded(false);
    assertTrue(Agreements.refusal(agreement, Step.PROPOSE, trainee.person()).orElseThrow().contains("confidentiality"));
    assertEquals(1, problems(agreement, RapportConstraints.REQUIRED_CLAUSE_MISSING).size(), "and validation says so at the clauses");
    agreement.getClauses().get(0).setIncluded(true);
    assertTrue(Agreements.refusal(agreement, Step.PROPOSE, trainee.person()).isEmpty());
  }

  @Test
  void aClauseShowsHowItStandsAgainstItsTemplate() {
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT);
    Map<String, ClauseTemplate> byId = Map.of(templates.get(0).getId(), templates.get(0), templates.get(1).getId(), templates.get(1),
        templates.get(2).getId(), templates.get(2));
    Clause confidentiality = agreement.getClauses().get(0);
    Clause supervision = agreement.getClauses().get(1);
    Clause fees = agreement.getClauses().get(2);
    assertEquals(TemplateState.AS_TEMPLATE, Agreements.templateState(supervision, byId, agreement), "placeholders filled in still match");
    fees.setText("Fees are paid to the lab, at reception.");
    assertEquals(TemplateState.EDITED, Agreements.templateState(fees, byId, agreement));
    templates.get(1).setVersion(3);
    assertEquals(TemplateState.TEMPLATE_NEWER, Agreements.templateState(confidentiality, byId, agreement));
    assertEquals(TemplateState.TEMPLATE_UNKNOWN, Agreements.templateState(confidentiality, Map.of(), agreement));
    confidentiality.setTemplateId(null);
    assertEquals(TemplateState.OWN, Agreements.templateState(confidentiality, byId, agreement));
    assertNotEquals(Agreements.fingerprint(agreement), Agreements.fingerprint(Agreements.draft("CL-0417", trainee.person(), supervisor.person(), templates, AT)));
  }

  @Test
  void anEndedAgreementIsNeitherRevisedNorSignedAgain() {
    BoundaryAgreement agreement = signedFirstVersion();
    Agreements.take(agreement, Step.END, supervisor, AT.plusMonths(3));
    assertEquals(AgreementStatus.ENDED, agreement.getStatus());
    assertFalse(Agreements.refusal(agreement, Step.REVISE, trainee.person()).isEmpty());
    assertEquals(Optional.empty(), Agreements.verify(agreement), "ending changes no signed text");
  }

  private static List<Diagnostic> problems(BoundaryAgreement agreement, int code) {
    return new RapportDiagnostician().validate(agreement).getChildren().stream()
        .filter(d -> RapportConstraints.SOURCE.equals(d.getSource()) && d.getCode() == code).toList();
  }
}
