// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.util.List;
import java.util.Objects;

import org.rapport.extension.ProgrammeTemplate;

/**
 * An institution's programme as the registry hands it out: its identity is the one given when it
 * was bound, and a method that throws or returns null gives an empty list (or the id for the
 * name) and becomes a problem of its bundle, so that New Session Plan, New Agreement and
 * Preferences keep working.
 */
final class GuardedProgramme extends Guarded<ProgrammeTemplate> implements ProgrammeTemplate {

  GuardedProgramme(Registered<ProgrammeTemplate> registered, ServiceFailures failures) {
    super(registered, failures);
  }

  @Override
  public String name() {
    return textOrId("name", () -> registered.service().name());
  }

  @Override
  public List<String> defaultGoals() {
    return strings("defaultGoals", () -> registered.service().defaultGoals());
  }

  @Override
  public List<String> clauseTemplateIds() {
    return strings("clauseTemplateIds", () -> registered.service().clauseTemplateIds());
  }

  private List<String> strings(String method, java.util.function.Supplier<List<String>> call) {
    List<String> given = failures.call(registered, method, call);
    if (given == null) {
      return List.of();
    }
    try {
      // a copy: the institution's list may change or refuse iteration later
      return given.stream().filter(Objects::nonNull).toList();
    } catch (RuntimeException e) {
      failures.failed(registered, method, e);
      return List.of();
    }
  }
}
