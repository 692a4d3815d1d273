// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import java.nio.file.Path;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** p2 agents of the tests' own, each in a temporary folder. */
final class TestAgents {

  private TestAgents() {
  }

  /** A new agent whose data lives in {@code p2}; stop it when done. */
  static IProvisioningAgent create(Path p2) throws Exception {
    Bundle core = FrameworkUtil.getBundle(IProvisioningAgentProvider.class);
    if (core.getState() != Bundle.ACTIVE) {
      core.start(Bundle.START_TRANSIENT);
    }
    BundleContext context = FrameworkUtil.getBundle(TestAgents.class).getBundleContext();
    ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
        IProvisioningAgentProvider.class, null);
    tracker.open();
    try {
      return tracker.waitForService(10_000).createAgent(p2.toUri());
    } finally {
      tracker.close();
    }
  }
}
