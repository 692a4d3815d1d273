// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.rapport.model.AgendaItem;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.time.Dates;

/**
 * The rules of the Rapport model, as EMF validation constraints. Each problem names the object
 * and the feature it concerns, so that editors can show it at the field and the Problems part
 * can jump there. Hand-written rather than generated: the rules read better in one place.
 */
public class RapportConstraints extends EObjectValidator {

  /** Diagnostic source of every problem reported here. */
  public static final String SOURCE = "org.rapport.model";

  /** Codes, one per rule, so that tests and institutions can tell problems apart. */
  public static final int AGENDA_OVER_TIME = 1;
  public static final int AGENDA_MINUTES_NEGATIVE = 2;
  public static final int SIGNATURE_MISSING = 3;
  public static final int REQUIRED_CLAUSE_MISSING = 4;
  public static final int DATES_OUT_OF_ORDER = 5;
  public static final int STAGE_EMPTY = 6;
  public static final int RATING_WITHOUT_EVIDENCE = 7;
  public static final int CODE_NOT_PSEUDONYMOUS = 8;
  public static final int APPROVED_TEXT_CHANGED = 9;
  public static final int SIGNED_TEXT_CHANGED = 10;
  /** A signed step that does not verify, was not its signer's to take, or does not match the document. */
  public static final int STEP_NOT_VERIFIED = 11;
  /** A document whose steps were taken before Rapport signed them. */
  public static final int STEPS_UNSIGNED = 12;

  /**
   * The key under which the validation context ({@code Diagnostician.createDefaultContext()}, then
   * {@code validate(object, context)}) holds whose keys sign the documents' steps: a
   * {@link org.rapport.model.signing.Roster} (as an open casebook gives it, with this workstation's
   * pins), or the casebook index itself; without it, signed steps are not checked.
   */
  public static final String ROSTER = "org.rapport.model.roster";

  /** Categories every agreement must include: the client must know the limits of confidentiality and that a supervised trainee sees them. */
  public static final Set<ClauseCategory> REQUIRED_CATEGORIES =
      EnumSet.of(ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING);

  private static final Set<ReviewStatus> SUBMITTED_OR_LATER = EnumSet.of(ReviewStatus.SUBMITTED,
      ReviewStatus.RESUBMITTED, ReviewStatus.APPROVED, ReviewStatus.LOCKED);

