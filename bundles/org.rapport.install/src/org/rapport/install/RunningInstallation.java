// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The p2 agent of the installation this Rapport runs from (its {@code p2/} folder and profile, named
 * in {@code configuration/config.ini}). p2 moves a relocated ("roaming") profile to wherever the
 * product was unpacked, so an archive unpacked anywhere can take extensions.
 */
public final class RunningInstallation implements AutoCloseable {

  private final IProvisioningAgent agent;

  private RunningInstallation(IProvisioningAgent agent) {
    this.agent = agent;
  }

  /** Opens the running installation's agent; close it when done. */
  public static RunningInstallation open() throws InstallException {
    if (System.getProperty("eclipse.p2.data.area") == null && property("eclipse.p2.data.area") == null) {
      throw new InstallException("This Rapport was not started from an installed product (its configuration names no p2"
          + " data area), so it cannot be changed from within: no extension can be installed and no update applied.");
    }
    // p2.core registers this installation's agent location when it starts
    Bundle core = FrameworkUtil.getBundle(IProvisioningAgentProvider.class);
    try {
      if (core.getState() != Bundle.ACTIVE) {
        core.start(Bundle.START_TRANSIENT);
      }
    } catch (BundleException e) {
      throw new InstallException("p2 could not be started: " + e.getMessage(), e);
    }
    BundleContext context = FrameworkUtil.getBundle(RunningInstallation.class).getBundleContext();
    ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
        IProvisioningAgentProvider.class, null);
    tracker.open();
    try {
      IProvisioningAgentProvider provider = tracker.waitForService(10_000);
      if (provider == null) {
        throw new InstallException("The installation is incomplete: p2's agent provider did not start.");
      }
      RunningInstallation installation = new RunningInstallation(provider.createAgent(null));
      installation.installer().collectGarbage();
      return installation;
    } catch (ProvisionException e) {
      throw new InstallException("p2 could not open this installation: " + e.getStatus().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallException("Interrupted while starting p2.", e);
    } finally {
      tracker.close();
    }
  }

  private static String property(String name) {
    Bundle bundle = FrameworkUtil.getBundle(RunningInstallation.class);
    return bundle == null || bundle.getBundleContext() == null ? null : bundle.getBundleContext().getProperty(name);
  }

  /**
   * Refuses a change this account cannot make: an installation shared by a workstation's users is
   * read-only for them, and p2 would otherwise record the change in a profile of the user's own and
   * report success while the shared installation stays as it is.
   */
  public void requireWritable() throws InstallException {
    String area = System.getProperty("osgi.install.area", property("osgi.install.area"));
    if (area == null) {
      return;   // not an installed product: open() has said so already
    }
    java.nio.file.Path folder;
    try {
      folder = java.nio.file.Path.of(java.net.URI.create(area.replace(" ", "%20")));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return;   // an install area that is no folder: p2 reports what it cannot write
    }
    if (!java.nio.file.Files.isWritable(folder) || !java.nio.file.Files.isWritable(folder.resolve("p2"))) {
      throw new InstallException("Rapport is installed in " + folder + ", which this account cannot change (an installation shared"
          + " by the users of this workstation). Ask an administrator to make the change there, for example with"
          + " \"rapport install-extension <archive.zip>\" or \"rapport update <release.zip>\" run with the rights to change that folder.");
    }
  }

  /** The installer for this installation's own profile. */
  public ExtensionInstaller installer() {
    return new ExtensionInstaller(agent, IProfileRegistry.SELF);
  }

  /** The updater of Rapport itself, for this installation's own profile. */
  public ProductUpdater updater() {
    return new ProductUpdater(agent, IProfileRegistry.SELF);
  }

  @Override
  public void close() {
    agent.stop();
  }
}
