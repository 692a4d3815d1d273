// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.ActionPoint;
import org.rapport.model.Amendment;
import org.rapport.model.BoundaryEvent;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.RelationshipCheck;
import org.rapport.model.ReviewComment;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.model.Unlock;
import org.rapport.model.signing.Signer;
import org.rapport.model.signing.StepChain;
import org.rapport.model.time.Dates;

/**
 * The supervision workflow of a reflection note: draft, submitted, returned with comments,
 * resubmitted, approved with the supervisor's co-signature, locked; after locking, only dated
 * amendments change it, and unlocking needs a reason. Each step says first whether it is allowed,
 * and why not, so the editor can offer only what may be done and explain the rest.
 */
public final class ReviewWorkflow {

  /** A step of the workflow. */
  public enum Step {
    SUBMIT("Submit for review"), RETURN("Return with comments"), RESUBMIT("Resubmit"), APPROVE("Approve"), LOCK("Lock"),
    UNLOCK("Unlock");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final Set<ReviewStatus> UNDER_REVIEW = EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.RESUBMITTED);

  private ReviewWorkflow() {
  }

  /** Why {@code actor} may not take {@code step} on {@code note} now, or empty when they may. */
  public static Optional<String> refusal(ReflectionNote note, Step step, Person actor) {
    if (actor == null) {
      return Optional.of("Sign in as a person of the casebook before taking part in a review.");
    }
    String empty = step != Step.SUBMIT && step != Step.RESUBMIT ? null
        : note.getAnswers().stream().filter(a -> a.getText() == null || a.getText().isBlank()).map(StageAnswer::getStageId).findFirst()
            .map(id -> "Every stage needs an answer before the note goes to review; \u201c" + id + "\u201d is empty.").orElse(null);
    return statusRefusal(note.getStatus(), step).or(() -> roleRefusal(step, actor, note.getAuthorId())).or(() -> Optional.ofNullable(empty));
  }

  /** Why {@code step} cannot be taken on a note that is {@code status}, whoever takes it. */
  public static Optional<String> statusRefusal(ReviewStatus status, Step step) {
    String now = "The note is " + status.getLiteral() + "; ";
    return Optional.ofNullable(switch (step) {
      case SUBMIT -> status != ReviewStatus.DRAFT ? now + "only a draft can be submitted." : null;
      case RESUBMIT -> status != ReviewStatus.RETURNED ? now + "only a returned note can be resubmitted." : null;
      case RETURN -> !UNDER_REVIEW.contains(status) ? now + "only a note under review can be returned." : null;
      case APPROVE -> !UNDER_REVIEW.contains(status) ? now + "only a note under review can be approved." : null;
      case LOCK -> status != ReviewStatus.APPROVED ? now + "only an approved note can be locked." : null;
      case UNLOCK -> status != ReviewStatus.LOCKED ? now + "only a locked note can be unlocked." : null;
    });
  }

  /**
   * Why {@code actor} may not take {@code step} on a note by {@code authorId}, whatever its status:
   * the rule of who may do what, which verifying a note's signed steps applies again.
   */
  public static Optional<String> roleRefusal(Step step, Person actor, String authorId) {
    boolean author = actor.getId() != null && actor.getId().equals(authorId);
    boolean supervisor = actor.getRoles().contains(Role.SUPERVISOR);
    boolean administrator = actor.getRoles().contains(Role.ADMINISTRATOR);
    return Optional.ofNullable(switch (step) {
      case SUBMIT -> !author ? "Only the note's author can submit it." : null;
      case RESUBMIT -> !author ? "Only the note's author can resubmit it." : null;
      case RETURN -> !supervisor || author ? "Only a supervisor other than the author can return the note." : null;
      case APPROVE -> author ? "A trainee cannot approve their own note." : !supervisor ? "Only a supervisor can approve a note." : null;
      case LOCK -> author || !supervisor && !administrator ? "Only a supervisor or an administrator other than the author can lock a note." : null;
      case UNLOCK -> author || !supervisor && !administrator ? "Only a supervisor or an administrator other than the author can unlock a note."
          : null;
    });
  }

