// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rapport.model.Casebook;
import org.rapport.model.RapportFactory;
import org.rapport.model.Role;
import org.rapport.model.operations.People;

class PeopleTest {

  @Test
  void aPersonsIdComesFromTheirNameAndIsNeverTakenTwice() {
    Casebook index = RapportFactory.eINSTANCE.createCasebook();
    assertEquals("P-supervisor-m-hollis", People.add(index, " Supervisor M. Hollis ", Role.SUPERVISOR).getId());
    assertEquals("P-supervisor-m-hollis-2", People.add(index, "Supervisor M. Hollis", Role.SUPERVISOR).getId());
    assertEquals("P-jose-nunez", People.add(index, "José Núñez", Role.TRAINEE).getId(), "a plain name for the key file");
    assertEquals("P-person", People.add(index, "李", Role.TRAINEE).getId());
    assertEquals("Supervisor M. Hollis", People.find(index, "P-supervisor-m-hollis").getName());
    assertThrows(IllegalArgumentException.class, () -> People.add(index, "  ", Role.TRAINEE));
  }
}
