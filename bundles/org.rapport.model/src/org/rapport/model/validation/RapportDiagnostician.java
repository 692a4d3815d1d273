// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.rapport.model.Casebook;
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

  private final Casebook roster;

  public RapportDiagnostician(EValidator rapportValidator) {
    this(rapportValidator, null);
  }

  /** A diagnostician that also verifies documents' signed steps against the people of {@code roster}. */
  public RapportDiagnostician(EValidator rapportValidator, Casebook roster) {
    super(registryWith(rapportValidator));
    this.roster = roster;
  }

  @Override
  public Map<Object, Object> createDefaultContext() {
    Map<Object, Object> context = super.createDefaultContext();
    if (roster != null) {
      context.put(RapportConstraints.ROSTER, roster);
    }
    return context;
  }

  private static EValidator.Registry registryWith(EValidator rapportValidator) {
    EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
    registry.put(RapportPackage.eINSTANCE, rapportValidator);
    return registry;
  }
}
