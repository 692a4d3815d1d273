package org.rapport.install;

import java.util.List;

import org.eclipse.equinox.p2.engine.IProvisioningPlan;

/**
 * A change to the installation, worked out but not yet made: shown to the user, then
 * {@link ExtensionInstaller#apply(Change, org.eclipse.core.runtime.IProgressMonitor) applied} or dropped.
 *
 * @param installing the extensions to install (empty when removing)
 * @param removing the extensions to remove (empty when installing)
 * @param bundles the bundles the change adds or removes, as "id version"
 */
public record Change(List<Extension> installing, List<Extension> removing, List<String> bundles, IProvisioningPlan plan,
    ExtensionArchive archive) {

  /** What the change does, in lines for a dialog or a console. */
  public List<String> describe() {
    java.util.ArrayList<String> lines = new java.util.ArrayList<>();
    installing.forEach(extension -> lines.add("Install " + extension.describe()));
    removing.forEach(extension -> lines.add("Remove " + extension.describe()));
    if (!bundles.isEmpty()) {
      lines.add((removing.isEmpty() ? "adding " : "removing ") + bundles.size() + (bundles.size() == 1 ? " bundle: " : " bundles: ")
          + String.join(", ", bundles));
    }
    return lines;
  }
}
