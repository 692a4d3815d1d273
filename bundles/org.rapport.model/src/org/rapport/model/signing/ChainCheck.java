// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.security.PublicKey;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Casebook;
import org.rapport.model.Document;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.time.Dates;

/**
 * Verifies the signed steps of a document against the people of its casebook: each signature
 * over its canonical bytes, each link to the step before, that each step was the signer's to take
 * (by role and by the status the steps before it left), that the document's status is the one its
 * steps end in, and that its content is the content last signed. Replaying the steps with the
 * workflow's own rules is what catches a status set by hand, an approval deleted, or a step
 * signed by a key that is not the actor's.
 */
public final class ChainCheck {

  /** How bad a finding is. */
  public enum Severity {
    /** The document or its steps were changed after signing, or a step was not its signer's to take. */
    ERROR,
    /** Steps taken before Rapport signed them: nothing proves who took them. */
    WARNING
  }

  /** Something wrong with a document's steps; {@code step} is the index of the step concerned, or -1 for the document. */
  public record Finding(Severity severity, int step, String message) {
  }

  /** One step as a person reads it: "approved by Supervisor M. Hollis, 26 Nov 2026 21:39, signature verified". */
  public record Line(SignedStep step, String text, boolean verified) {
  }

  /** What verifying a document found: a line per step and the findings. */
  public record Result(List<Line> lines, List<Finding> findings) {

