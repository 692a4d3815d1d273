// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.junit.jupiter.api.Test;
import org.rapport.model.RapportPackage;
import org.rapport.model.time.Dates;

/** The model's dates: XML Schema values in the files, java.time in code, and format 1's short times still read. */
class DatesTest {

  @Test
  void timesAreWrittenWithTheirSecondsAndReadBackAsTheyWere() {
    LocalDateTime time = LocalDateTime.of(2026, 4, 9, 15, 0);
    assertEquals("2026-04-09T15:00:00", Dates.format(Dates.of(time)));
    assertEquals(time, Dates.time(Dates.of(time)));
    LocalDateTime precise = LocalDateTime.of(2026, 4, 9, 15, 0, 7, 120_000_000);
    assertEquals("2026-04-09T15:00:07.120", Dates.format(Dates.of(precise)));
    assertEquals(precise, Dates.time(Dates.of(precise)));
    assertEquals("2026-04-09", Dates.format(Dates.of(LocalDate.of(2026, 4, 9))));
  }

  @Test
  void formatOnesTimeWithoutSecondsReadsAndTheGenericFactoryAgrees() {
    assertEquals(LocalDateTime.of(2026, 4, 9, 15, 0), Dates.time(Dates.parseDateTime("2026-04-09T15:00")));
    Object generic = EcoreUtil.createFromString(RapportPackage.Literals.DATE_TIME, "2026-04-09T15:00:00");
    assertEquals(XMLTypeFactory.eINSTANCE.createDateTime("2026-04-09T15:00:00"), generic);
    assertEquals(generic, Dates.parseDateTime("2026-04-09T15:00"), "a value read by Rapport equals one a generic reader makes");
    assertEquals(LocalDate.of(2026, 2, 10), Dates.javaTime(Dates.parseDate("2026-02-10")));
    assertEquals(LocalDateTime.of(2026, 2, 10, 9, 30), Dates.javaTime(Dates.parseDateTime("2026-02-10T09:30:00")));
  }

  @Test
  void nothingIsNullAndNonsenseOrAZoneIsRefused() {
    assertNull(Dates.of((LocalDate) null));
    assertNull(Dates.time(null));
    assertNull(Dates.parseDateTime(""));
    assertThrows(IllegalArgumentException.class, () -> Dates.parseDateTime("next Tuesday"));
    assertThrows(IllegalArgumentException.class, () -> Dates.parseDateTime("2026-04-09T15:00:00Z"), "the model's times are local");
    assertThrows(IllegalArgumentException.class, () -> Dates.parseDate("2026-02-30"));
  }
}
