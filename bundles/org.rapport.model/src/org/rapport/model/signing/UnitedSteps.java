// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.rapport.model.Document;
import org.rapport.model.SignedStep;
import org.rapport.model.time.Dates;

/** What {@link NoteUnion} and {@link AgreementUnion} share: how two sides' steps are compared and ordered. */
final class UnitedSteps {

  /** Which of two steps from two workstations goes first: the earlier, then the lesser signature. */
  private static final Comparator<SignedStep> IN_TIME_ORDER = Comparator
      .comparing((SignedStep step) -> Dates.time(step.getAt()), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(step -> Objects.toString(step.getSignature(), ""));

  private UnitedSteps() {
  }

  /**
   * Two workstations' new steps (with what each step added) merged in time order, each side's own
   * order kept: a side's steps name one another, and steps taken within one second must not swap.
   * Both workstations get the same list whichever side is {@code a}.
   */
  static <T> List<T> interleaved(List<T> a, List<T> b, Function<T, SignedStep> step) {
    List<T> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      merged.add(IN_TIME_ORDER.compare(step.apply(a.get(i)), step.apply(b.get(j))) <= 0 ? a.get(i++) : b.get(j++));
    }
    merged.addAll(a.subList(i, a.size()));
    merged.addAll(b.subList(j, b.size()));
    return merged;
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
      return Dates.time(b.getModified());
    }
    return b.getModified() == null || Dates.time(a.getModified()).isAfter(Dates.time(b.getModified())) ? Dates.time(a.getModified()) : Dates.time(b.getModified());
  }
}
