// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;

/**
 * An installed rule at the severity it runs with (its own, or higher when a header raised it).
 * The institution and id are the ones the rule gave when it was bound, so that naming it never
 * calls the institution's code again.
 */
public record ActiveRule(ValidationRule rule, String institution, String id, Severity severity, String bundle) {

  public String qualifiedId() {
    return institution + "/" + id;
  }
}
