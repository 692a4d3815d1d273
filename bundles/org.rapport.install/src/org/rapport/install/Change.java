// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;

/**
 * A change to the installation, worked out but not yet made: shown to the user, then
 * {@link ExtensionInstaller#apply(Change, org.eclipse.core.runtime.IProgressMonitor) applied} or
 * {@link ExtensionInstaller#discard(Change) discarded}.
 *
 * @param installing the extensions to install (a newer or older version of an installed one replaces it)
 * @param removing the installed extensions the change removes or replaces
 * @param added the bundles the change adds, as "id version"
 * @param removed the bundles the change removes, as "id version"
 */
public record Change(List<Extension> installing, List<Extension> removing, List<String> added, List<String> removed,
    IProvisioningPlan plan, ExtensionArchive archive) {

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
    if (!added.isEmpty()) {
      lines.add("adding " + count(added.size()) + ": " + String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      lines.add("removing " + count(removed.size()) + ": " + String.join(", ", removed));
    }
    return lines;
  }

  private static String count(int bundles) {
    return bundles + (bundles == 1 ? " bundle" : " bundles");
  }
}
