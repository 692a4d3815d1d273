// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewComment;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.time.Dates;

/**
 * One reflection note that two workstations took signed steps on since they last shared it, made
 * whole again. Comments are the steps that commute: they change neither what the note says nor its
 * status, so two supervisors commenting on two workstations, or one commenting while another
 * returns or approves, lose nothing when both sets of steps are kept. The comments go first (in
 * time order when both sides only commented), then the other side's steps; each step still names
 * the step it was taken after, and {@link ChainCheck} accepts a link that skips over comments.
 *
 * <p>Only steps are united, never edits: the side that only commented must have changed nothing
 * else, and anything else is a conflict for a person, as before. The caller verifies the union
 * with {@link ChainCheck} before using it.
 */
public final class NoteUnion {

  private NoteUnion() {
  }

  /**
   * The union of {@code ours} and {@code theirs}, both descended from {@code base}, or empty when
   * they are not two sets of steps that commute. The result is a new note; the same three inputs
   * give the same union on every workstation, whichever side is "ours".
   */
  public static Optional<ReflectionNote> of(ReflectionNote base, ReflectionNote ours, ReflectionNote theirs) {
    int shared = base.getSteps().size();
    if (!UnitedSteps.startsWith(ours.getSteps(), base.getSteps()) || !UnitedSteps.startsWith(theirs.getSteps(), base.getSteps())) {
      return Optional.empty();
    }
    List<SignedStep> oursNew = ours.getSteps().subList(shared, ours.getSteps().size());
    List<SignedStep> theirsNew = theirs.getSteps().subList(shared, theirs.getSteps().size());
    if (oursNew.isEmpty() || theirsNew.isEmpty()) {
      return Optional.empty();
    }
    boolean oursComment = commentsOnly(oursNew);
    boolean theirsComment = commentsOnly(theirsNew);
    if (!oursComment && !theirsComment) {
      return Optional.empty();
    }
    if (oursComment && theirsComment) {
      if (!onlyCommentedOn(base, ours) || !onlyCommentedOn(base, theirs)) {
        return Optional.empty();
      }
      // the note as both sides have it, apart from comments; their steps and comments in time order
      ReflectionNote union = EcoreUtil.copy(ours);
      List<Added> added = UnitedSteps.interleaved(added(base, ours), added(base, theirs), Added::step);
      rebuild(union, base, added, List.of(), List.of());
      union.setModified(Dates.of(UnitedSteps.later(ours, theirs)));
      return Optional.of(union);
    }
    ReflectionNote commented = oursComment ? ours : theirs;
    ReflectionNote other = oursComment ? theirs : ours;
    if (!onlyCommentedOn(base, commented) || !sameBaseComments(base, other)) {
      return Optional.empty();
    }
    // the other side's note whole, with the comments made meanwhile put before its steps
    ReflectionNote union = EcoreUtil.copy(other);
    List<SignedStep> otherSteps = other.getSteps().subList(shared, other.getSteps().size());
    List<ReviewComment> otherComments = other.getComments().subList(base.getComments().size(), other.getComments().size());
    rebuild(union, base, added(base, commented), otherSteps, otherComments);
    union.setModified(Dates.of(UnitedSteps.later(ours, theirs)));
    return Optional.of(union);
  }

  /** A comment step a side took since the shared version, with the comment it added. */
  private record Added(SignedStep step, ReviewComment comment) {
  }

  private static List<Added> added(ReflectionNote base, ReflectionNote side) {
    List<SignedStep> steps = side.getSteps().subList(base.getSteps().size(), side.getSteps().size());
    List<ReviewComment> comments = side.getComments().subList(base.getComments().size(), side.getComments().size());
    List<Added> added = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      added.add(new Added(steps.get(i), comments.get(i)));
    }
    return added;
  }

  /** Puts the shared steps and comments, then {@code first}, then {@code after}, into {@code union}. */
  private static void rebuild(ReflectionNote union, ReflectionNote base, List<Added> first, List<SignedStep> afterSteps,
      List<ReviewComment> afterComments) {
    union.getSteps().clear();
    union.getComments().clear();
    base.getSteps().forEach(step -> union.getSteps().add(EcoreUtil.copy(step)));
    base.getComments().forEach(comment -> union.getComments().add(EcoreUtil.copy(comment)));
    Set<String> ids = new HashSet<>();
    union.getComments().forEach(c -> ids.add(c.getId()));
    for (Added each : first) {
      union.getSteps().add(EcoreUtil.copy(each.step()));
      union.getComments().add(numbered(union, EcoreUtil.copy(each.comment()), ids));
    }
    afterSteps.forEach(step -> union.getSteps().add(EcoreUtil.copy(step)));
    afterComments.forEach(comment -> union.getComments().add(numbered(union, EcoreUtil.copy(comment), ids)));
  }

  /**
   * Two workstations number their next comment alike; the id is not signed, so a taken one is
   * given the next free number (the same on every workstation, the union being the same).
   */
  private static ReviewComment numbered(ReflectionNote union, ReviewComment comment, Set<String> ids) {
    int next = union.getComments().size() + 1;
    while (comment.getId() == null || ids.contains(comment.getId())) {
      comment.setId(union.getId() + "-c" + next++);
    }
    ids.add(comment.getId());
    return comment;
  }

  private static boolean commentsOnly(List<SignedStep> steps) {
    return steps.stream().allMatch(step -> ReviewWorkflow.COMMENT.equals(step.getStep()));
  }

  /**
   * Whether {@code side} differs from {@code base} only by comments added at the end, one per
   * comment step it added, and by when it was saved.
   */
  private static boolean onlyCommentedOn(ReflectionNote base, ReflectionNote side) {
    int added = side.getSteps().size() - base.getSteps().size();
    if (side.getComments().size() - base.getComments().size() != added) {
      return false;
    }
    ReflectionNote before = EcoreUtil.copy(side);
    before.getSteps().clear();
    before.getComments().subList(base.getComments().size(), before.getComments().size()).clear();
    before.setModified(base.getModified());
    ReflectionNote shared = EcoreUtil.copy(base);
    shared.getSteps().clear();
    return EcoreUtil.equals(before, shared);
  }

  /** Whether {@code side} still begins its comments with the shared ones (their resolved marks may have changed). */
  private static boolean sameBaseComments(ReflectionNote base, ReflectionNote side) {
    if (side.getComments().size() < base.getComments().size()) {
      return false;
    }
    for (int i = 0; i < base.getComments().size(); i++) {
      ReviewComment a = base.getComments().get(i);
      ReviewComment b = side.getComments().get(i);
      if (!Objects.equals(a.getId(), b.getId()) || !Objects.equals(a.getAuthorId(), b.getAuthorId()) || !Objects.equals(Dates.time(a.getAt()), Dates.time(b.getAt()))
          || !Objects.equals(a.getText(), b.getText())) {
        return false;
      }
    }
    return true;
  }
}
