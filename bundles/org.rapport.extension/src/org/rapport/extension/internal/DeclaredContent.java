// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.rapport.extension.ExtensionHeaders;

/**
 * What one bundle declares in its manifest headers. Only the headers are read when a bundle is
 * seen (cheap, at start-up); the files they name are read when content is first asked for.
 */
record DeclaredContent(Bundle bundle, String symbolicName, List<String> catalogues, List<String> wordings,
    List<String> severities) {

  /** The bundle's declarations, or null when it declares nothing for Rapport. */
  static DeclaredContent of(Bundle bundle) {
    var headers = bundle.getHeaders("");   // raw values: no localisation lookup, which would read files
    List<String> catalogues = list(headers.get(ExtensionHeaders.CATALOGUE));
    List<String> wordings = list(headers.get(ExtensionHeaders.INSTRUMENT_WORDING));
    List<String> severities = list(headers.get(ExtensionHeaders.RULE_SEVERITY));
    if (catalogues.isEmpty() && wordings.isEmpty() && severities.isEmpty()) {
      return null;
    }
    String name = bundle.getSymbolicName() != null ? bundle.getSymbolicName() : bundle.getLocation();
    return new DeclaredContent(bundle, name, catalogues, wordings, severities);
  }

  private static List<String> list(String header) {
    List<String> values = new ArrayList<>();
    if (header != null) {
      for (String value : header.split(",")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return List.copyOf(values);
  }
}
