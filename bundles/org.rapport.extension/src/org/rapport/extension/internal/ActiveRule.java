package org.rapport.extension.internal;

import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;

/** An installed rule at the severity it runs with (its own, or higher when a header raised it). */
public record ActiveRule(ValidationRule rule, Severity severity, String bundle) {

  public String qualifiedId() {
    return rule.institution() + "/" + rule.id();
  }
}
