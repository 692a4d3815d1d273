// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapport.model.Amendment;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.StageAnswer;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.model.signing.Signer;
import org.rapport.model.time.Dates;

class ReviewWorkflowTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 11, 9, 0);

  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "R. Fairweather", Role.TRAINEE);
  private final Signer firstSupervisor = people.signer("P-sup-1", "M. Hollis", Role.SUPERVISOR);
  private final Signer secondSupervisor = people.signer("P-sup-2", "J. Adeyemi", Role.SUPERVISOR);

  private static ReflectionNote note() {
    ReflectionNote note = F.createReflectionNote();
    note.setId("CL-0417-S05-reflection");
    note.setAuthorId("P-trainee-1");
    note.setFrameworkId("gibbs");
    for (String stage : new String[] {"description", "feelings", "evaluation"}) {
      StageAnswer answer = F.createStageAnswer();
      answer.setStageId(stage);
      answer.setText("What I wrote about " + stage + ".");
      note.getAnswers().add(answer);
    }
    return note;
  }

  @Test
  void submittedCommentedReturnedResubmittedApprovedLockedAndAmendedWithTwoSupervisors() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    assertEquals(ReviewStatus.SUBMITTED, note.getStatus());

    ReviewWorkflow.comment(note, firstSupervisor, AT.plusHours(1), ReviewWorkflow.stageAnchor("feelings"), "What did you notice in your body?");
    ReviewWorkflow.comment(note, secondSupervisor, AT.plusHours(2), null, "Link this to the agreement's contact clause.");
    ReviewWorkflow.take(note, Step.RETURN, firstSupervisor, AT.plusHours(3), "Please expand the feelings stage.");
    assertEquals(ReviewStatus.RETURNED, note.getStatus());
    assertEquals(3, note.getComments().size(), "both supervisors' comments and the return's are kept");
    assertEquals("stage:feelings", note.getComments().get(0).getAnchor());
    assertEquals("P-sup-2", note.getComments().get(1).getAuthorId());

    note.getAnswers().get(1).setText("My chest tightened when the client went quiet.");
    note.getComments().get(0).setResolved(true);
    ReviewWorkflow.take(note, Step.RESUBMIT, trainee, AT.plusDays(1), null);
    assertEquals(ReviewStatus.RESUBMITTED, note.getStatus());

    IllegalStateException selfApproval = assertThrows(IllegalStateException.class,
        () -> ReviewWorkflow.take(note, Step.APPROVE, trainee, AT.plusDays(1), null));
    assertEquals("A trainee cannot approve their own note.", selfApproval.getMessage());
    assertEquals(ReviewStatus.RESUBMITTED, note.getStatus(), "a refused step changes nothing");

    ReviewWorkflow.take(note, Step.APPROVE, secondSupervisor, AT.plusDays(2), null);
    assertEquals(ReviewStatus.APPROVED, note.getStatus());
    assertEquals("P-sup-2", note.getApproval().getSigner(), "the approving supervisor co-signs");
    assertEquals(AT.plusDays(2), Dates.time(note.getApproval().getSignedAt()));
    assertEquals(ReviewWorkflow.fingerprint(note), note.getApproval().getFingerprint());
    ReviewWorkflow.take(note, Step.LOCK, firstSupervisor, AT.plusDays(2), null);
    assertEquals(ReviewStatus.LOCKED, note.getStatus());
    assertEquals(Optional.empty(), ReviewWorkflow.verify(note));

    Amendment amendment = ReviewWorkflow.amend(note, trainee, AT.plusDays(9), "evaluation", "On reflection it went better than I thought.",
        "Supervision on 20 March changed my view");
    assertEquals("What I wrote about evaluation.", amendment.getOriginal(), "the original stays visible");
    assertEquals("On reflection it went better than I thought.", note.getAnswers().get(2).getText());
    assertEquals("P-trainee-1", amendment.getAuthorId());
    assertEquals("stage:evaluation", amendment.getAnchor());
    assertEquals(Optional.empty(), ReviewWorkflow.verify(note), "an amended note still matches what was approved, amendments taken back");

    note.getAnswers().get(2).setText("Changed again after the amendment.");
    assertTrue(ReviewWorkflow.verify(note).isPresent(), "an amended stage changed afterwards is found");
    note.getAnswers().get(2).setText("On reflection it went better than I thought.");
    note.getAnswers().get(0).setText("Rewritten without an amendment.");
    assertTrue(ReviewWorkflow.verify(note).orElseThrow().contains("no amendment explains"), "a silent change is found");
    note.getAnswers().get(0).setText("What I wrote about description.");

    // unlocked, revised and approved again: the earlier amendment is part of what is approved now
    ReviewWorkflow.take(note, Step.UNLOCK, firstSupervisor, AT.plusDays(10), "The client asked for a correction");
    note.getAnswers().get(1).setText("My chest tightened, and I said so.");
    ReviewWorkflow.take(note, Step.RESUBMIT, trainee, AT.plusDays(11), null);
    ReviewWorkflow.take(note, Step.APPROVE, firstSupervisor, AT.plusDays(12), null);
    assertEquals(Optional.empty(), ReviewWorkflow.verify(note), "no false alarm after a second approval");
  }

  @Test
  void stepsOutOfOrderOrByTheWrongPersonAreRefusedWithTheReason() {
    ReflectionNote note = note();
    assertEquals("The note is draft; only an approved note can be locked.",
        ReviewWorkflow.refusal(note, Step.LOCK, firstSupervisor.person()).orElseThrow());
    assertEquals("Only the note's author can submit it.", ReviewWorkflow.refusal(note, Step.SUBMIT, firstSupervisor.person()).orElseThrow());
    assertTrue(ReviewWorkflow.refusal(note, Step.SUBMIT, null).orElseThrow().contains("Sign in"));
    note.getAnswers().get(1).setText(" ");
    assertTrue(ReviewWorkflow.refusal(note, Step.SUBMIT, trainee.person()).orElseThrow().contains("\u201cfeelings\u201d is empty"),
        "a note with an empty stage does not go to review");
    note.getAnswers().get(1).setText("I felt rushed.");
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    assertEquals("Only a supervisor other than the author can return the note.",
        ReviewWorkflow.refusal(note, Step.RETURN, trainee.person()).orElseThrow());
    IllegalStateException silentReturn = assertThrows(IllegalStateException.class,
        () -> ReviewWorkflow.take(note, Step.RETURN, firstSupervisor, AT, "  "));
    assertTrue(silentReturn.getMessage().contains("needs a comment"), silentReturn.getMessage());
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.comment(note, trainee, AT, null, "I agree"),
        "trainees do not comment on their own review");
    IllegalStateException early = assertThrows(IllegalStateException.class,
        () -> ReviewWorkflow.amend(note, trainee, AT, "feelings", "new", "why"));
    assertTrue(early.getMessage().contains("can be edited"), early.getMessage());
  }

  @Test
  void unlockingNeedsAReasonThatIsKeptAndSendsTheNoteBackForRevision() {
    ReflectionNote note = note();
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    ReviewWorkflow.take(note, Step.APPROVE, firstSupervisor, AT, null);
    ReviewWorkflow.take(note, Step.LOCK, firstSupervisor, AT, null);
    assertThrows(IllegalStateException.class, () -> ReviewWorkflow.take(note, Step.UNLOCK, firstSupervisor, AT, ""));
    assertEquals(ReviewStatus.LOCKED, note.getStatus());
    assertEquals("Only a supervisor or an administrator other than the author can unlock a note.",
        ReviewWorkflow.refusal(note, Step.UNLOCK, trainee.person()).orElseThrow());
    ReviewWorkflow.take(note, Step.UNLOCK, firstSupervisor, AT.plusDays(3), "The client asked for a correction of a date");
    assertEquals(ReviewStatus.RETURNED, note.getStatus());
    assertEquals("The client asked for a correction of a date", note.getUnlocks().get(0).getReason());
    assertEquals("P-sup-1", note.getUnlocks().get(0).getAuthorId());
  }
}
