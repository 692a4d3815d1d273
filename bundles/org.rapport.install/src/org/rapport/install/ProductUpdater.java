// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IFileArtifactRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Updates Rapport itself from a release's zipped p2 repository, offline, and restores the version it
 * replaced. The planner checks that the new release fits (with the installed extensions) before
 * anything is touched, and the engine applies it whole or not at all.
 * <p>
 * Rolling back needs the replaced version's jars and root files (start script, Java runtime), and
 * an installation keeps neither: p2 deletes the jars no profile refers to, and root files are
 * unpacked from artifacts that were never copied in. So before an update is performed, the running
 * version is saved as a p2 repository of its own (its units from the profile, its jars from the
 * installation, its root files zipped again from the files p2 recorded unpacking), kept as
 * {@code p2/org.rapport.previous} once the update is made; a rollback plans back to that
 * repository's product and drops it once done. One previous version is kept.
 */
public final class ProductUpdater implements ChangeApplier {

  /** Where the version an update replaced is kept, inside the installation's {@code p2/} folder. */
  static final String PREVIOUS = "org.rapport.previous";
  /** The profile property p2's native touchpoint records for the files a root-file artifact unpacked. */
  private static final String UNZIPPED = "unzipped|@artifact|";
  private static final String BINARY = "binary";

  private final InstallationProfile p2;
  private final Path previous;

  /**
   * @param agent the p2 agent of the installation (for the running one, see {@link RunningInstallation})
   * @param profileId its profile, usually {@link org.eclipse.equinox.p2.engine.IProfileRegistry#SELF}
   */
  public ProductUpdater(IProvisioningAgent agent, String profileId) {
    this.p2 = new InstallationProfile(agent, profileId);
    IAgentLocation location = agent.getService(IAgentLocation.class);
    if (location == null) {
      throw new IllegalStateException("the installation is incomplete: p2's agent location is missing");
    }
    this.previous = Path.of(location.getRootLocation()).resolve(PREVIOUS);
  }

  /** The installed release of Rapport. */
  public Extension installed() throws InstallException {
    return ExtensionInstaller.extension(product(p2.profile()));
  }

