// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;

/**
 * A change to the installation (extensions installed or removed, or Rapport itself updated or
 * restored), worked out but not yet made: shown to the user, then
 * {@link ChangeApplier#apply(Change, org.eclipse.core.runtime.IProgressMonitor) applied} or
 * {@link ChangeApplier#discard(Change) discarded}.
 *
 * @param installing the extensions (or, for an update, the product and its features) to install; a
 *     newer or older version of an installed one replaces it
 * @param removing the installed extensions (or product and features) the change removes or replaces
 * @param added the bundles the change adds, as "id version"
 * @param removed the bundles the change removes, as "id version"
 */
public record Change(List<Extension> installing, List<Extension> removing, List<String> added, List<String> removed,
    IProvisioningPlan plan, ExtensionArchive archive) {

  /** How many bundles a description names before it counts the rest. */
  private static final int SHOWN = 6;

  /** What the change does, in lines for a dialog or a console. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Extension extension : installing) {
      Optional<Extension> replaced = removing.stream().filter(old -> old.id().equals(extension.id())).findFirst();
      lines.add(replaced.isPresent()
          ? "Update " + extension.name() + " from " + replaced.get().version() + " to " + extension.version() + " (" + extension.id() + ")"
          : "Install " + extension.describe());
    }
    removing.stream().filter(old -> installing.stream().noneMatch(extension -> extension.id().equals(old.id())))
        .forEach(old -> lines.add("Remove " + old.describe()));
    // p2 lists a bundle that stays, but is configured anew, as both removed and added: leave it out
    List<String> adding = added.stream().filter(bundle -> !removed.contains(bundle)).sorted().toList();
    List<String> removing = removed.stream().filter(bundle -> !added.contains(bundle)).sorted().toList();
    if (!adding.isEmpty()) {
      lines.add("adding " + count(adding.size()) + ": " + some(adding));
    }
    if (!removing.isEmpty()) {
      lines.add("removing " + count(removing.size()) + ": " + some(removing));
    }
    return lines;
  }

  /** The first few of a long list, and how many more: a release replaces dozens of bundles. */
  private static String some(List<String> bundles) {
    int shown = bundles.size() > SHOWN + 1 ? SHOWN : bundles.size();
    String first = String.join(", ", bundles.subList(0, shown));
    return shown == bundles.size() ? first : first + " and " + (bundles.size() - shown) + " more";
  }

  private static String count(int bundles) {
    return bundles + (bundles == 1 ? " bundle" : " bundles");
  }
}
