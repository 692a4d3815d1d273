// SPDX-License-Identifier: EPL-2.0
package org.rapport.institution.example;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.RapportPackage;
import org.rapport.model.SessionPlan;

/**
 * Northbridge asks every session plan to think about safety before the session, however briefly:
 * a plan without a single risk consideration is flagged. A warning, so a draft can still be saved;
 * a lab that wants it enforced raises it with {@code Rapport-Rule-Severity}.
 */
@Component(service = ValidationRule.class)
public final class PlanNamesARiskRule implements ValidationRule {

  @Override
  public String institution() {
    return Northbridge.INSTITUTION;
  }

  @Override
  public String id() {
    return "plan-names-a-risk";
  }

  @Override
  public String description() {
    return "Every session plan names at least one risk or safety consideration.";
  }

  @Override
  public EClass appliesTo() {
    return RapportPackage.Literals.SESSION_PLAN;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public void check(EObject object, RuleFindings findings) {
    if (object instanceof SessionPlan plan && plan.getRisks().isEmpty()) {
      findings.report("Northbridge asks every plan to name at least one risk or safety consideration, even \"none foreseen, because ...\".",
          RapportPackage.Literals.SESSION_PLAN__RISKS);
    }
  }
}
