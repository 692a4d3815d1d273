// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Installs institutions' extensions into a Rapport installation, and removes them, through p2:
 * the planner checks that an extension fits the installation before anything is touched, and the
 * engine applies a change whole or not at all. Installed extensions are marked in the profile, so
 * the product's own features can never be removed here. Changes take effect at the next start.
 */
public final class ExtensionInstaller {

  /** Marks, in the profile, the features installed as extensions. */
  static final String EXTENSION_PROPERTY = "org.rapport.extension";
  /** What p2 appends to a feature's id for the unit that installs it. */
  private static final String GROUP = ".feature.group";
  private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";

  private final IProvisioningAgent agent;
  private final String profileId;

  /**
   * @param agent the p2 agent of the installation (for the running one, see {@link RunningInstallation})
   * @param profileId its profile, usually {@link IProfileRegistry#SELF}
   */
  public ExtensionInstaller(IProvisioningAgent agent, String profileId) {
    this.agent = agent;
    this.profileId = profileId;
  }

  /** The extensions installed now, by name. */
  public List<Extension> installed() throws InstallException {
    List<Extension> extensions = new ArrayList<>();
    for (IInstallableUnit unit : extensionUnits(profile())) {
      extensions.add(extension(unit));
    }
    extensions.sort(Comparator.comparing(Extension::name, String.CASE_INSENSITIVE_ORDER));
    return extensions;
  }

