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
          + " data area), so extensions cannot be installed into it.");
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

  /** The installer for this installation's own profile. */
  public ExtensionInstaller installer() {
    return new ExtensionInstaller(agent, IProfileRegistry.SELF);
  }

  @Override
  public void close() {
    agent.stop();
  }
}