    public boolean hasErrors() {
      return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
  private static final Set<ReviewStatus> NOTE_FROZEN = EnumSet.of(ReviewStatus.SUBMITTED, ReviewStatus.RESUBMITTED,
      ReviewStatus.APPROVED, ReviewStatus.LOCKED);

  /** What {@code takenAfter} gives for a step whose previous step is not in the chain. */
  private static final int BROKEN = -2;

  private final Roster roster;
  private final Function<String, Optional<Person>> people;

  /** Checks against the people of {@code index}, as a first look at the casebook would ({@link Roster#of}). */
  public ChainCheck(Casebook index) {
    this(Roster.of(index));
  }

  /** Checks against {@code roster}: only the keys it counts sign steps that verify. */
  public ChainCheck(Roster roster) {
    this.roster = roster;
    this.people = roster::person;
  }

  /** Verifies {@code document}; a plan, which has no workflow, has nothing to verify. */
  public Result verify(Document document) {
    Replay replay = new Replay(document);
    if (document instanceof ReflectionNote note) {
      replay.note(note);
    } else if (document instanceof BoundaryAgreement agreement) {
      replay.agreement(agreement);
    }
    return new Result(List.copyOf(replay.lines), List.copyOf(replay.findings));
  }

  /** The steps of one document walked in order, with what they left behind. */
  private final class Replay {
    final Document document;
    final List<Line> lines = new ArrayList<>();
    final List<String> named = new ArrayList<>();   // "Step 2 (approved by …, 26 Nov 2026 21:39)", for findings
    final List<Finding> findings = new ArrayList<>();
    final List<String> digests = new ArrayList<>();
    final Set<String> seen = new java.util.HashSet<>();

    Replay(Document document) {
      this.document = document;
    }

    /**
     * The index of the step that step {@code i} names as the one it was taken after: the step just
     * before it, or, where two workstations' steps were united, an earlier one with only steps that
     * commute between: comments in a note ({@link NoteUnion}), and for a signature step of an
     * agreement, other signature steps ({@link AgreementUnion}). -1 for the first step, {@link
     * #BROKEN} when the step it names is not there.
     */
    int takenAfter(int i) {
      String previous = Objects.requireNonNullElse(document.getSteps().get(i).getPreviousDigest(), "");
      if (i == 0) {
        return previous.isEmpty() ? -1 : BROKEN;
      }
      for (int j = i - 1; j >= 0; j--) {
        if (previous.equals(digest(j))) {
          return j;
        }
        if (!mayBeSkipped(i, j)) {
          break;
        }
      }
      return BROKEN;
    }

    /** Whether step {@code j} commutes with a later step {@code i}, so that {@code i} may have been taken without it. */
    boolean mayBeSkipped(int i, int j) {
      String skipped = document.getSteps().get(j).getStep();
      if (document instanceof ReflectionNote) {
        return ReviewWorkflow.COMMENT.equals(skipped);
      }
      String sign = Agreements.stepName(Agreements.Step.SIGN);
      return document instanceof BoundaryAgreement && sign.equals(skipped) && sign.equals(document.getSteps().get(i).getStep());
    }

    String digest(int j) {
      while (digests.size() <= j) {
        digests.add(StepChain.digest(document, document.getSteps().get(digests.size())));
      }
      return digests.get(j);
    }

    void error(int step, String message) {
      findings.add(new Finding(Severity.ERROR, step, message));
    }

    /** The step's signer, when its signature, link, date and key hold; null (with the finding recorded) otherwise. */
    Person checked(int i) {
      SignedStep step = document.getSteps().get(i);
      Optional<Person> actor = people.apply(step.getActorId());
      String who = actor.map(ChainCheck::name).orElse(step.getActorId());
      String what = describe(step, who);
      Optional<PublicKey> key = Keys.decode(step.getPublicKey());
      boolean signed = key.isPresent() && Keys.verifies(key.get(), StepChain.canonicalBytes(document, step), StepChain.signatureBytes(step));
      lines.add(new Line(step, what + (signed ? ", signature verified" : ", SIGNATURE DOES NOT VERIFY"), signed));
      named.add("Step " + (i + 1) + " (" + what + ")");
      String named = this.named.get(i);
      if (!signed) {
        error(i, named + ": the signature does not verify; the step or the document was changed after it was signed.");
        return null;
      }
      int after = takenAfter(i);
      if (!seen.add(digest(i))) {
        error(i, named + " appears twice: a signed step was copied.");
      } else if (after == BROKEN) {
        error(i, named + " does not follow the step before it: a signed step was removed, added or moved.");
      }
      if (step.getDocumentVersion() != StepChain.versionOf(document)) {
        error(i, named + " was signed for version " + step.getDocumentVersion() + ", not this one.");
      }
      if (after >= 0 && step.getAt() != null && document.getSteps().get(after).getAt() != null
          && Dates.time(step.getAt()).isBefore(Dates.time(document.getSteps().get(after).getAt()))) {
        error(i, named + " is dated before the step before it: it was backdated.");
      }
      if (actor.isEmpty()) {
        error(i, named + " was signed by " + step.getActorId() + ", who is not a person of this casebook.");
        return null;
      }
      Optional<PersonKey> theirs = Keys.keyOf(actor.get(), step.getPublicKey());
      if (theirs.isEmpty()) {
        error(i, named + " was signed with a key that is not " + who + "'s (key " + Keys.shown(Keys.fingerprint(step.getPublicKey())) + ").");
        return null;
      }
      String notCounted = roster.refusal(actor.get(), theirs.get());
      if (notCounted != null) {
        error(i, named + " was signed with a key that does not count: " + notCounted + ".");
        return null;
      }
      LocalDateTime retired = Dates.time(theirs.get().getRetired());
      if (retired != null && step.getAt() != null && Dates.time(step.getAt()).isAfter(retired)) {
        error(i, named + " was signed with a key " + who + " retired on " + SHOWN.format(retired) + ".");
      }
      return actor.get();
    }

    void note(ReflectionNote note) {
      List<SignedStep> steps = note.getSteps();
      if (steps.isEmpty()) {
        legacyNote(note);
        return;
      }
      ReviewStatus status = ReviewStatus.DRAFT;
      int comments = 0;
      int amendments = 0;
      int unlocks = 0;
      String approver = null;
      for (int i = 0; i < steps.size(); i++) {
        SignedStep step = steps.get(i);
        Person actor = checked(i);
        String named = this.named.get(i);
        if (ReviewWorkflow.ATTEST.equals(step.getStep())) {
          if (i != 0) {
            error(i, named + ": earlier steps are signed only as a note's first signed step.");
          }
          if (actor != null && (!actor.getRoles().contains(Role.SUPERVISOR) || actor.getId().equals(note.getAuthorId()))) {
            error(i, named + " was not " + name(actor) + "'s to take: only a supervisor other than the author signs earlier steps.");
          }
          Map<String, String> attested = attested(step.getDetail());
          status = Optional.ofNullable(ReviewStatus.get(attested.get(""))).orElse(status);
          // an attest of before its detail held the counts vouches for what the note holds
          comments = count(attested, "comments", note.getComments().size());
          amendments = count(attested, "amendments", note.getAmendments().size());
          unlocks = count(attested, "unlocks", note.getUnlocks().size());
          approver = attested.containsKey("approval") ? Objects.toString(attested.get("approval"), "").isEmpty() ? null : attested.get("approval")
              : note.getApproval() == null ? null : note.getApproval().getSigner();
          continue;
        }
        if (ReviewWorkflow.COMMENT.equals(step.getStep()) || ReviewWorkflow.AMEND.equals(step.getStep())) {
          boolean comment = ReviewWorkflow.COMMENT.equals(step.getStep());
          if (actor != null && comment && !actor.getRoles().contains(Role.SUPERVISOR)) {
            error(i, named + " was not " + name(actor) + "'s to take: only supervisors comment.");
          }
          if (actor != null && !comment && status != ReviewStatus.LOCKED) {
            error(i, named + ": only a locked note is amended; it was " + status.getLiteral() + ".");
          }
          if (comment) {
            comments++;
          } else {
            amendments++;
          }
          continue;
        }
        ReviewWorkflow.Step workflowStep = reviewStep(step.getStep());
        if (workflowStep == null) {
          error(i, named + " is not a step of a reflection's review.");
          continue;
        }
        Optional<String> refused = ReviewWorkflow.statusRefusal(status, workflowStep);
        if (actor != null) {
          refused = refused.or(() -> ReviewWorkflow.roleRefusal(workflowStep, actor, note.getAuthorId()));
        }
        if (refused.isPresent()) {
          error(i, named + " was not allowed: " + refused.get());
        }
        switch (workflowStep) {
          case SUBMIT -> status = ReviewStatus.SUBMITTED;
          case RESUBMIT -> status = ReviewStatus.RESUBMITTED;
          case RETURN -> {
            status = ReviewStatus.RETURNED;
            comments++;
          }
          case APPROVE -> {
            status = ReviewStatus.APPROVED;
            approver = step.getActorId();
          }
          case LOCK -> status = ReviewStatus.LOCKED;
          case UNLOCK -> {
            status = ReviewStatus.RETURNED;
            unlocks++;
          }
        }
      }
      if (status != note.getStatus()) {
        error(-1, "The note says it is " + note.getStatus().getLiteral() + ", but its signed steps leave it " + status.getLiteral()
            + ": its status was changed outside Rapport.");
      }
      if ((status == ReviewStatus.APPROVED || status == ReviewStatus.LOCKED)
          && (note.getApproval() == null || !Objects.equals(note.getApproval().getSigner(), approver))) {
        error(-1, "The note's approval is not the one its signed steps record (by " + nameOf(approver) + "): it was removed or replaced.");
      }
      counted(comments, note.getComments().size(), "comment");
      counted(amendments, note.getAmendments().size(), "amendment");
      counted(unlocks, note.getUnlocks().size(), "unlock");
      if (NOTE_FROZEN.contains(status)) {
        content(ReviewWorkflow.fingerprint(note), "note");
      }
    }

    void counted(int signed, int present, String what) {
      if (signed != present) {
        error(-1, "The note holds " + present + " " + what + (present == 1 ? "" : "s") + " but " + signed + " signed step"
            + (signed == 1 ? "" : "s") + " record" + (signed == 1 ? "s" : "") + " them: " + (present > signed ? "one was added" : "one was removed")
            + " outside Rapport.");
      }
    }

    /** The content must be what the last step signed. */
    void content(String now, String what) {
      List<SignedStep> steps = document.getSteps();
      SignedStep last = steps.get(steps.size() - 1);
      if (!now.equals(last.getContentDigest())) {
        error(steps.size() - 1, "The " + what + " differs from what was signed at " + named.get(steps.size() - 1).replaceFirst("^Step", "step")
            + ", and no signed step explains the change: it was changed outside Rapport.");
      }
    }

    void legacyNote(ReflectionNote note) {
      if (note.getStatus() == ReviewStatus.DRAFT) {
        return;
      }
      findings.add(new Finding(Severity.WARNING, -1, "Unsigned (before signing existed): the note is " + note.getStatus().getLiteral()
          + ", but none of its review steps is signed; a supervisor can sign them (rapport verify --attest)."));
      Signature approval = note.getApproval();
      if ((note.getStatus() == ReviewStatus.APPROVED || note.getStatus() == ReviewStatus.LOCKED) && approval == null) {
        error(-1, "The note says it is " + note.getStatus().getLiteral() + " but has no approval.");
      } else if (approval != null && Objects.equals(approval.getSigner(), note.getAuthorId())) {
        error(-1, "The note was approved by its own author.");
      }
    }

    void agreement(BoundaryAgreement agreement) {
      List<SignedStep> steps = agreement.getSteps();
      if (steps.isEmpty()) {
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
          findings.add(new Finding(Severity.WARNING, -1, "Unsigned (before signing existed): version " + agreement.getVersion() + " is "
              + agreement.getStatus().getLiteral() + ", but none of its steps is signed; a supervisor can sign them (rapport verify --attest)."));
        }
        return;
      }
      AgreementStatus status = AgreementStatus.DRAFT;
      LocalDateTime proposed = null;
      List<String> signatures = new ArrayList<>();
      for (int i = 0; i < steps.size(); i++) {
        SignedStep step = steps.get(i);
        Person actor = checked(i);
        String named = this.named.get(i);
        String name = step.getStep() == null ? "" : step.getStep();
        if (actor != null && !involved(agreement, actor) && !name.equals(Agreements.ATTEST)) {
          error(i, named + " was not " + name(actor) + "'s to take: only the agreement's author, its trainee or its supervisor take its steps.");
        }
        String wrongStatus = null;
        switch (name) {
          case Agreements.ATTEST -> {
            if (i != 0) {
              error(i, named + ": earlier steps are signed only as a version's first signed step.");
            }
            if (actor != null && !actor.getRoles().contains(Role.SUPERVISOR)) {
              error(i, named + " was not " + name(actor) + "'s to take: only a supervisor signs earlier steps.");
            }
            Map<String, String> attested = attested(step.getDetail());
            status = Optional.ofNullable(AgreementStatus.get(attested.get(""))).orElse(status);
            if (attested.containsKey("signatures")) {
              for (String given : attested.get("signatures").split(",")) {
                if (!given.isEmpty()) {
                  signatures.add(given);
                }
              }
            } else {
              agreement.getSignatures().forEach(s -> signatures.add(key(s.getRole(), s.getSigner())));   // an attest of before it named them
            }
          }
          case "revise" -> wrongStatus = i != 0 || agreement.getVersion() < 2 ? "a version is revised from the one before it, as its first step" : null;
          case "propose" -> {
            wrongStatus = status != AgreementStatus.DRAFT ? "only a draft is proposed" : null;
            status = AgreementStatus.PROPOSED;
            proposed = Dates.time(step.getAt());
          }
          case "withdraw" -> {
            wrongStatus = status != AgreementStatus.PROPOSED || !signatures.isEmpty() ? "only a proposed version nobody signed goes back to draft" : null;
            status = AgreementStatus.DRAFT;
          }
          case "sign" -> {
            wrongStatus = status != AgreementStatus.PROPOSED ? "signatures are recorded on a proposed version" : null;
            signature(agreement, i, named, step, actor, proposed, signatures);
            if (signatures.size() >= agreement.getParties().size()) {
              status = AgreementStatus.SIGNED;
            }
          }
          case Agreements.SUPERSEDE -> {
            wrongStatus = status != AgreementStatus.SIGNED ? "only a signed version is superseded" : null;
            status = AgreementStatus.SUPERSEDED;
          }
          case "end" -> {
            wrongStatus = status != AgreementStatus.SIGNED ? "only a signed version is ended" : null;
            status = AgreementStatus.ENDED;
          }
          default -> error(i, named + " is not a step of an agreement.");
        }
        if (wrongStatus != null) {
          error(i, named + " was not allowed: " + wrongStatus + ".");
        }
      }
      if (status != agreement.getStatus()) {
        error(-1, "Version " + agreement.getVersion() + " says it is " + agreement.getStatus().getLiteral() + ", but its signed steps leave it "
            + status.getLiteral() + ": its status was changed outside Rapport.");
      }
      List<String> present = agreement.getSignatures().stream().map(s -> key(s.getRole(), s.getSigner())).toList();
      if (!new java.util.HashSet<>(present).equals(new java.util.HashSet<>(signatures)) || present.size() != signatures.size()) {
        error(-1, "The signatures of version " + agreement.getVersion() + " are not the ones its signed steps record: one was added or removed"
            + " outside Rapport.");
      }
      if (status != AgreementStatus.DRAFT) {
        content(Agreements.fingerprint(agreement), "text of version " + agreement.getVersion());
      }
    }

    void signature(BoundaryAgreement agreement, int i, String named, SignedStep step, Person actor, LocalDateTime proposed,
        List<String> signatures) {
      PartyRole role = null;
      SignatureMethod method = null;
      LocalDateTime given = null;
      for (String part : Objects.requireNonNullElse(step.getDetail(), "").split(";")) {
        String[] pair = part.split("=", 2);
        try {
          switch (pair[0]) {
            case "role" -> role = PartyRole.get(pair[1]);
            case "method" -> method = SignatureMethod.get(pair[1]);
            case "given" -> given = LocalDateTime.parse(pair[1]);
            default -> { }
          }
        } catch (RuntimeException e) {
          // left null: reported below
        }
      }
      if (role == null || method == null || given == null) {
        error(i, named + " does not say whose signature it records, how or when it was given.");
        return;
      }
      Optional<Party> party = Agreements.party(agreement, role);
      String reference = party.map(Party::getReference).orElse(null);
      if (actor != null && method == SignatureMethod.TYPED_IN_SESSION && role != PartyRole.CLIENT && !actor.getId().equals(reference)) {
        error(i, named + " was not " + name(actor) + "'s to take: only " + nameOf(reference) + " types the " + role.getLiteral() + "'s signature.");
      }
      if (proposed != null && given.isBefore(proposed.withSecond(0))) {
        error(i, named + ": the signature is dated " + SHOWN.format(given) + ", before the version was proposed on " + SHOWN.format(proposed)
            + ": it was backdated.");
      }
      if (step.getAt() != null && given.isAfter(Dates.time(step.getAt()).plusMinutes(1))) {
        error(i, named + ": the signature is dated " + SHOWN.format(given) + ", after it was recorded.");
      }
      String key = key(role, reference);
      if (signatures.contains(key)) {
        error(i, named + ": the " + role.getLiteral() + " had signed this version already.");
      }
      signatures.add(key);
      LocalDateTime shownGiven = given;
      PartyRole shownRole = role;
      boolean recorded = agreement.getSignatures().stream()
          .anyMatch(s -> s.getRole() == shownRole && Objects.equals(s.getSigner(), reference) && shownGiven.equals(Dates.time(s.getSignedAt())));
      if (!recorded) {
        error(i, named + ": the agreement holds no " + role.getLiteral() + "'s signature given " + SHOWN.format(given)
            + " as the step records; it was changed or removed.");
      }
    }

    String nameOf(String personId) {
      return personId == null ? "no one" : people.apply(personId).map(ChainCheck::name).orElse(personId);
    }
  }

