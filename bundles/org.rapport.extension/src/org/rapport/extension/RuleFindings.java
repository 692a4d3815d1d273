// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a {@link ValidationRule} reports what it found about the object it was given.
 *
 * @noimplement Rapport hands one to each rule; a new method may be added in a minor version.
 */
public interface RuleFindings {

  /**
   * Reports one finding about the object being checked, at the rule's severity.
   *
   * @param message what is wrong, in words a trainee or supervisor understands
   * @param feature the field the finding concerns, so that the editor can reveal it; null when it
   *                concerns the object as a whole
   */
  void report(String message, EStructuralFeature feature);
}
