// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import java.util.List;

/**
 * A training programme's document templates, registered as an OSGi service: the goals a new
 * session plan starts with and the clause templates a new agreement is drafted from (required
 * clauses are always added as well). The user chooses the programme in Preferences.
 */
public interface ProgrammeTemplate {

  String institution();

  String id();

  /** The name shown in Preferences. */
  String name();

  /** Goals a new session plan gets when it has none. */
  List<String> defaultGoals();

  /** Ids of the clause templates (from any installed catalogue) a new agreement is drafted from. */
  List<String> clauseTemplateIds();
}