  /** An attest step's detail: the status under "", then each "name=value" that follows it. */
  private static Map<String, String> attested(String detail) {
    Map<String, String> parts = new java.util.HashMap<>();
    String[] fields = Objects.requireNonNullElse(detail, "").split("; ");
    parts.put("", fields[0]);
    for (int i = 1; i < fields.length; i++) {
      int equals = fields[i].indexOf('=');
      if (equals > 0) {
        parts.put(fields[i].substring(0, equals), fields[i].substring(equals + 1));
      }
    }
    return parts;
  }

  private static int count(Map<String, String> attested, String name, int otherwise) {
    try {
      return attested.containsKey(name) ? Integer.parseInt(attested.get(name)) : otherwise;
    } catch (NumberFormatException e) {
      return -1;   // a damaged count matches nothing, and is reported as such
    }
  }

  private static String key(PartyRole role, String reference) {
    return role.getLiteral() + ":" + reference;
  }

  private static boolean involved(BoundaryAgreement agreement, Person actor) {
    return actor.getId().equals(agreement.getAuthorId())
        || agreement.getParties().stream().anyMatch(p -> p.getRole() != PartyRole.CLIENT && actor.getId().equals(p.getReference()));
  }

  private static ReviewWorkflow.Step reviewStep(String name) {
    for (ReviewWorkflow.Step step : ReviewWorkflow.Step.values()) {
      if (ReviewWorkflow.stepName(step).equals(name)) {
        return step;
      }
    }
    return null;
  }

