// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The base validator followed by the institutions' rules. Findings have the shape the built-in
 * constraints give theirs (data: the object, then the feature), so the Problems part reveals the
 * field. A rule that throws is handed to {@code failed} and its findings so far are kept; the
 * rules are asked for on every object, so rules that come and go are seen at once.
 */
public final class RuleValidator implements EValidator {

  /** Diagnostic source of every finding of an institution's rule. */
  public static final String SOURCE = "org.rapport.extension";

  private final EValidator base;
  private final Supplier<List<ActiveRule>> rules;
  private final BiConsumer<ActiveRule, Throwable> failed;

  public RuleValidator(EValidator base, Supplier<List<ActiveRule>> rules, BiConsumer<ActiveRule, Throwable> failed) {
    this.base = base;
    this.rules = rules;
    this.failed = failed;
  }

  @Override
  public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return validate(object.eClass(), object, diagnostics, context);
  }

  @Override
  public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
    boolean ok = base == null || base.validate(eClass, object, diagnostics, context);
    for (ActiveRule active : rules.get()) {
      EClass appliesTo;
      try {
        appliesTo = active.rule().appliesTo();
        if (appliesTo == null || !appliesTo.isSuperTypeOf(eClass)) {
          continue;
        }
        int[] errors = {0};
        active.rule().check(object, (message, feature) -> {
          if (active.severity() == org.rapport.extension.Severity.ERROR) {
            errors[0]++;
          }
          if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(active.severity().diagnostic(), SOURCE, 0, message,
                new Object[] {object, feature, active.qualifiedId()}));
          }
        });
        ok &= errors[0] == 0;
      } catch (RuntimeException | LinkageError e) {
        failed.accept(active, e);
      }
    }
    return ok;
  }

  @Override
  public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
    return base == null || base.validate(dataType, value, diagnostics, context);
  }

  /** The {@code institution/id} of the rule behind a finding, or null when it came from elsewhere. */
  public static String ruleOf(Diagnostic diagnostic) {
    return SOURCE.equals(diagnostic.getSource()) && diagnostic.getData().size() > 2
        && diagnostic.getData().get(2) instanceof String id ? id : null;
  }
}