  @Override
  public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
    // the default constraints first (multiplicities, proxies, data values), then ours
    boolean ok = super.validate(eClass, object, diagnostics, context);
    if (object instanceof SessionPlan plan) {
      ok &= validatePlan(plan, diagnostics);
    } else if (object instanceof BoundaryAgreement agreement) {
      ok &= validateAgreement(agreement, diagnostics);
    } else if (object instanceof ReflectionNote note) {
      ok &= validateReflection(note, diagnostics);
    } else if (object instanceof ClientCase client) {
      ok &= validateClient(client, diagnostics);
    } else if (object instanceof Party party && party.getRole() == PartyRole.CLIENT) {
      ok &= pseudonymous(party, party.getReference(), Literals.PARTY__REFERENCE, diagnostics);
    }
    if (object instanceof Document document && document.getClientCode() != null) {
      ok &= pseudonymous(document, document.getClientCode(), Literals.DOCUMENT__CLIENT_CODE, diagnostics);
    }
    if (object instanceof Document document && context != null) {
      Object people = context.get(ROSTER);
      if (people instanceof org.rapport.model.Casebook index) {
        ok &= validateSteps(document, org.rapport.model.signing.Roster.of(index), diagnostics);
      } else if (people instanceof org.rapport.model.signing.Roster roster) {
        ok &= validateSteps(document, roster, diagnostics);
      }
    }
    return ok;
  }

  /** The findings of {@link ChainCheck} on the step they name, else on the document's steps. */
  private boolean validateSteps(Document document, org.rapport.model.signing.Roster roster, DiagnosticChain diagnostics) {
    boolean ok = true;
    for (ChainCheck.Finding finding : new ChainCheck(roster).verify(document).findings()) {
      boolean error = finding.severity() == ChainCheck.Severity.ERROR;
      EObject where = finding.step() >= 0 ? document.getSteps().get(finding.step()) : document;
      EStructuralFeature feature = finding.step() >= 0 ? Literals.SIGNED_STEP__SIGNATURE : Literals.DOCUMENT__STEPS;
      ok &= report(diagnostics, error ? Diagnostic.ERROR : Diagnostic.WARNING, error ? STEP_NOT_VERIFIED : STEPS_UNSIGNED, where, feature,
          finding.message());
    }
    return ok;
  }

  private boolean validatePlan(SessionPlan plan, DiagnosticChain diagnostics) {
    boolean ok = true;
    int total = 0;
    for (AgendaItem item : plan.getAgenda()) {
      if (item.getMinutes() < 0) {
        ok = report(diagnostics, Diagnostic.ERROR, AGENDA_MINUTES_NEGATIVE, item, Literals.AGENDA_ITEM__MINUTES,
            "The agenda item \"" + text(item.getTitle()) + "\" has negative minutes.");
      }
      total += Math.max(0, item.getMinutes());
    }
    if (plan.getLengthMinutes() > 0 && total > plan.getLengthMinutes()) {
      ok = report(diagnostics, Diagnostic.WARNING, AGENDA_OVER_TIME, plan, Literals.SESSION_PLAN__AGENDA,
          "The agenda takes " + total + " minutes but the session is " + plan.getLengthMinutes() + " minutes long.");
    }
    return ok;
  }

  private boolean validateAgreement(BoundaryAgreement agreement, DiagnosticChain diagnostics) {
    boolean ok = true;
    for (ClauseCategory required : REQUIRED_CATEGORIES) {
      boolean present = agreement.getClauses().stream()
          .anyMatch(clause -> clause.isIncluded() && clause.getCategory() == required);
      if (!present) {
        ok = report(diagnostics, Diagnostic.ERROR, REQUIRED_CLAUSE_MISSING, agreement, Literals.BOUNDARY_AGREEMENT__CLAUSES,
            "The agreement has no clause on " + label(required) + "; every agreement needs one.");
      }
    }
    java.util.Optional<org.rapport.model.Signature> broken = org.rapport.model.operations.Agreements.brokenSignature(agreement);
    if (broken.isPresent()) {
      // on the signature, so the check names its line and the editor marks its row
      ok = report(diagnostics, Diagnostic.ERROR, SIGNED_TEXT_CHANGED, broken.get(), Literals.SIGNATURE__FINGERPRINT,
          org.rapport.model.operations.Agreements.verify(agreement).orElseThrow());
    }
    if (org.rapport.model.operations.Agreements.SIGNED_OFF.contains(agreement.getStatus())) {
      for (Party party : agreement.getParties()) {
        boolean signed = agreement.getSignatures().stream().anyMatch(signature -> signature.getRole() == party.getRole()
            && (party.getReference() == null || party.getReference().equals(signature.getSigner())));
        if (!signed) {
          ok = report(diagnostics, Diagnostic.ERROR, SIGNATURE_MISSING, party, Literals.PARTY__REFERENCE,
              "The agreement is marked signed but the " + party.getRole().getLiteral() + " ("
                  + text(party.getDisplayName() != null ? party.getDisplayName() : party.getReference()) + ") has not signed it.");
        }
      }
    }
    ok &= inOrder(agreement, Dates.day(agreement.getEffectiveDate()), Dates.day(agreement.getReviewDate()),
        Literals.BOUNDARY_AGREEMENT__REVIEW_DATE, "The review date comes before the date the agreement takes effect.", diagnostics);
    return ok;
  }

  private boolean validateReflection(ReflectionNote note, DiagnosticChain diagnostics) {
    if (!SUBMITTED_OR_LATER.contains(note.getStatus())) {
      return true;   // a draft may be incomplete
    }
    boolean ok = true;
    java.util.Optional<String> changed = org.rapport.model.operations.ReviewWorkflow.verify(note);
    if (changed.isPresent()) {
      ok = report(diagnostics, Diagnostic.ERROR, APPROVED_TEXT_CHANGED, note, Literals.REFLECTION_NOTE__APPROVAL, changed.get());
    }
    for (StageAnswer answer : note.getAnswers()) {
      if (answer.getText() == null || answer.getText().isBlank()) {
        ok = report(diagnostics, Diagnostic.ERROR, STAGE_EMPTY, answer, Literals.STAGE_ANSWER__TEXT,
            "The reflection was submitted with the stage \"" + text(answer.getStageId()) + "\" left empty.");
      }
    }
    for (TechniqueRating rating : note.getRatings()) {
      if (rating.getEvidence() == null || rating.getEvidence().isBlank()) {
        ok = report(diagnostics, Diagnostic.WARNING, RATING_WITHOUT_EVIDENCE, rating, Literals.TECHNIQUE_RATING__EVIDENCE,
            "The rating of \"" + text(rating.getTechniqueId()) + "\" gives no evidence: name a moment or paraphrase what was said.");
      }
    }
    return ok;
  }

  private boolean validateClient(ClientCase client, DiagnosticChain diagnostics) {
    boolean ok = pseudonymous(client, client.getCode(), Literals.CLIENT_CASE__CODE, diagnostics);
    for (Session session : client.getSessions()) {
      if (session.getDateTime() != null) {
        ok &= inOrder(session, Dates.day(client.getStartDate()), Dates.time(session.getDateTime()).toLocalDate(), Literals.SESSION__DATE_TIME,
            "Session " + session.getNumber() + " is dated before work with " + text(client.getCode()) + " started.", diagnostics);
      }
    }
    return ok;
  }

  private boolean pseudonymous(EObject object, String code, EStructuralFeature feature, DiagnosticChain diagnostics) {
    return PseudonymityGuard.problemWith(code)
        .map(problem -> report(diagnostics, Diagnostic.ERROR, CODE_NOT_PSEUDONYMOUS, object, feature, problem))
        .orElse(true);
  }

  private boolean inOrder(EObject object, LocalDate earlier, LocalDate later, EStructuralFeature feature, String message,
      DiagnosticChain diagnostics) {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      return report(diagnostics, Diagnostic.ERROR, DATES_OUT_OF_ORDER, object, feature, message);
    }
    return true;
  }

  /** Adds a problem whose data is the object and then the feature, as EMF tooling expects; returns false for errors. */
  private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object,
      EStructuralFeature feature, String message) {
    if (diagnostics != null) {
      diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, new Object[] {object, feature}));
    }
    return severity != Diagnostic.ERROR;
  }

  private static String label(ClauseCategory category) {
    return category.getLiteral().replace('-', ' ');
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
