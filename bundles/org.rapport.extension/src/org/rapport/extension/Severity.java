// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding of a {@link ValidationRule} is; the Problems part lists errors first. */
public enum Severity {
  INFO(Diagnostic.INFO), WARNING(Diagnostic.WARNING), ERROR(Diagnostic.ERROR);

  private final int diagnostic;

  Severity(int diagnostic) {
    this.diagnostic = diagnostic;
  }

  /** The matching EMF {@link Diagnostic} severity. */
  public int diagnostic() {
    return diagnostic;
  }

  /** The more serious of the two. */
  public Severity atLeast(Severity other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }
}
