// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.install.Change;
import org.rapport.install.Extension;
import org.rapport.install.ExtensionArchive;
import org.rapport.install.ExtensionInstaller;
import org.rapport.install.InstallException;

/**
 * The installer against a real p2 agent and profile of its own (in a temporary folder): an
 * extension that fits is installed, listed and removed; one that does not fit is explained and
 * changes nothing; the same extension twice and an unknown one are refused.
 */
class ExtensionInstallerTest {

  private static final String PROFILE = "TestProfile";

  @TempDir
  Path folder;

  private IProvisioningAgent agent;
  private ExtensionInstaller installer;

  @BeforeEach
  void openAgent() throws Exception {
    agent = TestAgents.create(folder.resolve("p2"));
    String install = folder.resolve("install").toString();
    agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install));
    installer = new ExtensionInstaller(agent, PROFILE);
  }

  @AfterEach
  void stopAgent() {
    agent.stop();
  }

  @Test
  @SuppressWarnings("restriction")
  void p2ReadsThroughRapportsLocalTransport() {
    Object transport = agent.getService(org.eclipse.equinox.internal.p2.repository.Transport.SERVICE_NAME);
    assertTrue(transport instanceof org.rapport.install.internal.LocalTransport, "p2's transport is " + transport);
  }

  @Test
  void installsListsAndRemovesAnExtensionThatFits() throws Exception {
    Path zip = Repositories.repository(folder.resolve("clinic.zip"), "org.example.clinic", "Example Clinic", "1.2.0", null);
    try (ExtensionArchive archive = ExtensionArchive.unpack(zip)) {
      Change change = installer.planInstall(archive, new NullProgressMonitor());
      assertEquals(List.of(new Extension("org.example.clinic", "Example Clinic", "1.2.0", "Test Clinic")), change.installing());
      assertEquals("Install Example Clinic 1.2.0 from Test Clinic (org.example.clinic)", change.describe().get(0));
      installer.apply(change, new NullProgressMonitor());
    }
    assertEquals(List.of("org.example.clinic"), installer.installed().stream().map(Extension::id).toList());

    try (ExtensionArchive again = ExtensionArchive.unpack(zip)) {
      InstallException twice = assertThrows(InstallException.class, () -> installer.planInstall(again, new NullProgressMonitor()));
      assertTrue(twice.getMessage().startsWith("Everything in clinic.zip is installed already"), twice.getMessage());
    }

    Change removal = installer.planUninstall("org.example.clinic", new NullProgressMonitor());
    assertEquals("Remove Example Clinic 1.2.0 from Test Clinic (org.example.clinic)", removal.describe().get(0));
    installer.apply(removal, new NullProgressMonitor());
    assertEquals(List.of(), installer.installed());
  }

  @Test
  void aNewerVersionReplacesTheInstalledOneInsteadOfRunningBesideIt() throws Exception {
    install(Repositories.repository(folder.resolve("clinic-1.2.zip"), "org.example.clinic", "Example Clinic", "1.2.0", null));
    try (ExtensionArchive archive = ExtensionArchive.unpack(
        Repositories.repository(folder.resolve("clinic-1.3.zip"), "org.example.clinic", "Example Clinic", "1.3.0", null))) {
      Change change = installer.planInstall(archive, new NullProgressMonitor());
      assertEquals("Update Example Clinic from 1.2.0 to 1.3.0 (org.example.clinic)", change.describe().get(0));
      installer.apply(change, new NullProgressMonitor());
    }
    assertEquals(List.of("org.example.clinic 1.3.0"),
        installer.installed().stream().map(extension -> extension.id() + " " + extension.version()).toList());
  }

  @Test
  void aFeatureIncludedByAnotherIsInstalledWithItNotAsAnExtensionOfItsOwn() throws Exception {
    Path zip = Repositories.zip(folder.resolve("outer.zip"), Map.of("content.xml", Repositories.including("org.example.outer",
        "org.example.inner"), "artifacts.xml", Repositories.NO_ARTIFACTS));
    install(zip);
    assertEquals(List.of("org.example.outer"), installer.installed().stream().map(Extension::id).toList());
    installer.apply(installer.planUninstall("org.example.outer", new NullProgressMonitor()), new NullProgressMonitor());
    assertTrue(agent.getService(IProfileRegistry.class).getProfile(PROFILE).query(
        org.eclipse.equinox.p2.query.QueryUtil.createIUAnyQuery(), null).isEmpty(), "removing the outer feature removes the inner one");
  }

  @Test
  void aChangeDecidedAgainstLeavesNoTraceInP2sListOfRepositories() throws Exception {
    var repositories = agent.getService(org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager.class);
    try (ExtensionArchive archive = ExtensionArchive.unpack(
        Repositories.repository(folder.resolve("clinic.zip"), "org.example.clinic", "Example Clinic", "1.2.0", null))) {
      Change change = installer.planInstall(archive, new NullProgressMonitor());
      assertTrue(repositories.contains(archive.folder().toUri()), "p2 knows the unpacked repository while the change is shown");
      installer.discard(change);
      assertFalse(repositories.contains(archive.folder().toUri()));
    }
    assertEquals(List.of(), installer.installed());
  }

  private void install(Path zip) throws Exception {
    try (ExtensionArchive archive = ExtensionArchive.unpack(zip)) {
      installer.apply(installer.planInstall(archive, new NullProgressMonitor()), new NullProgressMonitor());
    }
  }

  @Test
  void explainsAnExtensionThatDoesNotFitAndChangesNothing() throws Exception {
    Path zip = Repositories.repository(folder.resolve("misfit.zip"), "org.example.misfit", "Misfit Clinic", "1.0.0",
        "org.rapport.extension.api.v9");
    try (ExtensionArchive archive = ExtensionArchive.unpack(zip)) {
      InstallException refused = assertThrows(InstallException.class, () -> installer.planInstall(archive, new NullProgressMonitor()));
      assertTrue(refused.getMessage().startsWith("Misfit Clinic cannot be installed in this Rapport"), refused.getMessage());
      assertTrue(refused.getMessage().contains("org.rapport.extension.api.v9"), "names what is missing: " + refused.getMessage());
    }
    assertEquals(List.of(), installer.installed());
    assertTrue(agent.getService(IProfileRegistry.class).getProfile(PROFILE).query(
        org.eclipse.equinox.p2.query.QueryUtil.createIUAnyQuery(), null).isEmpty(), "the profile is as it was");
  }

  @Test
  void refusesToRemoveWhatIsNotAnInstalledExtension() {
    InstallException refused = assertThrows(InstallException.class,
        () -> installer.planUninstall("org.rapport.feature", new NullProgressMonitor()));
    assertEquals("No extension 'org.rapport.feature' is installed (there are none).", refused.getMessage());
  }

  @Test
  void refusesARepositoryWithoutAFeature() throws Exception {
    String empty = Repositories.content("x", "X", "1.0.0", null).replaceAll("(?s)<units size='1'>.*</units>", "<units size='0'/>");
    Path zip = Repositories.zip(folder.resolve("empty.zip"), Map.of("content.xml", empty, "artifacts.xml", Repositories.NO_ARTIFACTS));
    try (ExtensionArchive archive = ExtensionArchive.unpack(zip)) {
      InstallException refused = assertThrows(InstallException.class, () -> installer.planInstall(archive, new NullProgressMonitor()));
      assertEquals("empty.zip holds no extension: its repository has no feature to install.", refused.getMessage());
    }
  }
}
