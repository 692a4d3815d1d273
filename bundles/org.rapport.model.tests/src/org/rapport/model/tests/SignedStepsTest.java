// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.model.AgreementStatus;
import org.rapport.model.Amendment;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.PartyRole;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.SignatureMethod;
import org.rapport.model.SignedStep;
import org.rapport.model.StageAnswer;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.ChainCheck.Severity;
import org.rapport.model.signing.StepChain;
import org.rapport.model.signing.Signer;
import org.rapport.model.time.Dates;

/** Signed steps: who may take them, and each way of tampering with a signed document being found and named. */
class SignedStepsTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 26, 21, 39);
  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "Trainee R. Fairweather", Role.TRAINEE);
  private final Signer hollis = people.signer("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR);
  private final Signer adeyemi = people.signer("P-sup-2", "Supervisor J. Adeyemi", Role.SUPERVISOR);
  private final ChainCheck check = new ChainCheck(people.index);

  private static ReflectionNote note() {
    ReflectionNote note = RapportFactory.eINSTANCE.createReflectionNote();
    note.setId("CL-0417-S05-reflection");
    note.setAuthorId("P-trainee-1");
    for (String stage : new String[] {"description", "feelings"}) {
      StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
      answer.setStageId(stage);
      answer.setText("What I wrote about " + stage + ".");
      note.getAnswers().add(answer);
    }
    return note;
  }

  private ReflectionNote lockedNote() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    ReviewWorkflow.take(note, Step.APPROVE, hollis, AT.plusHours(1), null);
    ReviewWorkflow.take(note, Step.LOCK, hollis, AT.plusHours(1), null);
    return note;
  }

  private List<String> errors(ChainCheck.Result result) {
    return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(ChainCheck.Finding::message).toList();
  }

  private String onlyError(ReflectionNote note) {
    List<String> errors = errors(check.verify(note));
    assertFalse(errors.isEmpty(), "a tampered note is found");
    return String.join("\n", errors);
  }

  @Test
  void aTraineeCannotApproveLockOrUnlockWhateverTheyClaim() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.take(note, Step.APPROVE, trainee, AT, null));
    ReviewWorkflow.take(note, Step.APPROVE, hollis, AT, null);
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.take(note, Step.LOCK, trainee, AT, null));
    ReviewWorkflow.take(note, Step.LOCK, hollis, AT, null);
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.take(note, Step.UNLOCK, trainee, AT, "mine"));

    // a trainee with a supervisor role added only in their own copy of the index still signs as the trainee
    trainee.person().getRoles().add(Role.SUPERVISOR);
    ReflectionNote other = note();
    ReviewWorkflow.take(other, Step.SUBMIT, trainee, AT, null);
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.take(other, Step.APPROVE, trainee, AT, null),
        "the author never approves their own note");
  }

  @Test
  void theSupervisorsApprovalVerifiesAndIsShownWithTheirName() {
    ReflectionNote note = lockedNote();
    ChainCheck.Result result = check.verify(note);
    assertEquals(List.of(), result.findings());
    assertEquals("approved by Supervisor M. Hollis, 26 Nov 2026 22:39, signature verified", result.lines().get(1).text());
    assertEquals(3, result.lines().stream().filter(ChainCheck.Line::verified).count());
  }

  @Test
  void anApprovalMadeWithAnotherKeyDoesNotVerify() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    ReviewWorkflow.take(note, Step.APPROVE, TestPeople.impostor(hollis.person()), AT.plusHours(1), null);
    String error = onlyError(note);
    assertTrue(error.contains("Step 2 (approved by Supervisor M. Hollis") && error.contains("a key that is not Supervisor M. Hollis's"), error);
  }

  @Test
  void aTraineeWhoSignsAnApprovalByHandIsNamed() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    note.setStatus(ReviewStatus.SUBMITTED);
    StepChain.append(note, "approve", trainee, AT.plusHours(1), "");   // around the workflow, as a script would
    note.setStatus(ReviewStatus.APPROVED);
    note.setApproval(EcoreUtil.copy(RapportFactory.eINSTANCE.createSignature()));
    note.getApproval().setSigner("P-trainee-1");
    assertTrue(onlyError(note).contains("A trainee cannot approve their own note."));
  }

  @Test
  void textChangedAfterApprovalIsFound() {
    ReflectionNote note = lockedNote();
    note.getAnswers().get(1).setText("Something I wish I had written.");
    assertTrue(onlyError(note).contains("differs from what was signed at step 3 (locked by Supervisor M. Hollis"));
  }

  @Test
  void anApprovalDeletedWithTheStatusSetToLockedIsFound() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    note.setStatus(ReviewStatus.LOCKED);
    String error = onlyError(note);
    assertTrue(error.contains("says it is locked, but its signed steps leave it submitted"), error);

    ReflectionNote stripped = lockedNote();
    stripped.setApproval(null);
    stripped.getSteps().remove(1);
    String broken = onlyError(stripped);
    assertTrue(broken.contains("does not follow the step before it"), broken);
    assertTrue(broken.contains("approval is not the one its signed steps record"), broken);
  }

  @Test
  void aForgedAmendmentIsFoundAndASignedOneIsNot() {
    ReflectionNote note = lockedNote();
    Amendment amendment = ReviewWorkflow.amend(note, trainee, AT.plusDays(2), "feelings", "Calmer than I said.", "Misremembered");
    assertEquals(List.of(), check.verify(note).findings(), "a signed amendment verifies");

    Amendment forged = EcoreUtil.copy(amendment);
    forged.setAmended("Nothing went wrong at all.");
    note.getAmendments().add(forged);
    note.getAnswers().get(1).setText("Nothing went wrong at all.");
    String error = onlyError(note);
    assertTrue(error.contains("2 amendments but 1 signed step"), error);
    assertTrue(error.contains("differs from what was signed at step 4"), error);
  }

  @Test
  void aStepWhoseSignedBytesChangedDoesNotVerify() {
    ReflectionNote note = lockedNote();
    note.getSteps().get(1).setAt(Dates.of(AT.minusDays(3)));
    String error = onlyError(note);
    assertTrue(error.contains("Step 2") && error.contains("the signature does not verify"), error);
  }

  @Test
  void stepsTakenBeforeSigningAreWarningsUntilASupervisorSignsThem() {
    ReflectionNote note = note();
    note.setStatus(ReviewStatus.SUBMITTED);
    ChainCheck.Result legacy = check.verify(note);
    assertEquals(1, legacy.findings().size());
    assertEquals(Severity.WARNING, legacy.findings().get(0).severity());
    assertTrue(legacy.findings().get(0).message().startsWith("Unsigned (before signing existed)"));

    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.attest(note, trainee, AT), "a trainee does not sign earlier steps");
    ReviewWorkflow.attest(note, adeyemi, AT);
    assertEquals(List.of(), check.verify(note).findings());
    ReviewWorkflow.take(note, Step.APPROVE, adeyemi, AT.plusMinutes(5), null);
    assertEquals(List.of(), check.verify(note).findings(), "the chain goes on from the signed earlier steps");
  }

  @Test
  void anAmendmentOrApprovalAddedAfterTheEarlierStepsWereSignedIsNamed() {
    ReflectionNote note = note();
    note.setStatus(ReviewStatus.LOCKED);
    note.setApproval(RapportFactory.eINSTANCE.createSignature());
    note.getApproval().setSigner(hollis.person().getId());
    ReviewWorkflow.attest(note, adeyemi, AT);
    assertEquals("locked; comments=0; amendments=0; unlocks=0; approval=P-sup-1", note.getSteps().get(0).getDetail());
    assertEquals(List.of(), check.verify(note).findings());

    Amendment forged = RapportFactory.eINSTANCE.createAmendment();   // no amend step records it
    forged.setAuthorId(trainee.person().getId());
    forged.setReason("Tidied");
    note.getAmendments().add(forged);
    assertTrue(onlyError(note).contains("holds 1 amendment but 0 signed steps record them: one was added outside Rapport"), onlyError(note));
    note.getAmendments().remove(forged);
    note.getApproval().setSigner(adeyemi.person().getId());   // the approval's signer swapped after the attest
    assertTrue(onlyError(note).contains("approval is not the one its signed steps record (by Supervisor M. Hollis)"), onlyError(note));
  }

  @Test
  void theCanonicalBytesAreTheDocumentedOnes() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    SignedStep step = note.getSteps().get(0);
    String text = new String(StepChain.canonicalBytes(note, step), StandardCharsets.UTF_8);
    String expected = "rapport-step 1\ndocument=22:CL-0417-S05-reflection\nversion=1:1\ncontent=64:" + ReviewWorkflow.fingerprint(note)
        + "\nstep=6:submit\nactor=11:P-trainee-1\nkey=64:" + org.rapport.model.signing.Keys.fingerprint(trainee.publicKey())
        + "\nat=19:2026-11-26T21:39:00\nprevious=0:\ndetail=0:\n";
    assertEquals(expected, text);
  }

  // agreements

  private BoundaryAgreement signedAgreement() {
    ClauseTemplate confidentiality = template("tpl.conf", ClauseCategory.CONFIDENTIALITY, "What we talk about stays here.");
    ClauseTemplate supervision = template("tpl.sup", ClauseCategory.SUPERVISION_AND_RECORDING, "I am supervised by [supervisor].");
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), hollis.person(), List.of(confidentiality, supervision), AT);
    Agreements.take(agreement, Agreements.Step.PROPOSE, trainee, AT);
    Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMinutes(10));
    Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(11));
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, hollis, AT.plusMinutes(12));
    return agreement;
  }

  private static ClauseTemplate template(String id, ClauseCategory category, String text) {
    ClauseTemplate template = RapportFactory.eINSTANCE.createClauseTemplate();
    template.setId(id);
    template.setName(id);
    template.setCategory(category);
    template.setText(text);
    return template;
  }

  @Test
  void aSignedAgreementVerifiesAndShowsWhoRecordedEachSignature() {
    BoundaryAgreement agreement = signedAgreement();
    ChainCheck.Result result = check.verify(agreement);
    assertEquals(List.of(), result.findings());
    assertTrue(result.lines().get(1).text().startsWith("signature of the client recorded (given on paper) by Trainee R. Fairweather"),
        result.lines().get(1).text());
  }

  @Test
  void aSignatureRemovedAfterTheEarlierStepsWereSignedIsFound() {
    BoundaryAgreement agreement = signedAgreement();
    agreement.getSteps().clear();   // as if signed before Rapport signed steps
    Agreements.attest(agreement, hollis, AT.plusDays(1));
    assertEquals("signed; signatures=client:CL-0417,supervisor:P-sup-1,trainee:P-trainee-1", agreement.getSteps().get(0).getDetail());
    assertEquals(List.of(), check.verify(agreement).findings());
    agreement.getSignatures().remove(0);
    String errors = String.join("\n", errors(check.verify(agreement)));
    assertTrue(errors.contains("are not the ones its signed steps record"), errors);
  }

  @Test
  void anAgreementFlippedBackFromSupersededToSignedIsFound() {
    BoundaryAgreement first = signedAgreement();
    BoundaryAgreement second = Agreements.revise(first, trainee, AT.plusMonths(1));
    Agreements.take(second, Agreements.Step.PROPOSE, trainee, AT.plusMonths(1));
    Agreements.sign(second, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMonths(1).plusMinutes(1));
    Agreements.sign(second, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMonths(1).plusMinutes(2));
    Agreements.sign(second, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, hollis, AT.plusMonths(1).plusMinutes(3));
    Agreements.supersede(first, second, hollis, AT.plusMonths(1).plusMinutes(4));
    assertEquals(List.of(), check.verify(first).findings());
    assertEquals(List.of(), check.verify(second).findings());

    first.setStatus(AgreementStatus.SIGNED);
    List<String> errors = errors(check.verify(first));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("says it is signed, but its signed steps leave it superseded"), errors.get(0));
  }

  @Test
  void aBackdatedSignatureIsRefusedAndOneForgedByHandIsFound() {
    BoundaryAgreement agreement = signedAgreement();
    BoundaryAgreement proposed = Agreements.draft("CL-0552", trainee.person(), hollis.person(),
        List.of(template("tpl.conf", ClauseCategory.CONFIDENTIALITY, "c"), template("tpl.sup", ClauseCategory.SUPERVISION_AND_RECORDING, "s")), AT);
    Agreements.take(proposed, Agreements.Step.PROPOSE, trainee, AT);
    assertThrows(IllegalStateException.class,
        () -> Agreements.sign(proposed, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.minusDays(2)));

    // the signature's date moved back by hand: the signed step no longer matches it
    agreement.getSignatures().get(2).setSignedAt(Dates.of(AT.minusDays(5)));
    String error = String.join("\n", errors(check.verify(agreement)));
    assertTrue(error.contains("holds no supervisor's signature given 26 Nov 2026 21:51"), error);

    // a backdated signature signed with a real key, around the workflow
    BoundaryAgreement forged = signedAgreement();
    SignedStep last = forged.getSteps().remove(forged.getSteps().size() - 1);
    forged.getSignatures().get(2).setSignedAt(Dates.of(AT.minusDays(5)));
    StepChain.append(forged, "sign", hollis, Dates.time(last.getAt()), Agreements.signatureDetail(PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION,
        AT.minusDays(5)));
    String backdated = String.join("\n", errors(check.verify(forged)));
    assertTrue(backdated.contains("before the version was proposed") && backdated.contains("it was backdated"), backdated);
  }

  @Test
  void aSignatureTypedForSomeoneElseIsNotTheirs() {
    ClauseTemplate confidentiality = template("tpl.conf", ClauseCategory.CONFIDENTIALITY, "c");
    ClauseTemplate supervision = template("tpl.sup", ClauseCategory.SUPERVISION_AND_RECORDING, "s");
    BoundaryAgreement agreement = Agreements.draft("CL-0417", trainee.person(), hollis.person(), List.of(confidentiality, supervision), AT);
    Agreements.take(agreement, Agreements.Step.PROPOSE, trainee, AT);
    assertThrows(IllegalStateException.class,
        () -> Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(1)));
  }
}
