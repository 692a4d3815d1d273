// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.CaseStatus;
import org.rapport.model.ClientCase;
import org.rapport.model.Session;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.internal.XmiCasebookStore;
import org.rapport.model.time.Dates;

/** Clients and sessions added to the index: saved at once, or not at all. */
class IndexChangesTest {

  private final XmiCasebookStore store = new XmiCasebookStore();

  @TempDir
  Path folder;

  @Test
  void anAddedClientIsActiveFromItsStartDateAndInTheIndexOnDisk() throws Exception {
    try (OpenCasebook open = store.create(folder, "Clients")) {
      ClientCase client = open.addClient("  CL-0701 ", LocalDate.of(2026, 12, 1));
      assertEquals("CL-0701", client.getCode(), "the code is stripped of spaces");
      assertEquals(CaseStatus.ACTIVE, client.getStatus());
      assertEquals(LocalDate.of(2026, 12, 1), Dates.day(client.getStartDate()));
    }
    Files.delete(folder.resolve(".rapport.lock"));
    try (OpenCasebook reopened = store.open(folder)) {
      assertEquals("CL-0701", reopened.index().getClients().get(0).getCode());
    }
  }

  @Test
  void anAddedSessionFollowsTheLastByAWeekAndIsSaved() throws Exception {
    try (OpenCasebook open = store.create(folder, "Sessions")) {
      ClientCase client = Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      Session last = client.getSessions().get(1);
      Session added = open.addSession(client, LocalDateTime.of(2026, 12, 1, 9, 0));
      assertEquals(3, added.getNumber());
      assertEquals("CL-0417-S03", added.getId());
      assertEquals(Dates.time(last.getDateTime()).plusWeeks(1), Dates.time(added.getDateTime()));
    }
    Files.delete(folder.resolve(".rapport.lock"));
    try (OpenCasebook reopened = store.open(folder)) {
      assertEquals(3, reopened.index().getClients().get(0).getSessions().size());
    }
  }

  @Test
  void aSaveThatFailsTakesTheNewClientAndTheNewSessionOutAgain() throws Exception {
    try (OpenCasebook open = store.create(folder, "Refused")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
    }
    Files.delete(folder.resolve(".rapport.lock"));
    try (OpenCasebook reader = store.openForReading(folder)) {
      ClientCase client = reader.index().getClients().get(0);
      assertThrows(StoreException.class, () -> reader.addClient("CL-0702", LocalDate.of(2026, 12, 1)));
      assertEquals(1, reader.index().getClients().size(), "the refused client is not in the index");
      assertThrows(StoreException.class, () -> reader.addSession(client, LocalDateTime.of(2026, 12, 1, 9, 0)));
      assertEquals(1, client.getSessions().size(), "the refused session is not in the index");
    }
  }
}
