// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import java.security.KeyPair;
import java.time.LocalDateTime;

import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.RapportFactory;
import org.rapport.model.Role;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.model.time.Dates;

/** People of a test casebook, each with a fresh key whose public half is in the index. */
final class TestPeople {

  final Casebook index = RapportFactory.eINSTANCE.createCasebook();

  /** A person of {@link #index} with a new key, signed in. */
  Signer signer(String id, String name, Role role) {
    Person person = RapportFactory.eINSTANCE.createPerson();
    person.setId(id);
    person.setName(name);
    person.getRoles().add(role);
    index.getPeople().add(person);
    return withNewKey(person);
  }

  /** {@code person} signed in with a key added to their keys now. */
  static Signer withNewKey(Person person) {
    KeyPair keys = Keys.generate();
    PersonKey key = RapportFactory.eINSTANCE.createPersonKey();
    key.setPublicKey(Keys.encode(keys.getPublic()));
    key.setCreated(Dates.of(LocalDateTime.of(2026, 1, 1, 0, 0)));
    person.getKeys().add(key);
    return new Signer(person, keys);
  }

  /** Someone holding a key pair that is not in anyone's keys, claiming to be {@code person}. */
  static Signer impostor(Person person) {
    return new Signer(person, Keys.generate());
  }
}
