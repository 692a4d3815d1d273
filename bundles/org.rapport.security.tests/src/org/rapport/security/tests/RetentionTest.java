// SPDX-License-Identifier: EPL-2.0
package org.rapport.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.RapportFactory;
import org.rapport.model.Session;
import org.rapport.retention.Retention;
import org.rapport.model.time.Dates;

/** Which documents are past the retention period, and that an agreement in force never is. */
class RetentionTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static DocumentEntry entry(String id, DocumentKind kind, String status, LocalDateTime modified) {
    DocumentEntry entry = F.createDocumentEntry();
    entry.setDocumentId(id);
    entry.setKind(kind);
    entry.setStatus(status);
    entry.setModified(Dates.of(modified));
    return entry;
  }

  @Test
  void sessionsHeldAndAgreementsEndedLongerAgoThanThePeriodAreDueAndNothingElse() {
    Casebook index = F.createCasebook();
    ClientCase client = F.createClientCase();
    client.setCode("CL-0101");
    index.getClients().add(client);
    for (int year : new int[] {2018, 2025}) {
      Session session = F.createSession();
      session.setId("CL-0101-" + year);
      session.setDateTime(Dates.of(LocalDateTime.of(year, 3, 1, 10, 0)));
      session.getDocuments().add(entry(session.getId() + "-plan", DocumentKind.PLAN, "draft", null));
      session.getDocuments().add(entry(session.getId() + "-reflection", DocumentKind.REFLECTION, "locked", null));
      client.getSessions().add(session);
    }
    LocalDateTime old = LocalDateTime.of(2017, 5, 1, 9, 0);
    client.getAgreements().add(entry("CL-0101-agreement-v1", DocumentKind.AGREEMENT, "superseded", old));
    client.getAgreements().add(entry("CL-0101-agreement-v2", DocumentKind.AGREEMENT, "signed", old));

    assertTrue(Retention.due(index, TODAY).isEmpty(), "no period set: nothing is due");
    index.setRetentionYears(7);
    List<String> due = Retention.due(index, TODAY).stream().map(d -> d.entry().getDocumentId()).toList();
    assertEquals(List.of("CL-0101-agreement-v1", "CL-0101-2018-plan", "CL-0101-2018-reflection"), due,
        "the superseded agreement and the 2018 session; not the agreement in force, however old, nor 2025");
  }
}
