// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.rapport.model.Person;
import org.rapport.store.OpenCasebook;

/**
 * Who the user works as: a person of the casebook, chosen in Edit > Preferences. One instance lives
 * in the application's context; editors ask it before offering review steps.
 */
public final class CurrentUser {

  private final Supplier<String> id;

  /** {@code id} gives the chosen person's id, or an empty string. */
  public CurrentUser(Supplier<String> id) {
    this.id = id;
  }

  /** The person of {@code casebook} the user works as, or empty when none is chosen or it is not there. */
  public Optional<Person> in(OpenCasebook casebook) {
    String chosen = id.get();
    if (casebook == null || chosen == null || chosen.isBlank()) {
      return Optional.empty();
    }
    return casebook.index().getPeople().stream().filter(person -> chosen.equals(person.getId())).findFirst();
  }

  /** The id of the person the user works as in {@code casebook}, or null: who a change is recorded as done by. */
  public String idIn(OpenCasebook casebook) {
    return in(casebook).map(Person::getId).orElse(null);
  }

  /** {@link #idIn}, for a caller that may have no {@code CurrentUser} (null) in its context. */
  public static String idIn(CurrentUser user, OpenCasebook casebook) {
    return user == null ? null : user.idIn(casebook);
  }
}
