// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.extension.internal.ActiveRule;
import org.rapport.extension.internal.RuleValidator;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.SessionPlan;
import org.rapport.model.validation.RapportDiagnostician;

/** The composite validator on its own: base first, then the rules that apply, a throwing rule contained. */
class RuleValidatorTest {

  /** A base validator that reports one info per object, so its findings can be told apart. */
  private static final EValidator BASE = new EValidator() {
    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
      return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
      diagnostics.add(new BasicDiagnostic(Diagnostic.INFO, "base", 1, "base saw " + eClass.getName(), new Object[] {object}));
      return true;
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
      return true;
    }
  };

  private static ValidationRule rule(String id, EClass appliesTo, Severity severity, String message, EStructuralFeature feature) {
    return new ValidationRule() {
      @Override public String institution() { return "inst"; }
      @Override public String id() { return id; }
      @Override public String description() { return id; }
      @Override public EClass appliesTo() { return appliesTo; }
      @Override public Severity severity() { return severity; }
      @Override public void check(EObject object, RuleFindings findings) {
        if (message == null) {
          throw new IllegalStateException("boom");
        }
        findings.report(message, feature);
      }
    };
  }

  /** The rule as the registry runs it, named as it named itself. */
  private static ActiveRule active(ValidationRule rule, Severity severity, String bundle) {
    return new ActiveRule(rule, rule.institution(), rule.id(), severity, bundle);
  }

  private static List<Diagnostic> leaves(Diagnostic diagnostic) {
    List<Diagnostic> leaves = new ArrayList<>();
    if (diagnostic.getChildren().isEmpty()) {
      leaves.add(diagnostic);
    }
    diagnostic.getChildren().forEach(child -> leaves.addAll(leaves(child)));
    return leaves;
  }

  @Test
  void findingsOfAnApplicableRuleFollowTheBaseAndNameTheObjectAndTheFeature() {
    SessionPlan plan = RapportFactory.eINSTANCE.createSessionPlan();
    ActiveRule active = active(rule("r", Literals.SESSION_PLAN, Severity.WARNING, "name a risk", Literals.SESSION_PLAN__RISKS),
        Severity.WARNING, "bundle.a");
    RuleValidator validator = new RuleValidator(BASE, () -> List.of(active), (r, e) -> { });

    BasicDiagnostic chain = new BasicDiagnostic();
    assertTrue(validator.validate(plan, chain, Map.of()), "a warning does not make the object invalid");

    List<Diagnostic> found = chain.getChildren();
    assertEquals(2, found.size());
    assertEquals("base saw SessionPlan", found.get(0).getMessage());
    Diagnostic finding = found.get(1);
    assertEquals(Diagnostic.WARNING, finding.getSeverity());
    assertEquals("name a risk", finding.getMessage());
    assertSame(plan, finding.getData().get(0));
    assertSame(Literals.SESSION_PLAN__RISKS, finding.getData().get(1));
    assertEquals("inst/r", RuleValidator.ruleOf(finding));
  }

  @Test
  void anErrorFindingMakesTheObjectInvalidAtTheActiveSeverity() {
    SessionPlan plan = RapportFactory.eINSTANCE.createSessionPlan();
    // the rule says warning, the active severity (raised by a header) says error
    ActiveRule raised = active(rule("r", Literals.DOCUMENT, Severity.WARNING, "bad", null), Severity.ERROR, "b");
    BasicDiagnostic chain = new BasicDiagnostic();
    assertFalse(new RuleValidator(BASE, () -> List.of(raised), (r, e) -> { }).validate(plan, chain, Map.of()));
    assertEquals(Diagnostic.ERROR, chain.getChildren().get(1).getSeverity(), "a rule on a supertype applies to its subclasses");
  }

  @Test
  void aRuleForAnotherClassIsNotRun() {
    ActiveRule onAgreements = active(rule("r", Literals.BOUNDARY_AGREEMENT, Severity.ERROR, "bad", null), Severity.ERROR, "b");
    BasicDiagnostic chain = new BasicDiagnostic();
    assertTrue(new RuleValidator(BASE, () -> List.of(onAgreements), (r, e) -> { })
        .validate(RapportFactory.eINSTANCE.createSessionPlan(), chain, Map.of()));
    assertEquals(1, chain.getChildren().size());
  }

  @Test
  void aThrowingRuleIsHandedOverWhileTheOtherRulesStillRun() {
    List<String> failures = new ArrayList<>();
    ActiveRule throwing = active(rule("throws", Literals.SESSION_PLAN, Severity.ERROR, null, null), Severity.ERROR, "bad.bundle");
    ActiveRule fine = active(rule("fine", Literals.SESSION_PLAN, Severity.INFO, "noted", null), Severity.INFO, "good.bundle");
    RuleValidator validator = new RuleValidator(BASE, () -> List.of(throwing, fine),
        (rule, e) -> failures.add(rule.bundle() + " " + rule.qualifiedId() + " " + e.getMessage()));

    BasicDiagnostic chain = new BasicDiagnostic();
    validator.validate(RapportFactory.eINSTANCE.createSessionPlan(), chain, Map.of());

    assertEquals(List.of("bad.bundle inst/throws boom"), failures);
    assertEquals(List.of("base saw SessionPlan", "noted"), chain.getChildren().stream().map(Diagnostic::getMessage).toList());
  }

  @Test
  void insideTheDiagnosticianRulesReachContainedObjects() {
    SessionPlan plan = RapportFactory.eINSTANCE.createSessionPlan();
    plan.getRisks().add(RapportFactory.eINSTANCE.createRiskConsideration());
    ActiveRule onRisks = active(rule("risk", Literals.RISK_CONSIDERATION, Severity.ERROR, "say what the concern is",
        Literals.RISK_CONSIDERATION__CONCERN), Severity.ERROR, "b");
    RuleValidator validator = new RuleValidator(new org.rapport.model.validation.RapportConstraints(), () -> List.of(onRisks), (r, e) -> { });

    Diagnostic result = new RapportDiagnostician(validator).validate(plan);

    Diagnostic finding = leaves(result).stream().filter(d -> "say what the concern is".equals(d.getMessage())).findFirst().orElseThrow();
    assertSame(plan.getRisks().get(0), finding.getData().get(0));
    assertEquals(Diagnostic.ERROR, result.getSeverity());
  }
}