  /**
   * Takes {@code step} as {@code signer} and appends the step, signed, to the note's chain.
   * {@code text} is the comment for RETURN and the reason for UNLOCK (both required); it is
   * ignored otherwise.
   *
   * @throws IllegalStateException with the refusal when the step is not allowed
   */
  public static void take(ReflectionNote note, Step step, Signer signer, LocalDateTime at, String text) {
    Person actor = signer.person();
    Optional<String> refused = refusal(note, step, actor);
    if (refused.isEmpty() && (step == Step.RETURN || step == Step.UNLOCK) && (text == null || text.isBlank())) {
      refused = Optional.of(step == Step.RETURN ? "Say what should change: a returned note needs a comment."
          : "Unlocking needs a reason, which is kept with the note.");
    }
    if (refused.isPresent()) {
      throw new IllegalStateException(refused.get());
    }
    String detail = "";
    switch (step) {
      case SUBMIT -> note.setStatus(ReviewStatus.SUBMITTED);
      case RESUBMIT -> note.setStatus(ReviewStatus.RESUBMITTED);
      case RETURN -> {
        note.getComments().add(newComment(note, actor, at, null, text));
        note.setStatus(ReviewStatus.RETURNED);
        detail = text.strip();
      }
      case APPROVE -> {
        Signature approval = F.createSignature();
        approval.setRole(PartyRole.SUPERVISOR);
        approval.setSigner(actor.getId());
        approval.setSignedAt(Dates.of(at));
        approval.setMethod(SignatureMethod.TYPED_IN_SESSION);
        approval.setFingerprint(fingerprint(note));
        note.setApproval(approval);
        note.setStatus(ReviewStatus.APPROVED);
      }
      case LOCK -> note.setStatus(ReviewStatus.LOCKED);
      case UNLOCK -> {
        Unlock unlock = F.createUnlock();
        unlock.setAuthorId(actor.getId());
        unlock.setAt(Dates.of(at));
        unlock.setReason(text.strip());
        note.getUnlocks().add(unlock);
        note.setStatus(ReviewStatus.RETURNED);
        detail = text.strip();
      }
    }
    StepChain.append(note, stepName(step), signer, at, detail);
  }

