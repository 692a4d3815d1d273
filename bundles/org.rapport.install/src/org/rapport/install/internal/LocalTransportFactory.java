// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.internal;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;

/** Gives every p2 agent of the product the {@link LocalTransport}; declared in OSGI-INF. */
public class LocalTransportFactory implements IAgentServiceFactory {

  @Override
  public Object createService(IProvisioningAgent agent) {
    return new LocalTransport();
  }
}
