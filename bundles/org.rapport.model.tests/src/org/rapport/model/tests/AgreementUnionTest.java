// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

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
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.model.signing.AgreementUnion;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.ChainCheck.Severity;
import org.rapport.model.signing.Signer;

/** Signatures two workstations recorded on one proposed agreement: united when they commute, and what tampering with a union looks like. */
class AgreementUnionTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 0);
  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "Trainee R. Fairweather", Role.TRAINEE);
  private final Signer hollis = people.signer("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR);
  private final ChainCheck check = new ChainCheck(people.index);

  /** A first version proposed for signing and signed by nobody yet: what both workstations shared. */
  private BoundaryAgreement proposed() {
    ClauseTemplate fees = RapportFactory.eINSTANCE.createClauseTemplate();
    fees.setId("tpl.fees.lab");
    fees.setCategory(ClauseCategory.FEES);
    fees.setName("Fees");
    fees.setText("Sessions are free of charge at the training lab.");
    fees.setVersion(1);
    BoundaryAgreement agreement = Agreements.draft("CL-0630", trainee.person(), hollis.person(), List.of(fees), AT);
    for (ClauseCategory category : Agreements.REQUIRED) {
      if (agreement.getClauses().stream().noneMatch(c -> c.getCategory() == category)) {
        Clause own = Agreements.ownClause(agreement, category);
        own.setText("What we agreed about " + category.getLiteral() + ".");
        agreement.getClauses().add(own);
      }
    }
    Agreements.take(agreement, Step.PROPOSE, trainee, AT.plusMinutes(5));
    return agreement;
  }

  /** On the trainee's workstation: the client's signature given on paper, then the trainee's own. */
  private BoundaryAgreement signedByClientAndTrainee(BoundaryAgreement base, LocalDateTime at) {
    BoundaryAgreement agreement = EcoreUtil.copy(base);
    Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, at);
    Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, at.plusMinutes(1));
    return agreement;
  }

  /** On the supervisor's workstation: the supervisor's signature. */
  private BoundaryAgreement signedBySupervisor(BoundaryAgreement base, LocalDateTime at) {
    BoundaryAgreement agreement = EcoreUtil.copy(base);
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, hollis, at);
    return agreement;
  }

  /** The union of the trainee's workstation's two signatures and the supervisor's. */
  private BoundaryAgreement signedOnBoth(BoundaryAgreement base) {
    return AgreementUnion.of(base, signedByClientAndTrainee(base, AT.plusMinutes(10)), signedBySupervisor(base, AT.plusMinutes(30))).orElseThrow();
  }

  private List<String> errors(BoundaryAgreement agreement) {
    return check.verify(agreement).findings().stream().filter(f -> f.severity() == Severity.ERROR).map(ChainCheck.Finding::message).toList();
  }

  @Test
  void signaturesRecordedOnTwoWorkstationsAreAllKeptAndSignTheVersion() {
    BoundaryAgreement base = proposed();
    assertEquals(List.of(), errors(base));
    BoundaryAgreement mine = signedByClientAndTrainee(base, AT.plusMinutes(10));
    BoundaryAgreement theirs = signedBySupervisor(base, AT.plusMinutes(30));
    BoundaryAgreement union = AgreementUnion.of(base, mine, theirs).orElseThrow();
    assertEquals(List.of(), errors(union), "the supervisor's signature step skips over the other two to the proposal");
    assertEquals(AgreementStatus.SIGNED, union.getStatus(), "every party has signed");
    assertEquals(List.of(PartyRole.CLIENT, PartyRole.TRAINEE, PartyRole.SUPERVISOR),
        union.getSignatures().stream().map(Signature::getRole).toList(), "the signatures in the order they were recorded");
    assertEquals(List.of("propose", "sign", "sign", "sign"), union.getSteps().stream().map(SignedStep::getStep).toList());
    assertTrue(EcoreUtil.equals(union, AgreementUnion.of(base, theirs, mine).orElseThrow()), "the same union on both workstations");
  }

  @Test
  void signaturesRecordedWithinTheSameSecondKeepEachSidesOrder() {
    BoundaryAgreement base = proposed();
    LocalDateTime at = AT.plusMinutes(20);   // both workstations sign within one second: the time cannot order them
    BoundaryAgreement trainees = EcoreUtil.copy(base);
    Agreements.sign(trainees, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, trainee, at);
    Agreements.sign(trainees, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, at);
    BoundaryAgreement union = AgreementUnion.of(base, trainees, signedBySupervisor(base, at)).orElseThrow();
    assertEquals(List.of(), errors(union), "the trainee's second step still follows their first");
    assertEquals(AgreementStatus.SIGNED, union.getStatus());
    int client = union.getSignatures().indexOf(union.getSignatures().stream().filter(x -> x.getRole() == PartyRole.CLIENT).findFirst().get());
    int own = union.getSignatures().indexOf(union.getSignatures().stream().filter(x -> x.getRole() == PartyRole.TRAINEE).findFirst().get());
    assertTrue(client < own, "the client's signature, recorded first, stays first");
    assertTrue(EcoreUtil.equals(union, AgreementUnion.of(base, signedBySupervisor(base, at), trainees).orElseThrow()));
  }

  @Test
  void aUnionShortOfASignatureStaysProposed() {
    BoundaryAgreement base = proposed();
    BoundaryAgreement client = EcoreUtil.copy(base);
    Agreements.sign(client, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(40));
    BoundaryAgreement union = AgreementUnion.of(base, client, signedBySupervisor(base, AT.plusMinutes(20))).orElseThrow();
    assertEquals(List.of(), errors(union));
    assertEquals(AgreementStatus.PROPOSED, union.getStatus());
    assertEquals(List.of(PartyRole.SUPERVISOR, PartyRole.CLIENT), union.getSignatures().stream().map(Signature::getRole).toList());
  }

  @Test
  void oneSignatureTwiceAnotherStepOrACompletedRevisionIsForAPerson() {
    BoundaryAgreement base = proposed();
    BoundaryAgreement paper = EcoreUtil.copy(base);
    Agreements.sign(paper, PartyRole.SUPERVISOR, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMinutes(12));
    assertTrue(AgreementUnion.of(base, paper, signedBySupervisor(base, AT.plusMinutes(30))).isEmpty(),
        "the supervisor's signature recorded on both workstations: a person says which stands");

    BoundaryAgreement withdrawn = EcoreUtil.copy(base);
    Agreements.take(withdrawn, Step.WITHDRAW, trainee, AT.plusMinutes(15));
    assertTrue(AgreementUnion.of(base, withdrawn, signedBySupervisor(base, AT.plusMinutes(30))).isEmpty(), "back to draft does not commute");

    BoundaryAgreement edited = signedBySupervisor(base, AT.plusMinutes(30));
    edited.getClauses().get(0).setText("Edited beside the signature");
    assertTrue(AgreementUnion.of(base, signedByClientAndTrainee(base, AT.plusMinutes(10)), edited).isEmpty(), "an edit is never carried in by a union");

    BoundaryAgreement revision = Agreements.revise(signedOnBoth(base), trainee, AT.plusDays(30));
    Agreements.take(revision, Step.PROPOSE, trainee, AT.plusDays(30).plusMinutes(1));
    BoundaryAgreement byTrainee = signedByClientAndTrainee(revision, AT.plusDays(30).plusMinutes(10));
    assertTrue(AgreementUnion.of(revision, byTrainee, signedBySupervisor(revision, AT.plusDays(31))).isEmpty(),
        "completing a revision supersedes the version before it, which someone must sign");
  }

  @Test
  void aSignatureRemovedFromAUnionIsFound() {
    BoundaryAgreement base = proposed();
    BoundaryAgreement union = signedOnBoth(base);
    BoundaryAgreement removed = EcoreUtil.copy(union);
    removed.getSteps().remove(1);   // the client's, which the trainee's names
    removed.getSignatures().remove(0);
    removed.setStatus(AgreementStatus.PROPOSED);
    assertTrue(errors(removed).stream().anyMatch(e -> e.contains("does not follow")), errors(removed).toString());

    BoundaryAgreement copied = EcoreUtil.copy(union);
    copied.getSteps().add(EcoreUtil.copy(copied.getSteps().get(3)));
    assertTrue(errors(copied).stream().anyMatch(e -> e.contains("appears twice")), errors(copied).toString());
  }
}