  /** The name a step of {@code step} has in the signed chain. */
  public static String stepName(Step step) {
    return step.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Signed step names beyond {@link Step}: a comment, an amendment, and a supervisor's signature over steps taken before signing existed. */
  public static final String COMMENT = "comment";
  public static final String AMEND = "amend";
  public static final String ATTEST = "attest";

  /**
   * Signs, as a supervisor, the review steps a note went through before Rapport signed steps: one
   * step saying that the note stood in its present status, with its present text, when the
   * supervisor looked at it. Its detail is that status and what the note held then, "{@code locked;
   * comments=2; amendments=1; unlocks=1; approval=P-sup-1}", so that a comment, amendment, unlock
   * or approval added later without a step of its own is found.
   *
   * @throws IllegalStateException when the note has signed steps already, is a draft, or {@code signer} is no supervisor
   */
  public static void attest(ReflectionNote note, Signer signer, LocalDateTime at) {
    if (!note.getSteps().isEmpty()) {
      throw new IllegalStateException("The steps of " + note.getId() + " are signed already.");
    }
    if (note.getStatus() == ReviewStatus.DRAFT) {
      throw new IllegalStateException(note.getId() + " is a draft: it has no review steps to sign.");
    }
    if (!signer.person().getRoles().contains(Role.SUPERVISOR) || signer.person().getId().equals(note.getAuthorId())) {
      throw new IllegalStateException("Only a supervisor other than the author signs the earlier steps of a note.");
    }
    String approval = note.getApproval() == null || note.getApproval().getSigner() == null ? "" : note.getApproval().getSigner();
    StepChain.append(note, ATTEST, signer, at, note.getStatus().getLiteral() + "; comments=" + note.getComments().size() + "; amendments="
        + note.getAmendments().size() + "; unlocks=" + note.getUnlocks().size() + "; approval=" + approval);
  }

  /**
   * A supervisor's comment, anchored to a stage or a rating ({@link #stageAnchor}, {@link #ratingAnchor}; null: the whole note), while
   * the note is under review or returned.
   *
   * @throws IllegalStateException when {@code actor} may not comment now
   */
  public static ReviewComment comment(ReflectionNote note, Signer signer, LocalDateTime at, String anchor, String text) {
    Person actor = signer.person();
    if (actor == null || !actor.getRoles().contains(Role.SUPERVISOR)) {
      throw new IllegalStateException("Only supervisors comment on a note under review.");
    }
    if (!UNDER_REVIEW.contains(note.getStatus()) && note.getStatus() != ReviewStatus.RETURNED) {
      throw new IllegalStateException("The note is " + note.getStatus().getLiteral() + "; comments belong to a note under review.");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("A comment needs text.");
    }
    ReviewComment comment = newComment(note, actor, at, anchor, text);
    note.getComments().add(comment);
    StepChain.append(note, COMMENT, signer, at, (anchor == null ? "" : anchor) + "\n" + text.strip());
    return comment;
  }

  private static ReviewComment newComment(ReflectionNote note, Person actor, LocalDateTime at, String anchor, String text) {
    ReviewComment comment = F.createReviewComment();
    comment.setId(note.getId() + "-c" + (note.getComments().size() + 1));
    comment.setAuthorId(actor.getId());
    comment.setAt(Dates.of(at));
    comment.setAnchor(anchor);
    comment.setText(text.strip());
    return comment;
  }

  /**
   * Changes the answer to a stage of a locked note by a dated amendment that keeps the original
   * text beside the new one.
   *
   * @throws IllegalStateException when the note is not locked, the actor is neither its author nor
   *     a supervisor, the reason is missing, or the note has no such stage
   */
  public static Amendment amend(ReflectionNote note, Signer signer, LocalDateTime at, String stageId, String amended, String reason) {
    Person actor = signer.person();
    if (note.getStatus() != ReviewStatus.LOCKED) {
      throw new IllegalStateException("Only a locked note is amended; the note is " + note.getStatus().getLiteral() + " and can be edited.");
    }
    boolean author = actor != null && actor.getId() != null && actor.getId().equals(note.getAuthorId());
    if (actor == null || !author && !actor.getRoles().contains(Role.SUPERVISOR)) {
      throw new IllegalStateException("Only the note's author or a supervisor can amend it.");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalStateException("An amendment needs a reason, which is kept with it.");
    }
    StageAnswer answer = note.getAnswers().stream().filter(a -> stageId != null && stageId.equals(a.getStageId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("The note has no stage " + stageId + "."));
    Amendment amendment = F.createAmendment();
    amendment.setAuthorId(actor.getId());
    amendment.setAt(Dates.of(at));
    amendment.setReason(reason.strip());
    amendment.setAnchor(stageAnchor(stageId));
    amendment.setOriginal(answer.getText());
    amendment.setAmended(amended);
    note.getAmendments().add(amendment);
    answer.setText(amended);
    StepChain.append(note, AMEND, signer, at, amendment.getAnchor() + "\n" + amendment.getReason());
    return amendment;
  }

  /**
   * Whether an approved or locked note still holds the text its supervisor approved, once its
   * amendments are taken back: empty when it does, else what is wrong (changed outside Rapport).
   */
  public static Optional<String> verify(ReflectionNote note) {
    if (note.getApproval() == null || note.getApproval().getFingerprint() == null
        || note.getStatus() != ReviewStatus.APPROVED && note.getStatus() != ReviewStatus.LOCKED) {
      return Optional.empty();
    }
    return approvedFingerprint(note).equals(note.getApproval().getFingerprint()) ? Optional.empty()
        : Optional.of("The note differs from the text its supervisor approved, and no amendment explains the difference;"
            + " it may have been changed outside Rapport.");
  }

  /**
   * The fingerprint of the note as it was approved: the amendments made since the approval are
   * taken back, newest first, each only if the stage still holds exactly its amended text (a stage
   * changed after its amendment then fails the comparison).
   */
  public static String approvedFingerprint(ReflectionNote note) {
    ReflectionNote approved = EcoreUtil.copy(note);
    LocalDateTime approvedAt = approved.getApproval() == null ? null : Dates.time(approved.getApproval().getSignedAt());
    List<Amendment> amendments = approved.getAmendments();
    for (int i = amendments.size() - 1; i >= 0; i--) {
      Amendment amendment = amendments.get(i);
      if (approvedAt != null && amendment.getAt() != null && Dates.time(amendment.getAt()).isBefore(approvedAt)) {
        continue;   // made before this approval, so part of what was approved
      }
      approved.getAnswers().stream().filter(a -> stageAnchor(a.getStageId()).equals(amendment.getAnchor())).findFirst()
          .ifPresent(a -> a.setText(java.util.Objects.equals(a.getText(), amendment.getAmended()) ? amendment.getOriginal()
              : "\u0000changed after its amendment"));
    }
    return fingerprint(approved);
  }

  /** How comments and amendments name a stage of the note. */
  public static String stageAnchor(String stageId) {
    return "stage:" + stageId;
  }

  /** How comments name the rating of a technique. */
  public static String ratingAnchor(String techniqueId) {
    return "rating:" + techniqueId;
  }

  /** SHA-256 of what the reflection says (not of its review history), in a fixed order. */
  public static String fingerprint(ReflectionNote note) {
    StringBuilder text = new StringBuilder();
    field(text, "id", note.getId());
    field(text, "session", note.getSessionId());
    field(text, "framework", note.getFrameworkId());
    for (StageAnswer answer : note.getAnswers()) {
      field(text, "stage " + answer.getStageId(), answer.getText());
    }
    for (TechniqueRating rating : note.getRatings()) {
      field(text, "rating " + rating.getTechniqueId(), rating.getRating() + " " + rating.getEvidence());
    }
    RelationshipCheck check = note.getRelationship();
    if (check != null) {
      field(text, "relationship", check.getTrust() + " " + check.getEmpathy() + " " + check.getCommunication() + " " + check.getNote());
    }
    for (BoundaryEvent event : note.getBoundaryEvents()) {
      field(text, "boundary " + event.getKind().getLiteral(), event.getDescription() + " | " + event.getHandling() + " | " + event.getClauseId());
    }
    note.getLearningPoints().forEach(point -> field(text, "learning", point));
    for (ActionPoint point : note.getActionPoints()) {
      field(text, "action " + point.getId(), point.getText());
    }
    field(text, "questions", note.getSupervisionQuestions());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void field(StringBuilder text, String name, Object value) {
    // lengths make the encoding unambiguous whatever the texts contain
    String shown = String.valueOf(value);
    text.append(name.length()).append(':').append(name).append('=').append(shown.length()).append(':').append(shown).append('\n');
  }
}
