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
public final class ExtensionInstaller implements ChangeApplier {

  /** Marks, in the profile, the features installed as extensions. */
  static final String EXTENSION_PROPERTY = "org.rapport.extension";
  /** What p2 appends to a feature's id for the unit that installs it. */
  private static final String GROUP = ".feature.group";

  private final IProvisioningAgent agent;
  private final InstallationProfile p2;

  /**
   * @param agent the p2 agent of the installation (for the running one, see {@link RunningInstallation})
   * @param profileId its profile, usually {@link IProfileRegistry#SELF}
   */
  public ExtensionInstaller(IProvisioningAgent agent, String profileId) {
    this.agent = agent;
    this.p2 = new InstallationProfile(agent, profileId);
  }

  /** The extensions installed now, by name. */
  public List<Extension> installed() throws InstallException {
    List<Extension> extensions = new ArrayList<>();
    for (IInstallableUnit unit : extensionUnits(p2.profile())) {
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
    IMetadataRepositoryManager metadata = p2.service(IMetadataRepositoryManager.class);
    IArtifactRepositoryManager artifacts = p2.service(IArtifactRepositoryManager.class);
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
      IProfile profile = p2.profile();
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
      IPlanner planner = p2.service(IPlanner.class);
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
        request.setInstallableUnitProfileProperty(unit, InstallationProfile.ROOT_PROPERTY, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(unit, EXTENSION_PROPERTY, Boolean.TRUE.toString());
      }
      ProvisioningContext context = p2.context(location);
      IProvisioningPlan plan = planner.getProvisioningPlan(request, context, progress.split(4));
      if (plan.getStatus().matches(IStatus.ERROR | IStatus.CANCEL)) {
        throw new InstallException(InstallationProfile.explain("cannot be installed in this Rapport", fresh, plan.getStatus()));
      }
      return new Change(fresh.stream().map(ExtensionInstaller::extension).toList(),
          replaced.stream().map(ExtensionInstaller::extension).toList(), InstallationProfile.bundles(plan.getAdditions()), InstallationProfile.bundles(plan.getRemovals()),
          plan, archive);
    } catch (InstallException | RuntimeException e) {
      p2.forget(location);   // the unpacked repository goes with the archive
      throw e;
    }
  }

  /** Works out the removal of the installed extension {@code id}; nothing is changed yet. */
  public Change planUninstall(String id, IProgressMonitor monitor) throws InstallException {
    IProfile profile = p2.profile();
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
    IPlanner planner = p2.service(IPlanner.class);
    IProfileChangeRequest request = planner.createChangeRequest(profile);
    request.removeAll(units);
    ProvisioningContext context = p2.context();
    IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
    if (plan.getStatus().matches(IStatus.ERROR | IStatus.CANCEL)) {
      throw new InstallException(InstallationProfile.explain("cannot be removed", units, plan.getStatus()));
    }
    return new Change(List.of(), units.stream().map(ExtensionInstaller::extension).toList(), List.of(), InstallationProfile.bundles(plan.getRemovals()),
        plan, null);
  }

  @Override
  public void discard(Change change) {
    if (change.archive() != null) {
      p2.forget(change.archive().folder().toUri());
    }
  }

  /**
   * Makes the change; the p2 engine undoes a change that fails half-way, so the installation is
   * as it was or as planned. Takes effect when Rapport starts next.
   */
  @Override
  public void apply(Change change, IProgressMonitor monitor) throws InstallException {
    try {
      p2.perform(change.plan(), monitor);
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
        collector.runGC(p2.profile());
      }
    } catch (InstallException | RuntimeException e) {
      // left for the next opening to collect
    }
  }

  /** The units installed as extensions (never the product's own features). */
  private static IQueryResult<IInstallableUnit> extensionUnits(IProfile profile) {
    return profile.query(new IUProfilePropertyQuery(EXTENSION_PROPERTY, Boolean.TRUE.toString()), null);
  }

  static Extension extension(IInstallableUnit unit) {
    String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
    String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
    String id = unit.getId().endsWith(GROUP) ? unit.getId().substring(0, unit.getId().length() - GROUP.length()) : unit.getId();
    return new Extension(id, name == null || name.isBlank() ? unit.getId() : name, unit.getVersion().toString(),
        provider == null ? "" : provider);
  }
}
