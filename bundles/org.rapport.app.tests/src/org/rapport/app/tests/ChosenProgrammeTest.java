// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.rapport.extension.Contribution;
import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.extension.Exporter;
import org.rapport.extension.ProgrammeTemplate;
import org.rapport.model.Catalogue;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.RapportFactory;
import org.rapport.ui.ChosenProgramme;

/** What New Session Plan and New Agreement take from the programme chosen in Preferences (no window needed). */
class ChosenProgrammeTest {

  private static final ProgrammeTemplate FIRST_YEAR = new ProgrammeTemplate() {
    @Override public String institution() { return "northbridge"; }
    @Override public String id() { return "first-year"; }
    @Override public String name() { return "First year"; }
    @Override public List<String> defaultGoals() { return List.of("Agree today's focus"); }
    @Override public List<String> clauseTemplateIds() { return List.of("tpl.fees"); }
  };

  /** Extensions offering one programme and nothing else. */
  private static final Extensions ONE_PROGRAMME = new Extensions() {
    @Override public List<Catalogue> catalogues(List<Catalogue> builtIn) { return builtIn; }
    @Override public EValidator validator(EValidator base) { return base; }
    @Override public List<Exporter> exporters() { return List.of(); }
    @Override public Optional<Exporter> exporter(String institution, String id) { return Optional.empty(); }
    @Override public List<ProgrammeTemplate> programmes() { return List.of(FIRST_YEAR); }
    @Override public Optional<ProgrammeTemplate> programme(String institution, String id) {
      return "northbridge".equals(institution) && "first-year".equals(id) ? Optional.of(FIRST_YEAR) : Optional.empty();
    }
    @Override public List<Contribution> contributions() { return List.of(); }
    @Override public List<ExtensionProblem> problems() { return List.of(); }
  };

  private static ClauseTemplate template(String id, boolean required) {
    ClauseTemplate template = RapportFactory.eINSTANCE.createClauseTemplate();
    template.setId(id);
    template.setRequired(required);
    return template;
  }

  private static List<String> ids(List<ClauseTemplate> templates) {
    return templates.stream().map(ClauseTemplate::getId).toList();
  }

  @Test
  void aChosenProgrammeDraftsItsClauseSetPlusEveryRequiredTemplateAndGivesItsGoals() {
    AtomicReference<String> preference = new AtomicReference<>("northbridge/first-year");
    ChosenProgramme chosen = new ChosenProgramme(preference::get, ONE_PROGRAMME);
    List<ClauseTemplate> all = List.of(template("tpl.confidentiality", true), template("tpl.fees", false), template("tpl.gifts", false));

    assertEquals(List.of("tpl.confidentiality", "tpl.fees"), ids(chosen.clauseSet(all)));
    assertEquals(List.of("Agree today's focus"), chosen.defaultGoals());

    preference.set("");
    assertEquals(ids(all), ids(chosen.clauseSet(all)), "without a programme every template is drafted");
    assertTrue(chosen.defaultGoals().isEmpty());
  }

  @Test
  void aProgrammeWhoseExtensionIsGoneOrAbsentExtensionsMeanNoProgramme() {
    List<ClauseTemplate> all = List.of(template("tpl.fees", false), template("tpl.gifts", false));
    assertEquals(2, new ChosenProgramme(() -> "southvale/uninstalled", ONE_PROGRAMME).clauseSet(all).size());
    assertEquals(2, new ChosenProgramme(() -> "northbridge/first-year", null).clauseSet(all).size());
  }
}
