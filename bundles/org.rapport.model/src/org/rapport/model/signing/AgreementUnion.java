// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.PartyRole;
import org.rapport.model.Signature;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.Agreements;
import org.rapport.model.time.Dates;

/**
 * One proposed agreement that two workstations recorded signatures on since they last shared it,
 * made whole again. Recording a signature leaves the signed text as it was (its fingerprint covers
 * the clauses and parties, not the signatures), so the trainee recording the client's signature on
 * one workstation while the supervisor signs on another commute: the union holds the shared steps,
 * then every signature step of both sides in time order. Each step still names the step it was
 * taken after, and {@link ChainCheck} accepts a signature step that skips over other signature
 * steps.
 *
 * <p>Nothing else is united: a side that withdrew, edited or did anything but record signatures, or
 * two sides that recorded a signature for the same party, is a conflict for a person. So is a union
 * that would complete the signatures of a revision, because signing a revision supersedes the
 * version before it, which is a step of its own that someone has to sign. The caller verifies the
 * union with {@link ChainCheck} before using it.
 */
public final class AgreementUnion {

  private static final String SIGN = Agreements.stepName(Agreements.Step.SIGN);

  private AgreementUnion() {
  }

  /**
   * The union of {@code ours} and {@code theirs}, both descended from {@code base}, or empty when
   * they are not two sets of signatures that commute. The result is a new agreement, the same on
   * every workstation whichever side is "ours".
   */
  public static Optional<BoundaryAgreement> of(BoundaryAgreement base, BoundaryAgreement ours, BoundaryAgreement theirs) {
    if (base.getStatus() != AgreementStatus.PROPOSED) {
      return Optional.empty();
    }
    List<Recorded> mine = recorded(base, ours);
    List<Recorded> other = recorded(base, theirs);
    if (mine == null || other == null || mine.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    List<Recorded> all = UnitedSteps.interleaved(mine, other, Recorded::step);
    Set<PartyRole> roles = new HashSet<>();
    base.getSignatures().forEach(signature -> roles.add(signature.getRole()));
    if (!all.stream().allMatch(each -> roles.add(each.signature().getRole()))) {
      return Optional.empty();   // one party signed on both workstations: a person says which stands
    }
    BoundaryAgreement union = EcoreUtil.copy(base);
    for (Recorded each : all) {
      union.getSignatures().add(EcoreUtil.copy(each.signature()));
      union.getSteps().add(EcoreUtil.copy(each.step()));
    }
    if (Agreements.unsigned(union).isEmpty()) {
      if (union.getSupersedes() != null && !union.getSupersedes().isBlank()) {
        return Optional.empty();
      }
      union.setStatus(AgreementStatus.SIGNED);
    }
    union.setModified(Dates.of(UnitedSteps.later(ours, theirs)));
    return Optional.of(union);
  }

  /** A signature a side recorded since the shared version, with its step. */
  private record Recorded(SignedStep step, Signature signature) {
  }

  /**
   * The signatures {@code side} recorded since {@code base}, or null when it did anything else: its
   * steps must begin with the shared ones and go on with signature steps only, one per signature
   * added at the end, and nothing else may differ but its status and when it was saved.
   */
  private static List<Recorded> recorded(BoundaryAgreement base, BoundaryAgreement side) {
    int shared = base.getSteps().size();
    int signed = base.getSignatures().size();
    if (!UnitedSteps.startsWith(side.getSteps(), base.getSteps())) {
      return null;
    }
    List<SignedStep> steps = side.getSteps().subList(shared, side.getSteps().size());
    if (side.getSignatures().size() - signed != steps.size() || !steps.stream().allMatch(step -> SIGN.equals(step.getStep()))) {
      return null;
    }
    BoundaryAgreement before = EcoreUtil.copy(side);
    before.getSteps().subList(shared, before.getSteps().size()).clear();
    before.getSignatures().subList(signed, before.getSignatures().size()).clear();
    before.setStatus(base.getStatus());
    before.setModified(base.getModified());
    if (!EcoreUtil.equals(before, base)) {
      return null;
    }
    List<Recorded> recorded = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      recorded.add(new Recorded(steps.get(i), side.getSignatures().get(signed + i)));
    }
    return recorded;
  }
}
