// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.operations;

import java.text.Normalizer;
import java.util.Locale;

import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.Role;

/** The people of a casebook: trainees, supervisors and administrators who sign its steps. */
public final class People {

  private People() {
  }

  /**
   * Adds a person named {@code name} in {@code role} to {@code index}, with an id made from the
   * name ({@code P-} and its letters, numbered when taken), which names their key file too.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static Person add(Casebook index, String name, Role role) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A person needs a name.");
    }
    String letters = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    String base = "P-" + (letters.isEmpty() ? "person" : letters.substring(0, Math.min(40, letters.length())));
    String id = base;
    for (int n = 2; find(index, id) != null; n++) {
      id = base + "-" + n;
    }
    Person person = RapportFactory.eINSTANCE.createPerson();
    person.setId(id);
    person.setName(name.strip());
    person.getRoles().add(role);
    index.getPeople().add(person);
    return person;
  }

  /** {@code person}'s name, else their id: how messages name people. */
  public static String name(Person person) {
    return person.getName() != null && !person.getName().isBlank() ? person.getName() : person.getId();
  }

  /** The person of {@code index} with {@code id}, or null. */
  public static Person find(Casebook index, String id) {
    return index.getPeople().stream().filter(p -> id != null && id.equals(p.getId())).findFirst().orElse(null);
  }
}
