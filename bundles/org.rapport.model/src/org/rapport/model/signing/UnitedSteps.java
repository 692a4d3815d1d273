// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.rapport.model.Document;
import org.rapport.model.SignedStep;

/** What {@link NoteUnion} and {@link AgreementUnion} share: how two sides' steps are compared and ordered. */
final class UnitedSteps {

  /**
   * The order steps from two workstations are put in: by when they were taken, then by signature,
   * so that both workstations build the same union whichever side is theirs.
   */
  static final Comparator<SignedStep> IN_TIME_ORDER = Comparator
      .comparing(SignedStep::getAt, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(step -> Objects.toString(step.getSignature(), ""));

  private UnitedSteps() {
  }

  /** Whether {@code steps} begins with {@code prefix} (steps are the same when their signatures are). */
  static boolean startsWith(List<SignedStep> steps, List<SignedStep> prefix) {
    if (steps.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!Objects.equals(steps.get(i).getSignature(), prefix.get(i).getSignature())) {
        return false;
      }
    }
    return true;
  }

  /** The later of the two documents' save times. */
  static LocalDateTime later(Document a, Document b) {
    if (a.getModified() == null) {
      return b.getModified();
    }
    return b.getModified() == null || a.getModified().isAfter(b.getModified()) ? a.getModified() : b.getModified();
  }
}
