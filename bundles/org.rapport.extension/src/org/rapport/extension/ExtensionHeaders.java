// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

/**
 * Manifest headers through which an extension bundle contributes content without Java. Paths are
 * relative to the bundle's root; several are separated by commas. Bundles are read while they are
 * resolved, starting or active.
 */
public final class ExtensionHeaders {

  /**
   * Catalogue XMI files ({@code Catalogue} with its {@code institution} set), e.g.
   * {@code Rapport-Catalogue: catalogue/northbridge.catalogue.xmi}.
   */
  public static final String CATALOGUE = "Rapport-Catalogue";

  /**
   * Properties files (UTF-8) with the wording of a licensed instrument whose structure a catalogue
   * ships without it: {@code institution=}, {@code instrument=<instrument id>},
   * {@code licence=<who holds the licence>} and {@code item.<item id>=<wording>} per item.
   */
  public static final String INSTRUMENT_WORDING = "Rapport-Instrument-Wording";

  /**
   * Raised severities of rules, e.g. {@code Rapport-Rule-Severity: northbridge/plan-names-a-risk=error};
   * values are {@code info}, {@code warning} or {@code error}. A severity is only ever raised.
   */
  public static final String RULE_SEVERITY = "Rapport-Rule-Severity";

  private ExtensionHeaders() {
  }
}
