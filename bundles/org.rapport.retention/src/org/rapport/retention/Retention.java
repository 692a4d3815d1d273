// SPDX-License-Identifier: EPL-2.0
package org.rapport.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Session;
import org.rapport.model.time.Dates;

/**
 * Which documents are past the casebook's retention period: plans and reflections of sessions
 * held longer ago than the period, and agreement versions no longer in force (superseded or ended)
 * last changed longer ago. An agreement in force is never due, however old.
 */
public final class Retention {

  /** A document due for review, with the date its period is counted from. */
  public record Due(DocumentEntry entry, String client, LocalDate since) {
  }

  private Retention() {
  }

  public static List<Due> due(Casebook index, LocalDate today) {
    List<Due> due = new ArrayList<>();
    int years = index.getRetentionYears();
    if (years <= 0) {
      return due;
    }
    LocalDate limit = today.minusYears(years);
    for (ClientCase client : index.getClients()) {
      for (DocumentEntry agreement : client.getAgreements()) {
        LocalDateTime changed = Dates.time(agreement.getModified());
        if (("superseded".equals(agreement.getStatus()) || "ended".equals(agreement.getStatus())) && changed != null
            && changed.toLocalDate().isBefore(limit)) {
          due.add(new Due(agreement, client.getCode(), changed.toLocalDate()));
        }
      }
      for (Session session : client.getSessions()) {
        if (session.getDateTime() != null && Dates.time(session.getDateTime()).toLocalDate().isBefore(limit)) {
          session.getDocuments().forEach(entry -> due.add(new Due(entry, client.getCode(), Dates.time(session.getDateTime()).toLocalDate())));
        }
      }
    }
    return due;
  }
}
