// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.tests;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.RapportPackage;

/**
 * A deliberately broken rule: it throws on every plan. Registered in the service registry by the
 * test (Tycho runs this bundle from its project folder, where no generated component XML exists).
 */
public final class ThrowingRule implements ValidationRule {

  static final String INSTITUTION = "test-broken";
  static final String ID = "always-throws";

  @Override
  public String institution() {
    return INSTITUTION;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Throws, to show that a broken rule cannot stop validation.";
  }

  @Override
  public EClass appliesTo() {
    return RapportPackage.Literals.SESSION_PLAN;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public void check(EObject object, RuleFindings findings) {
    throw new IllegalStateException("planted failure");
  }
}
