// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

/**
 * One active contribution of an installed extension, for listing.
 *
 * @param bundle the symbolic name of the bundle that contributed it
 */
public record Contribution(Kind kind, String institution, String id, String label, String bundle) {

  public enum Kind {
    CATALOGUE, INSTRUMENT_WORDING, RULE, RULE_SEVERITY, EXPORTER, PROGRAMME
  }

  /** {@code institution/id}, the way contributions are named on the command line. */
  public String qualifiedId() {
    return institution + "/" + id;
  }
}
