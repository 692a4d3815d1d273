// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.validation;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.rapport.model.RapportPackage;

/**
 * A diagnostician that applies {@link RapportConstraints} to Rapport objects. It keeps its own
 * validator registry (delegating to the global one for other packages) instead of registering
 * into EMF's process-wide registry, so that institutions' extra rules can be composed per use.
 */
public class RapportDiagnostician extends Diagnostician {

  public RapportDiagnostician() {
    this(new RapportConstraints());
  }

  public RapportDiagnostician(EValidator rapportValidator) {
    super(registryWith(rapportValidator));
  }

  private static EValidator.Registry registryWith(EValidator rapportValidator) {
    EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
    registry.put(RapportPackage.eINSTANCE, rapportValidator);
    return registry;
  }
}
