// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewComment;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.SignedStep;
import org.rapport.model.StageAnswer;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.ChainCheck.Severity;
import org.rapport.model.signing.NoteUnion;
import org.rapport.model.signing.Signer;

/** Steps two workstations took on one note since they shared it: united when they commute, and what tampering with a union looks like. */
class NoteUnionTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 0);
  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "Trainee R. Fairweather", Role.TRAINEE);
  private final Signer hollis = people.signer("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR);
  private final Signer adeyemi = people.signer("P-sup-2", "Supervisor J. Adeyemi", Role.SUPERVISOR);
  private final ChainCheck check = new ChainCheck(people.index);

  /** A note submitted and commented on once: the version both workstations shared. */
  private ReflectionNote shared() {
    ReflectionNote note = RapportFactory.eINSTANCE.createReflectionNote();
    note.setId("CL-0417-S05-reflection");
    note.setAuthorId("P-trainee-1");
    StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
    answer.setStageId("description");
    answer.setText("I reflected back what the client said about the move.");
    note.getAnswers().add(answer);
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    ReviewWorkflow.comment(note, hollis, AT.plusMinutes(5), null, "Good start.");
    return note;
  }

  private static ReflectionNote commented(ReflectionNote base, Signer supervisor, LocalDateTime at, String... texts) {
    ReflectionNote note = EcoreUtil.copy(base);
    for (String text : texts) {
      ReviewWorkflow.comment(note, supervisor, at, ReviewWorkflow.stageAnchor("description"), text);
      at = at.plusMinutes(1);
    }
    return note;
  }

  private List<String> errors(ReflectionNote note) {
    return check.verify(note).findings().stream().filter(f -> f.severity() == Severity.ERROR).map(ChainCheck.Finding::message).toList();
  }

  @Test
  void twoSupervisorsCommentsOnTwoWorkstationsAreAllKeptAndVerify() {
    ReflectionNote base = shared();
    ReflectionNote mine = commented(base, hollis, AT.plusHours(2), "Say more about the silence.", "Which technique was this?");
    ReflectionNote theirs = commented(base, adeyemi, AT.plusHours(1), "Watch the pace here.");
    ReflectionNote union = NoteUnion.of(base, mine, theirs).orElseThrow();
    assertEquals(List.of(), errors(union));
    assertEquals(List.of("Good start.", "Watch the pace here.", "Say more about the silence.", "Which technique was this?"),
        union.getComments().stream().map(ReviewComment::getText).toList(), "every comment, in time order");
    assertEquals(union.getComments().size(), union.getComments().stream().map(ReviewComment::getId).distinct().count(),
        "each comment has its own id");
    assertTrue(EcoreUtil.equals(union, NoteUnion.of(base, theirs, mine).orElseThrow()), "the same union on both workstations");
    assertEquals(ReviewStatus.SUBMITTED, union.getStatus());
  }

  @Test
  void commentsMadeWithinTheSameSecondKeepEachSupervisorsOrder() {
    ReflectionNote base = shared();
    LocalDateTime at = AT.plusHours(1);
    ReflectionNote mine = EcoreUtil.copy(base);
    ReviewWorkflow.comment(mine, hollis, at, null, "First of two.");
    ReviewWorkflow.comment(mine, hollis, at, null, "Second of two.");
    ReflectionNote theirs = EcoreUtil.copy(base);
    ReviewWorkflow.comment(theirs, adeyemi, at, null, "At the same second.");
    ReflectionNote union = NoteUnion.of(base, mine, theirs).orElseThrow();
    assertEquals(List.of(), errors(union), "a comment still follows the one it names");
    List<String> texts = union.getComments().stream().map(ReviewComment::getText).toList();
    assertTrue(texts.indexOf("First of two.") < texts.indexOf("Second of two."), texts.toString());
    assertTrue(EcoreUtil.equals(union, NoteUnion.of(base, theirs, mine).orElseThrow()), "the same union on both workstations");
  }

  @Test
  void aCommentMadeWhileAnotherSupervisorApprovedGoesBeforeTheApproval() {
    ReflectionNote base = shared();
    ReflectionNote commented = commented(base, adeyemi, AT.plusHours(3), "One more thought on the ending.");
    ReflectionNote approved = EcoreUtil.copy(base);
    ReviewWorkflow.take(approved, Step.APPROVE, hollis, AT.plusHours(1), null);
    ReflectionNote union = NoteUnion.of(base, approved, commented).orElseThrow();
    assertEquals(List.of(), errors(union), "the approval skips over the comment to the step it was taken after");
    assertEquals(ReviewStatus.APPROVED, union.getStatus());
    assertEquals(List.of("submit", "comment", "comment", "approve"), union.getSteps().stream().map(SignedStep::getStep).toList());
    assertTrue(EcoreUtil.equals(union, NoteUnion.of(base, commented, approved).orElseThrow()));
  }

  @Test
  void stepsThatDoNotCommuteOrACommentSideThatAlsoEditedAreNotUnited() {
    ReflectionNote base = shared();
    ReflectionNote approved = EcoreUtil.copy(base);
    ReviewWorkflow.take(approved, Step.APPROVE, hollis, AT.plusHours(1), null);
    ReflectionNote returned = EcoreUtil.copy(base);
    ReviewWorkflow.take(returned, Step.RETURN, adeyemi, AT.plusHours(1), "Please expand the feelings stage.");
    assertTrue(NoteUnion.of(base, approved, returned).isEmpty(), "an approval and a return are for a person to choose between");

    ReflectionNote edited = commented(base, adeyemi, AT.plusHours(1), "Fine.");
    edited.getAnswers().get(0).setText("Edited beside the comment");
    assertTrue(NoteUnion.of(base, approved, edited).isEmpty(), "an edit is never carried in by a union");
    ReflectionNote resolved = commented(base, adeyemi, AT.plusHours(1), "Fine.");
    resolved.getComments().get(0).setResolved(true);
    assertTrue(NoteUnion.of(base, approved, resolved).isEmpty(), "nor a change to an earlier comment");
    assertTrue(NoteUnion.of(base, base, commented(base, hollis, AT.plusHours(1), "Only one side")).isEmpty(), "one side's steps are not a union");
  }

  @Test
  void aCopiedOrRemovedStepInAUnionIsFound() {
    ReflectionNote base = shared();
    ReflectionNote union = NoteUnion.of(base, commented(base, hollis, AT.plusHours(2), "First.", "Second."),
        commented(base, adeyemi, AT.plusHours(1), "Other.")).orElseThrow();
    ReflectionNote copied = EcoreUtil.copy(union);
    copied.getSteps().add(EcoreUtil.copy(copied.getSteps().get(2)));
    copied.getComments().add(EcoreUtil.copy(copied.getComments().get(2)));
    assertTrue(errors(copied).stream().anyMatch(e -> e.contains("appears twice")), errors(copied).toString());

    ReflectionNote removed = EcoreUtil.copy(union);
    int first = removed.getSteps().size() - 2;   // Hollis's "First.", which "Second." names
    removed.getSteps().remove(first);
    removed.getComments().remove(first);
    assertTrue(errors(removed).stream().anyMatch(e -> e.contains("does not follow")), errors(removed).toString());

    ReflectionNote moved = EcoreUtil.copy(union);
    moved.getSteps().move(2, moved.getSteps().size() - 1);   // "Second." before "Other." and "First."
    assertFalse(errors(moved).isEmpty(), "a step moved before the one it names is found");
  }
}
