// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.model.operations.People;

/**
 * People as users read them: by name, not by the id documents store. An id the casebook does not
 * know (a person removed, a document from elsewhere) is shown as it is, so nothing is hidden.
 */
public final class PersonNames {

  private PersonNames() {
  }

  /** The name of the person with {@code personId} in {@code index}, else the id itself ("" for none). */
  public static String of(Casebook index, String personId) {
    if (personId == null) {
      return "";
    }
    if (index != null) {
      for (Person person : index.getPeople()) {
        if (personId.equals(person.getId()) && person.getName() != null && !person.getName().isBlank()) {
          return person.getName();
        }
      }
    }
    return personId;
  }

  /** The name of the person with {@code personId} in the open casebook, else the id. */
  public static String of(ActiveCasebook casebook, String personId) {
    return of(casebook == null ? null : casebook.current().map(open -> open.index()).orElse(null), personId);
  }

  /** {@code person}'s name, else its id. */
  public static String of(Person person) {
    return person == null ? "" : People.name(person);
  }
}
