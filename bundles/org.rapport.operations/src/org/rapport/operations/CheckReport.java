// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations;

import java.util.List;

/** What a check of a casebook found, in file order, and how much it read. */
public record CheckReport(List<Finding> findings, int documentsChecked) {

  public long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Finding.Severity.ERROR) > 0;
  }

  /** The closing line of the command's output. */
  public String summary() {
    return documentsChecked + (documentsChecked == 1 ? " document" : " documents") + " checked: "
        + count(Finding.Severity.ERROR) + " error(s), " + count(Finding.Severity.WARNING) + " warning(s)";
  }
}
