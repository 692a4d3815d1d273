// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.install.Change;
import org.rapport.install.Extension;
import org.rapport.install.ExtensionArchive;
import org.rapport.install.InstallException;
import org.rapport.install.ProductUpdater;

/**
 * The updater against a real p2 agent and a profile of its own with release 1.0.0 of a product
 * installed: an update to 2.0.0 replaces it and keeps 1.0.0, a rollback brings 1.0.0 back and keeps
 * nothing; the same, an older or no release is refused and changes nothing. (The jars and root files
 * an update saves are tested on two built products by releng/scripts/update-e2e.sh.)
 */
class ProductUpdaterTest {

  private static final String PROFILE = "TestProfile";
  private static final String PRODUCT = "org.example.product";

  @TempDir
  Path folder;

  private IProvisioningAgent agent;
  private ProductUpdater updater;

  @BeforeEach
  void installFirstRelease() throws Exception {
    agent = TestAgents.create(folder.resolve("p2"));
    String install = folder.resolve("install").toString();
    IProfile profile = agent.getService(IProfileRegistry.class).addProfile(PROFILE,
        Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install));
    // release 1.0.0 as the product archive installs it: the product and its feature roots of the profile
    Path first = Files.createDirectories(folder.resolve("release-1"));
    Files.writeString(first.resolve("content.xml"), Repositories.product(PRODUCT, "1.0.0"));
    Files.writeString(first.resolve("artifacts.xml"), Repositories.NO_ARTIFACTS);
    var repository = agent.getService(IMetadataRepositoryManager.class).loadRepository(first.toUri(), null);
    IPlanner planner = agent.getService(IPlanner.class);
    IProfileChangeRequest request = planner.createChangeRequest(profile);
    for (IInstallableUnit unit : repository.query(QueryUtil.createIUAnyQuery(), null)) {
      request.add(unit);
      request.setInstallableUnitProfileProperty(unit, "org.eclipse.equinox.p2.type.root", "true");
    }
    ProvisioningContext context = new ProvisioningContext(agent);
    context.setMetadataRepositories(first.toUri());
    context.setArtifactRepositories(first.toUri());
    IStatus installed = agent.getService(IEngine.class).perform(planner.getProvisioningPlan(request, context, null), null);
    assertTrue(installed.isOK(), installed.toString());
    agent.getService(IMetadataRepositoryManager.class).removeRepository(first.toUri());
    updater = new ProductUpdater(agent, PROFILE);
  }

  @AfterEach
  void stopAgent() {
    agent.stop();
  }

  @Test
  void anUpdateKeepsTheReplacedReleaseAndARollbackBringsItBack() throws Exception {
    assertEquals("1.0.0", updater.installed().version());
    assertEquals(Optional.empty(), updater.previous());
    try (ExtensionArchive archive = ExtensionArchive.unpack(release("2.0.0"))) {
      Change update = updater.planUpdate(archive, new NullProgressMonitor());
      assertEquals(List.of("Update Example Product from 1.0.0 to 2.0.0 (" + PRODUCT + ")",
          "Update Example Core from 1.0.0 to 2.0.0 (" + PRODUCT + ".core)"), update.describe());
      updater.apply(update, new NullProgressMonitor());
    }
    assertEquals("2.0.0", updater.installed().version());
    assertEquals(List.of("2.0.0"), featureVersions(), "the release's feature, a root of its own, came with it");
    assertEquals("1.0.0", updater.previous().map(Extension::version).orElse("none"));

    Change rollback = updater.planRollback(new NullProgressMonitor());
    assertEquals(List.of("Update Example Product from 2.0.0 to 1.0.0 (" + PRODUCT + ")",
        "Update Example Core from 2.0.0 to 1.0.0 (" + PRODUCT + ".core)"), rollback.describe());
    updater.apply(rollback, new NullProgressMonitor());
    assertEquals("1.0.0", updater.installed().version());
    assertEquals(List.of("1.0.0"), featureVersions());
    assertEquals(Optional.empty(), updater.previous(), "the kept release is dropped once it is installed again");
    assertFalse(Files.exists(folder.resolve("p2/org.rapport.previous")));

    InstallException twice = assertThrows(InstallException.class, () -> updater.planRollback(new NullProgressMonitor()));
    assertTrue(twice.getMessage().startsWith("No earlier version of Example Product is kept in this installation"), twice.getMessage());
  }

  @Test
  void anUpdateThatFailsHalfWayLeavesTheReleaseAndTheKeptVersionAsTheyWere() throws Exception {
    try (ExtensionArchive archive = ExtensionArchive.unpack(release("2.0.0"))) {
      updater.apply(updater.planUpdate(archive, new NullProgressMonitor()), new NullProgressMonitor());
    }
    // release 3.0.0 needs a kind of installation ("touchpoint") this Rapport does not have: the plan is
    // fine, the engine fails on it
    String unknownTouchpoint = Repositories.product(PRODUCT, "3.0.0").replaceFirst(java.util.regex.Pattern.quote("<touchpoint id='null' version='0.0.0'/>"),
        "<touchpoint id='org.example.nowhere' version='1.0.0'/><touchpointData size='1'><instructions size='1'>"
            + "<instruction key='install'>doSomething();</instruction></instructions></touchpointData>");
    assertTrue(unknownTouchpoint.contains("org.example.nowhere"), unknownTouchpoint);
    Path broken = Repositories.zip(folder.resolve("release-3.zip"), Map.of("content.xml", unknownTouchpoint, "artifacts.xml", Repositories.NO_ARTIFACTS));
    try (ExtensionArchive archive = ExtensionArchive.unpack(broken)) {
      Change update = updater.planUpdate(archive, new NullProgressMonitor());
      assertThrows(InstallException.class, () -> updater.apply(update, new NullProgressMonitor()));
    }
    assertEquals("2.0.0", updater.installed().version(), "the engine undid the failed update");
    assertEquals("1.0.0", updater.previous().map(Extension::version).orElse("none"), "the version kept for a rollback is still 1.0.0");
    assertFalse(Files.exists(folder.resolve("p2/org.rapport.previous.incoming")), "nothing half-kept is left");
  }

  @Test
  void refusesTheInstalledReleaseAnOlderOneAndAnArchiveWithoutTheProduct() throws Exception {
    try (ExtensionArchive same = ExtensionArchive.unpack(release("1.0.0"))) {
      InstallException refused = assertThrows(InstallException.class, () -> updater.planUpdate(same, new NullProgressMonitor()));
      assertEquals("Example Product 1.0.0 is installed already.", refused.getMessage());
    }
    try (ExtensionArchive older = ExtensionArchive.unpack(release("0.9.0"))) {
      InstallException refused = assertThrows(InstallException.class, () -> updater.planUpdate(older, new NullProgressMonitor()));
      assertTrue(refused.getMessage().contains("older than the installed 1.0.0") && refused.getMessage().contains("rapport rollback"),
          refused.getMessage());
    }
    Path extension = Repositories.repository(folder.resolve("clinic.zip"), "org.example.clinic", "Example Clinic", "1.2.0", null);
    try (ExtensionArchive notARelease = ExtensionArchive.unpack(extension)) {
      InstallException refused = assertThrows(InstallException.class, () -> updater.planUpdate(notARelease, new NullProgressMonitor()));
      assertTrue(refused.getMessage().startsWith("clinic.zip holds no release of Example Product"), refused.getMessage());
    }
    assertEquals("1.0.0", updater.installed().version(), "nothing changed");
    assertEquals(Optional.empty(), updater.previous());
  }

  @Test
  void anUpdateDecidedAgainstChangesNothingAndKeepsNothing() throws Exception {
    try (ExtensionArchive archive = ExtensionArchive.unpack(release("2.0.0"))) {
      Change update = updater.planUpdate(archive, new NullProgressMonitor());
      updater.discard(update);
      assertFalse(agent.getService(IMetadataRepositoryManager.class).contains(archive.folder().toUri()));
    }
    assertEquals("1.0.0", updater.installed().version());
    assertEquals(Optional.empty(), updater.previous());
  }

  private Path release(String version) throws Exception {
    return Repositories.zip(folder.resolve("release-" + version + ".zip"),
        Map.of("content.xml", Repositories.product(PRODUCT, version), "artifacts.xml", Repositories.NO_ARTIFACTS));
  }

  private List<String> featureVersions() {
    IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
    return profile.query(QueryUtil.createIUQuery(PRODUCT + ".core.feature.group"), null).stream()
        .map(unit -> unit.getVersion().toString()).toList();
  }
}
