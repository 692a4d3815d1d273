// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * One installation's p2 profile and the services every change to it uses: the extension installer
 * and the product updater plan against it, read only the repositories they name, and perform
 * through the same engine call.
 */
final class InstallationProfile {

  /** Marks, in a profile, the units installed for their own sake (not as another's requirement). */
  static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";

  private final IProvisioningAgent agent;
  private final String profileId;

  InstallationProfile(IProvisioningAgent agent, String profileId) {
    this.agent = agent;
    this.profileId = profileId;
  }

  IProfile profile() throws InstallException {
    IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
    if (profile == null) {
      throw new InstallException("This Rapport installation has no p2 profile ('" + profileId + "'), so it cannot be changed"
          + " from within. Unpack the product archive again, or ask the lab administrator.");
    }
    return profile;
  }

  <T> T service(Class<T> type) {
    T service = agent.getService(type);
    if (service == null) {
      throw new IllegalStateException("the installation is incomplete: p2's " + type.getSimpleName() + " is missing");
    }
    return service;
  }

  /** A context that reads only {@code locations}: a change names its sources, and any other could only be the network. */
  ProvisioningContext context(URI... locations) {
    ProvisioningContext context = new ProvisioningContext(agent);
    context.setMetadataRepositories(locations);
    context.setArtifactRepositories(locations);
    context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
    return context;
  }

  /** Takes a repository out of p2's list of known ones: it is about to be deleted, or was only read once. */
  void forget(URI location) {
    service(IMetadataRepositoryManager.class).removeRepository(location);
    service(IArtifactRepositoryManager.class).removeRepository(location);
  }

  /** Performs {@code plan}; the engine undoes a plan that fails half-way, so the profile is as it was or as planned. */
  void perform(IProvisioningPlan plan, IProgressMonitor monitor) throws InstallException {
    IStatus status = service(IEngine.class).perform(plan, monitor);
    if (status.matches(IStatus.ERROR | IStatus.CANCEL)) {
      throw new InstallException(explain(status.matches(IStatus.CANCEL) ? "was cancelled" : "failed", List.of(), status));
    }
  }

  /** The bundles among {@code units}, as "id version". */
  static List<String> bundles(IQueryable<IInstallableUnit> units) {
    Set<String> bundles = new LinkedHashSet<>();
    for (IInstallableUnit unit : units.query(QueryUtil.createIUAnyQuery(), null)) {
      boolean bundle = unit.getProvidedCapabilities().stream().anyMatch(capability -> "osgi.bundle".equals(capability.getNamespace()));
      if (bundle) {
        bundles.add(unit.getId() + " " + unit.getVersion());
      }
    }
    return new ArrayList<>(bundles);
  }

  /** p2's explanation, flattened to the lines a person can act on ("Missing requirement: …"). */
  static String explain(String what, List<IInstallableUnit> units, IStatus status) {
    StringBuilder text = new StringBuilder();
    text.append(units.isEmpty() ? "The change" : String.join(", ", units.stream().map(unit -> ExtensionInstaller.extension(unit).name()).toList()))
        .append(' ').append(what).append(": ").append(status.getMessage());
    Set<String> reasons = new LinkedHashSet<>();
    collect(status, reasons);
    reasons.remove(status.getMessage());
    reasons.forEach(reason -> text.append("\n  ").append(reason));
    return text.toString();
  }

  private static void collect(IStatus status, Set<String> into) {
    if (status.getMessage() != null && !status.getMessage().isBlank()) {
      into.add(status.getMessage());
    }
    for (IStatus child : status.getChildren()) {
      collect(child, into);
    }
  }
}