  private static String name(Person person) {
    return org.rapport.model.operations.People.name(person);
  }

  /** "approved by Supervisor M. Hollis (demo), 26 Nov 2026 21:39". */
  private String describe(SignedStep step, String who) {
    String detail = Objects.requireNonNullElse(step.getDetail(), "");
    String done = switch (Objects.requireNonNullElse(step.getStep(), "")) {
      case "submit" -> "submitted";
      case "resubmit" -> "resubmitted";
      case "return" -> "returned with comments";
      case "approve" -> "approved";
      case "lock" -> "locked";
      case "unlock" -> "unlocked";
      case "comment" -> "commented";
      case "amend" -> "amended";
      case "attest" -> "earlier steps signed (as " + attested(detail).get("") + ")";
      case "propose" -> "proposed";
      case "withdraw" -> "taken back to draft";
      case "sign" -> "signature of the " + detail.replaceFirst("^role=([^;]*).*", "$1") + " recorded"
          + (detail.contains("method=paper-recorded") ? " (given on paper)" : detail.contains("role=client") ? " (typed in the session)" : "");
      case "revise" -> "revised from " + detail;
      case "supersede" -> "superseded by " + detail;
      case "end" -> "ended";
      default -> Objects.requireNonNullElse(step.getStep(), "an unnamed step");
    };
    return done + " by " + who + (step.getAt() == null ? "" : ", " + SHOWN.format(Dates.time(step.getAt())));
  }
}