  /** The release an update replaced and a rollback would restore, if one is kept. */
  public Optional<Extension> previous() {
    if (!Files.isDirectory(previous)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ExtensionInstaller.extension(savedProduct(saved(null), product(p2.profile()))));
    } catch (InstallException e) {
      return Optional.empty();
    } finally {
      p2.forget(previous.toUri());
    }
  }

  /**
   * Works out the update to the release in {@code archive}: what it replaces, or why it does not
   * fit. Nothing is changed; {@link #apply} makes the change.
   */
  public Change planUpdate(ExtensionArchive archive, IProgressMonitor monitor) throws InstallException {
    SubMonitor progress = SubMonitor.convert(monitor, "Reading " + archive.zip().getFileName(), 10);
    URI location = archive.folder().toUri();
    try {
      IMetadataRepository repository = load(location, archive.zip().getFileName() + " is not a usable Rapport release", progress.split(5));
      IProfile profile = p2.profile();
      IInstallableUnit current = product(profile);
      IInstallableUnit next = latest(repository, current.getId(), progress.split(1)).filter(QueryUtil::isProduct).orElseThrow(() -> new InstallException(
          archive.zip().getFileName() + " holds no release of " + name(current) + " (no product '" + current.getId() + "' in its"
              + " repository). An institution's extension is installed with Help > Install Extension from Archive instead."));
      int order = next.getVersion().compareTo(current.getVersion());
      if (order == 0) {
        throw new InstallException(name(current) + " " + current.getVersion() + " is installed already.");
      }
      if (order < 0) {
        throw new InstallException(archive.zip().getFileName() + " holds " + name(next) + " " + next.getVersion() + ", older than the"
            + " installed " + current.getVersion() + ". To go back to the version an update replaced, use \"rapport rollback\""
            + " or Help > Restore Previous Version.");
      }
      return plan(profile, current, next, repository, "cannot be updated from " + archive.zip().getFileName(), progress.split(4),
          archive, location);
    } catch (InstallException | RuntimeException e) {
      p2.forget(location);   // the unpacked repository goes with the archive
      throw e;
    }
  }

  /** Works out going back to the release the last update replaced; nothing is changed yet. */
  public Change planRollback(IProgressMonitor monitor) throws InstallException {
    SubMonitor progress = SubMonitor.convert(monitor, "Reading the previous version", 10);
    IProfile profile = p2.profile();
    IInstallableUnit current = product(profile);
    if (!Files.isDirectory(previous)) {
      throw new InstallException("No earlier version of " + name(current) + " is kept in this installation: it was not updated"
          + " since it was installed, or the version an update replaced was restored already. " + name(current) + " "
          + current.getVersion() + " stays installed.");
    }
    IMetadataRepository saved = saved(progress.split(5));
    IInstallableUnit earlier = savedProduct(saved, current);
    if (earlier.getVersion().equals(current.getVersion())) {
      throw new InstallException(name(current) + " " + current.getVersion() + " is the version kept for a rollback: there is no"
          + " earlier one to go back to.");
    }
    return plan(profile, current, earlier, saved, "cannot be restored", progress.split(5), null, previous.toUri());
  }

  /**
   * Plans {@code current} replaced by {@code target}, and each other root the product installed (its
   * features) by the version {@code source} holds: those are roots of their own, which the product
   * unit alone would leave as they are. Extensions stay, if they fit.
   */
  private Change plan(IProfile profile, IInstallableUnit current, IInstallableUnit target, IQueryable<IInstallableUnit> source,
      String refusal, IProgressMonitor monitor, ExtensionArchive archive, URI location) throws InstallException {
    IPlanner planner = p2.service(IPlanner.class);
    IProfileChangeRequest request = planner.createChangeRequest(profile);
    List<IInstallableUnit> installing = new ArrayList<>();
    List<IInstallableUnit> removing = new ArrayList<>();
    replace(request, current, target, installing, removing);
    IUProfilePropertyQuery roots = new IUProfilePropertyQuery(InstallationProfile.ROOT_PROPERTY, Boolean.TRUE.toString());
    for (IInstallableUnit root : profile.query(roots, null)) {
      boolean extension = Boolean.parseBoolean(profile.getInstallableUnitProperty(root, ExtensionInstaller.EXTENSION_PROPERTY));
      if (!extension && !root.getId().equals(current.getId())) {
        latest(source, root.getId(), null).filter(unit -> !unit.getVersion().equals(root.getVersion()))
            .ifPresent(unit -> replace(request, root, unit, installing, removing));
      }
    }
    IProvisioningPlan plan = planner.getProvisioningPlan(request, p2.context(location), monitor);
    if (plan.getStatus().matches(IStatus.ERROR | IStatus.CANCEL)) {
      throw new InstallException(InstallationProfile.explain(refusal, List.of(target), plan.getStatus()));
    }
    return new Change(installing.stream().map(ExtensionInstaller::extension).toList(),
        removing.stream().map(ExtensionInstaller::extension).toList(), InstallationProfile.bundles(plan.getAdditions()),
        InstallationProfile.bundles(plan.getRemovals()), plan, archive);
  }

  private static void replace(IProfileChangeRequest request, IInstallableUnit old, IInstallableUnit replacement,
      List<IInstallableUnit> installing, List<IInstallableUnit> removing) {
    request.remove(old);
    request.add(replacement);
    request.setInstallableUnitInclusionRules(replacement, ProfileInclusionRules.createStrictInclusionRule(replacement));
    request.setInstallableUnitProfileProperty(replacement, InstallationProfile.ROOT_PROPERTY, Boolean.TRUE.toString());
    installing.add(replacement);
    removing.add(old);
  }

  /**
   * Makes the change. An update first saves the running version aside (and refuses, changing
   * nothing, when that fails: a full disk, say) and keeps it as the previous version only once the
   * update is made, so a failed update leaves the previous version as it was; a rollback drops the
   * saved version once it is installed again.
   */
  @Override
  public void apply(Change change, IProgressMonitor monitor) throws InstallException {
    SubMonitor progress = SubMonitor.convert(monitor, 10);
    boolean update = change.archive() != null;
    try {
      Path running = update ? saveRunning(p2.profile(), progress.split(4)) : null;
      try {
        p2.perform(change.plan(), progress.split(6));
      } catch (InstallException | RuntimeException e) {
        delete(running);
        throw e;
      }
      if (update) {
        keepAsPrevious(running);
      } else {
        p2.forget(previous.toUri());
        delete(previous);
      }
    } finally {
      discard(change);
    }
  }

  private void keepAsPrevious(Path running) throws InstallException {
    try {
      delete(previous);
      Files.move(running, previous, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InstallException("Rapport was updated, but the version it replaced could not be kept for a rollback (" + e + ").", e);
    }
  }

  @Override
  public void discard(Change change) {
    if (change.archive() != null) {
      p2.forget(change.archive().folder().toUri());
    } else {
      p2.forget(previous.toUri());
    }
  }

  /**
   * Writes the running version as a repository beside the previous one: every unit of the profile,
   * each jar and feature from the installation, each root-file artifact zipped again. Returns where.
   */
  private Path saveRunning(IProfile profile, IProgressMonitor monitor) throws InstallException {
    Path incoming = previous.resolveSibling(PREVIOUS + ".incoming");
    List<IInstallableUnit> units = new ArrayList<>();
    profile.query(QueryUtil.createIUAnyQuery(), null).forEach(units::add);
    SubMonitor progress = SubMonitor.convert(monitor, "Keeping the installed version for a rollback", units.size() + 2);
    Path installFolder = Path.of(profile.getProperty(IProfile.PROP_INSTALL_FOLDER));
    try {
      delete(incoming);
      Files.createDirectories(incoming);
      IMetadataRepositoryManager metadataManager = p2.service(IMetadataRepositoryManager.class);
      IArtifactRepositoryManager artifactManager = p2.service(IArtifactRepositoryManager.class);
      String name = name(product(profile)) + " " + product(profile).getVersion();
      IMetadataRepository metadata = metadataManager.createRepository(incoming.toUri(), name,
          IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
      metadata.addInstallableUnits(units);
      IArtifactRepository artifacts = artifactManager.createRepository(incoming.toUri(), name,
          IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
      IFileArtifactRepository pool = null;   // read when a unit has a jar or a feature
      progress.worked(1);
      for (IInstallableUnit unit : units) {
        if (progress.isCanceled()) {
          throw new OperationCanceledException();
        }
        for (IArtifactKey key : unit.getArtifacts()) {
          if (artifacts.contains(key)) {
            continue;
          }
          if (BINARY.equals(key.getClassifier())) {
            saveRootFiles(artifacts, key, profile, unit, installFolder);
          } else {
            pool = pool != null ? pool : pool(profile, installFolder);
            File file = pool.getArtifactFile(key);
            if (file == null || !file.exists()) {
              throw new InstallException("The installed " + key.getId() + " " + key.getVersion() + " is missing from " + installFolder
                  + ", so the running version could not be kept for a rollback.");
            }
            save(artifacts, key, file.toPath(), null);
          }
        }
        progress.worked(1);
      }
      metadataManager.removeRepository(incoming.toUri());
      artifactManager.removeRepository(incoming.toUri());
      progress.worked(1);
      return incoming;
    } catch (IOException e) {
      delete(incoming);
      throw new InstallException("The running version could not be kept for a rollback (" + e + "), so nothing was changed."
          + " Check that " + installFolder + " has free space, and try again.", e);
    } catch (ProvisionException e) {
      delete(incoming);
      throw new InstallException("The running version could not be kept for a rollback (" + e.getStatus().getMessage()
          + "), so nothing was changed.", e);
    } catch (InstallException | RuntimeException e) {
      delete(incoming);
      throw e;
    }
  }

  /** Zips again the files p2 recorded unpacking from a root-file artifact, relative to where they were unpacked. */
  private void saveRootFiles(IArtifactRepository artifacts, IArtifactKey key, IProfile profile, IInstallableUnit unit,
      Path installFolder) throws IOException, ProvisionException, InstallException {
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> property : profile.getInstallableUnitProperties(unit).entrySet()) {
      if (!property.getKey().startsWith(UNZIPPED)) {
        continue;
      }
      // recorded with the folder of the installation as it was when unpacked (it may have moved since)
      String target = property.getKey().substring(UNZIPPED.length());
      for (String recorded : property.getValue().split("\\|")) {
        if (recorded.length() > target.length() && recorded.startsWith(target)) {
          Path file = installFolder.resolve(recorded.substring(target.length() + 1)).normalize();
          if (file.startsWith(installFolder) && Files.isRegularFile(file)) {
            files.add(file);
          }
        }
      }
    }
    if (files.isEmpty()) {
      throw new InstallException("The files of the installed " + key.getId() + " " + key.getVersion() + " are not recorded in the"
          + " profile, so the running version could not be kept for a rollback.");
    }
    save(artifacts, key, installFolder, files);
  }

  /** Writes one artifact: a file as it is, a folder (or the listed files of one) as a zip of its contents. */
  private static void save(IArtifactRepository artifacts, IArtifactKey key, Path source, List<Path> only)
      throws IOException, ProvisionException {
    IArtifactDescriptor descriptor = artifacts.createArtifactDescriptor(key);
    try (OutputStream out = artifacts.getOutputStream(descriptor)) {
      if (only == null && Files.isRegularFile(source)) {
        Files.copy(source, out);
        return;
      }
      List<Path> files = only;
      if (files == null) {
        try (Stream<Path> all = Files.walk(source)) {
          files = all.filter(Files::isRegularFile).sorted().toList();
        }
      }
      ZipOutputStream zip = new ZipOutputStream(out);
      for (Path file : files) {
        zip.putNextEntry(new ZipEntry(source.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
      zip.finish();
    }
  }

  /** The installation's own artifacts: the jars and features p2 unpacked into it. */
  private IFileArtifactRepository pool(IProfile profile, Path installFolder) throws ProvisionException, InstallException {
    String cache = profile.getProperty(IProfile.PROP_CACHE);
    IArtifactRepository repository = p2.service(IArtifactRepositoryManager.class)
        .loadRepository((cache != null ? Path.of(cache) : installFolder).toUri(), null);
    if (repository instanceof IFileArtifactRepository files) {
      return files;
    }
    throw new InstallException("The installation in " + installFolder + " keeps its bundles in no folder p2 knows, so the running"
        + " version could not be kept for a rollback.");
  }

  private IMetadataRepository saved(IProgressMonitor monitor) throws InstallException {
    return load(previous.toUri(), "The version kept for a rollback in " + previous + " is damaged", monitor);
  }

  private IInstallableUnit savedProduct(IMetadataRepository saved, IInstallableUnit current) throws InstallException {
    return latest(saved, current.getId(), null).orElseThrow(() -> new InstallException(
        "The version kept for a rollback in " + previous + " holds no " + name(current) + "."));
  }

  private IMetadataRepository load(URI location, String failure, IProgressMonitor monitor) throws InstallException {
    SubMonitor progress = SubMonitor.convert(monitor, 2);
    try {
      IMetadataRepository repository = p2.service(IMetadataRepositoryManager.class).loadRepository(location, progress.split(1));
      p2.service(IArtifactRepositoryManager.class).loadRepository(location, progress.split(1));
      return repository;
    } catch (ProvisionException e) {
      throw new InstallException(failure + ": " + e.getStatus().getMessage(), e);
    } catch (OperationCanceledException e) {
      throw new InstallException("Cancelled.", e);
    }
  }

  /** The installed product: the root unit p2 marks as a product. */
  private static IInstallableUnit product(IProfile profile) throws InstallException {
    for (IInstallableUnit unit : profile.query(QueryUtil.createIUProductQuery(), null)) {
      if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, InstallationProfile.ROOT_PROPERTY))) {
        return unit;
      }
    }
    throw new InstallException("This installation was not installed from a Rapport product (its profile names none), so it cannot be"
        + " updated from within. Unpack the new release's archive instead.");
  }

  /** The highest version of unit {@code id} in {@code repository}. */
  private static Optional<IInstallableUnit> latest(IQueryable<IInstallableUnit> repository, String id, IProgressMonitor monitor) {
    IInstallableUnit found = null;
    for (IInstallableUnit unit : repository.query(QueryUtil.createIUQuery(id), monitor)) {
      if (found == null || unit.getVersion().compareTo(found.getVersion()) > 0) {
        found = unit;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String name(IInstallableUnit unit) {
    return ExtensionInstaller.extension(unit).name();
  }

  private static void delete(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // what is left is found and replaced by the next update
    }
  }
}
