// SPDX-License-Identifier: EPL-2.0
package org.rapport.institution.example;

/** The clinic's institution id, shared by all its contributions. */
final class Northbridge {

  static final String INSTITUTION = "northbridge";

  private Northbridge() {
  }
}
