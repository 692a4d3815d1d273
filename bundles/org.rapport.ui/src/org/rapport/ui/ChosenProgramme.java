// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.rapport.extension.Extensions;
import org.rapport.extension.ProgrammeTemplate;
import org.rapport.model.ClauseTemplate;

/**
 * The training programme the user chose in Edit > Preferences, among those the installed
 * extensions offer. One instance lives in the application's context; New Session Plan and New
 * Agreement ask it, so the editor bundles need not know about extensions.
 */
public final class ChosenProgramme {

  private final Supplier<String> chosen;
  private final Extensions extensions;

  /**
   * @param chosen     gives the chosen programme as {@code institution/id}, or an empty string
   * @param extensions the installed extensions, or null when there are none
   */
  public ChosenProgramme(Supplier<String> chosen, Extensions extensions) {
    this.chosen = chosen;
    this.extensions = extensions;
  }

  /** The chosen programme, or empty when none is chosen or its extension is no longer installed. */
  public Optional<ProgrammeTemplate> get() {
    String id = chosen.get();
    int slash = id == null ? -1 : id.indexOf('/');
    if (extensions == null || slash <= 0) {
      return Optional.empty();
    }
    return extensions.programme(id.substring(0, slash), id.substring(slash + 1));
  }

  /** The goals a new plan without goals starts with; none without a programme. */
  public List<String> defaultGoals() {
    return get().map(ProgrammeTemplate::defaultGoals).orElse(List.of());
  }

  /**
   * The templates a new agreement is drafted from: with a programme, its clause set plus every
   * required template (a programme cannot drop what every agreement must say); without one, all.
   */
  public List<ClauseTemplate> clauseSet(List<ClauseTemplate> all) {
    Optional<ProgrammeTemplate> programme = get();
    if (programme.isEmpty()) {
      return all;
    }
    List<String> ids = programme.get().clauseTemplateIds();
    return all.stream().filter(template -> template.isRequired() || ids.contains(template.getId())).toList();
  }
}