  /**
   * Works out the installation of every feature in {@code archive}: what it adds, or why it does not
   * fit. Nothing is changed; {@link #apply} makes the change.
   */
  public Change planInstall(ExtensionArchive archive, IProgressMonitor monitor) throws InstallException {
    SubMonitor progress = SubMonitor.convert(monitor, "Reading " + archive.zip().getFileName(), 10);
    URI location = archive.folder().toUri();
    IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
    IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
    try {
      IMetadataRepository repository;
      try {
        repository = metadata.loadRepository(location, progress.split(3));
        artifacts.loadRepository(location, progress.split(2));
      } catch (ProvisionException e) {
        throw new InstallException(archive.zip().getFileName() + " is not a usable extension repository: " + e.getStatus().getMessage(), e);
      } catch (OperationCanceledException e) {
        throw new InstallException("Cancelled.", e);
      }
      IProfile profile = profile();
      List<IInstallableUnit> groups = new ArrayList<>();
      for (IInstallableUnit unit : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), progress.split(1))) {
        if (!QueryUtil.isCategory(unit) && !QueryUtil.isProduct(unit)) {
          groups.add(unit);
        }
      }
      // a feature included by another comes with it; installed as an extension of its own it
      // would stay behind when the including one is removed
      List<IInstallableUnit> features = groups.stream().filter(unit -> groups.stream()
          .noneMatch(other -> other != unit && other.getRequirements().stream().anyMatch(unit::satisfies))).toList();
      if (features.isEmpty()) {
        throw new InstallException(archive.zip().getFileName() + " holds no extension: its repository has no feature to install.");
      }
      List<IInstallableUnit> fresh = features.stream()
          .filter(unit -> profile.query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty()).toList();
      if (fresh.isEmpty()) {
        throw new InstallException("Everything in " + archive.zip().getFileName() + " is installed already: "
            + String.join(", ", features.stream().map(unit -> extension(unit).describe()).toList()) + ".");
      }
      IPlanner planner = service(IPlanner.class);
      IProfileChangeRequest request = planner.createChangeRequest(profile);
      List<IInstallableUnit> replaced = new ArrayList<>();
      for (IInstallableUnit unit : fresh) {
        // another version of an installed extension replaces it rather than running beside it
        for (IInstallableUnit old : extensionUnits(profile)) {
          if (old.getId().equals(unit.getId())) {
            request.remove(old);
            replaced.add(old);
          }
        }
        request.add(unit);
        request.setInstallableUnitInclusionRules(unit, ProfileInclusionRules.createStrictInclusionRule(unit));
        request.setInstallableUnitProfileProperty(unit, ROOT_PROPERTY, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(unit, EXTENSION_PROPERTY, Boolean.TRUE.toString());
      }
      ProvisioningContext context = context(location);
      IProvisioningPlan plan = planner.getProvisioningPlan(request, context, progress.split(4));
      if (plan.getStatus().matches(IStatus.ERROR | IStatus.CANCEL)) {
        throw new InstallException(explain("cannot be installed in this Rapport", fresh, plan.getStatus()));
      }
      return new Change(fresh.stream().map(ExtensionInstaller::extension).toList(),
          replaced.stream().map(ExtensionInstaller::extension).toList(), bundles(plan.getAdditions()), bundles(plan.getRemovals()),
          plan, archive);
    } catch (InstallException | RuntimeException e) {
      forget(location);   // the unpacked repository goes with the archive
      throw e;
    }
  }

  /** Works out the removal of the installed extension {@code id}; nothing is changed yet. */
  public Change planUninstall(String id, IProgressMonitor monitor) throws InstallException {
    IProfile profile = profile();
    List<IInstallableUnit> units = new ArrayList<>();
    for (IInstallableUnit unit : extensionUnits(profile)) {
      // people know the feature's id; p2 adds ".feature.group" to it
      if (unit.getId().equals(id) || unit.getId().equals(id + GROUP)) {
        units.add(unit);
      }
    }
    if (units.isEmpty()) {
      List<String> ids = installed().stream().map(Extension::id).toList();
      throw new InstallException("No extension '" + id + "' is installed" + (ids.isEmpty() ? " (there are none)."
          : "; installed: " + String.join(", ", ids) + "."));
    }
    IPlanner planner = service(IPlanner.class);
    IProfileChangeRequest request = planner.createChangeRequest(profile);
    request.removeAll(units);
    ProvisioningContext context = context(null);
    IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
    if (plan.getStatus().matches(IStatus.ERROR | IStatus.CANCEL)) {
      throw new InstallException(explain("cannot be removed", units, plan.getStatus()));
    }
    return new Change(List.of(), units.stream().map(ExtensionInstaller::extension).toList(), List.of(), bundles(plan.getRemovals()),
        plan, null);
  }

  /** Drops a change the user decided against; the installation stays as it is. */
  public void discard(Change change) {
    if (change.archive() != null) {
      forget(change.archive().folder().toUri());
    }
  }

  /**
   * Makes the change; the p2 engine undoes a change that fails half-way, so the installation is
   * as it was or as planned. Takes effect when Rapport starts next.
   */
  public void apply(Change change, IProgressMonitor monitor) throws InstallException {
    try {
      IStatus status = service(IEngine.class).perform(change.plan(), monitor);
      if (status.matches(IStatus.ERROR | IStatus.CANCEL)) {
        throw new InstallException(explain(status.matches(IStatus.CANCEL) ? "was cancelled" : "failed", List.of(), status));
      }
    } finally {
      discard(change);
    }
  }

  /**
   * Deletes from the installation the jars that no profile refers to any more: those of extensions
   * removed or replaced earlier. p2 keeps every bundle of the running framework, so a removed
   * extension's jar goes at the first opening of the installation after Rapport restarted without
   * it. A jar left behind costs only disk space, so a failure here is not reported.
   */
  @SuppressWarnings("restriction")
  public void collectGarbage() {
    try {
      if (agent.getService(org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector.SERVICE_NAME)
          instanceof org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector collector) {
        collector.runGC(profile());
      }
    } catch (InstallException | RuntimeException e) {
      // left for the next opening to collect
    }
  }

  /** The units installed as extensions (never the product's own features). */
  private static IQueryResult<IInstallableUnit> extensionUnits(IProfile profile) {
    return profile.query(new IUProfilePropertyQuery(EXTENSION_PROPERTY, Boolean.TRUE.toString()), null);
  }

  private ProvisioningContext context(URI location) {
    ProvisioningContext context = new ProvisioningContext(agent);
    URI[] locations = location == null ? new URI[0] : new URI[] {location};
    context.setMetadataRepositories(locations);
    context.setArtifactRepositories(locations);
    // an extension names no other source; following references could only reach for the network
    context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
    return context;
  }

  /** Takes the unpacked archive out of p2's list of known repositories: it is about to be deleted. */
  private void forget(URI location) {
    service(IMetadataRepositoryManager.class).removeRepository(location);
    service(IArtifactRepositoryManager.class).removeRepository(location);
  }

  private IProfile profile() throws InstallException {
    IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
    if (profile == null) {
      throw new InstallException("This Rapport installation has no p2 profile ('" + profileId + "'), so extensions cannot be"
          + " installed into it. Unpack the product archive again, or ask the lab administrator.");
    }
    return profile;
  }

  private <T> T service(Class<T> type) {
    T service = agent.getService(type);
    if (service == null) {
      throw new IllegalStateException("the installation is incomplete: p2's " + type.getSimpleName() + " is missing");
    }
    return service;
  }

  private static List<String> bundles(org.eclipse.equinox.p2.query.IQueryable<IInstallableUnit> units) {
    Set<String> bundles = new LinkedHashSet<>();
    for (IInstallableUnit unit : units.query(QueryUtil.createIUAnyQuery(), null)) {
      boolean bundle = unit.getProvidedCapabilities().stream().anyMatch(capability -> "osgi.bundle".equals(capability.getNamespace()));
      if (bundle) {
        bundles.add(unit.getId() + " " + unit.getVersion());
      }
    }
    return new ArrayList<>(bundles);
  }

  static Extension extension(IInstallableUnit unit) {
    String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
    String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
    String id = unit.getId().endsWith(GROUP) ? unit.getId().substring(0, unit.getId().length() - GROUP.length()) : unit.getId();
    return new Extension(id, name == null || name.isBlank() ? unit.getId() : name, unit.getVersion().toString(),
        provider == null ? "" : provider);
  }

  /** p2's explanation, flattened to the lines a person can act on ("Missing requirement: …"). */
  static String explain(String what, List<IInstallableUnit> units, IStatus status) {
    StringBuilder text = new StringBuilder();
    text.append(units.isEmpty() ? "The change" : String.join(", ", units.stream().map(unit -> extension(unit).name()).toList()))
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
