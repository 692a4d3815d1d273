// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.extension.ExtensionProblem;

/** A contributed service with the identity it gave when it was bound, and the bundle it came from. */
record Registered<T>(T service, String institution, String id, String bundle, long order, Object reference) {

  String qualifiedId() {
    return institution + "/" + id;
  }

  /** The usable ones of {@code all} (in binding order) and one problem for each later duplicate. */
  record Selection<T>(List<Registered<T>> active, List<ExtensionProblem> duplicates) {
  }

  static <T> Selection<T> select(List<Registered<T>> all, String kind) {
    List<Registered<T>> active = new ArrayList<>();
    List<ExtensionProblem> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Registered<T>> ordered = new ArrayList<>(all);
    ordered.sort((a, b) -> Long.compare(a.order(), b.order()));
    for (Registered<T> registered : ordered) {
      if (seen.add(registered.qualifiedId())) {
        active.add(registered);
      } else {
        String first = active.stream().filter(r -> r.qualifiedId().equals(registered.qualifiedId()))
            .map(Registered::bundle).findFirst().orElse("?");
        duplicates.add(new ExtensionProblem(registered.bundle(), registered.qualifiedId(),
            "a " + kind + " with this institution and id is already installed by " + first + "; this one is ignored"));
      }
    }
    return new Selection<>(List.copyOf(active), List.copyOf(duplicates));
  }
}
