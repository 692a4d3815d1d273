// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * An institution's extra rule on documents, registered as an OSGi service (a DS component). It
 * runs after the built-in rules wherever documents are validated: in the editors (Problems) and
 * in {@code rapport check}. A rule that throws is switched off and reported with its bundle; it
 * never stops validation.
 */
public interface ValidationRule {

  /** The institution's id, e.g. {@code northbridge}; with {@link #id()} it identifies the rule. */
  String institution();

  /** The rule's id within its institution, e.g. {@code plan-names-a-risk}. */
  String id();

  /** One sentence saying what the rule asks for, shown where contributions are listed. */
  String description();

  /** The model class the rule checks; it is given instances of this class and its subclasses. */
  EClass appliesTo();

  /** The severity of its findings; an institution may raise it with the {@code Rapport-Rule-Severity} header. */
  Severity severity();

  /** Checks one object and reports every finding; reports nothing when the object is fine. */
  void check(EObject object, RuleFindings findings);
}
