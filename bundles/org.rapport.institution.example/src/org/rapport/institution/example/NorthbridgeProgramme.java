// SPDX-License-Identifier: EPL-2.0
package org.rapport.institution.example;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.extension.ProgrammeTemplate;

/** The clinic's first-year placement: what its trainees' plans start with and the agreement its clients sign. */
@Component(service = ProgrammeTemplate.class)
public final class NorthbridgeProgramme implements ProgrammeTemplate {

  @Override
  public String institution() {
    return Northbridge.INSTITUTION;
  }

  @Override
  public String id() {
    return "first-year-placement";
  }

  @Override
  public String name() {
    return "Northbridge first-year placement";
  }

  @Override
  public List<String> defaultGoals() {
    return List.of("Agree with the client what they want from today's session",
        "Practise one technique from the catalogue on purpose, and notice its effect");
  }

  @Override
  public List<String> clauseTemplateIds() {
    return List.of("tpl.confidentiality.general", "tpl.confidentiality.limits", "northbridge.tpl.messages",
        "northbridge.tpl.late-cancellation");
  }
}
