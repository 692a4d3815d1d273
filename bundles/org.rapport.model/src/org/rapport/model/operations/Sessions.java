// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.operations;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.rapport.model.ClientCase;
import org.rapport.model.Modality;
import org.rapport.model.RapportFactory;
import org.rapport.model.Session;
import org.rapport.model.SessionStatus;
import org.rapport.model.time.Dates;

/** Sessions of a client beyond setting one field. */
public final class Sessions {

  private Sessions() {
  }

  /**
   * The client's next session, not yet added to it: numbered after the highest, a week after the
   * last one (or the day after {@code now} at ten for a first session), planned, with the last
   * session's length and modality (50 minutes in person for a first one).
   */
  public static Session next(ClientCase client, LocalDateTime now) {
    Session last = client.getSessions().isEmpty() ? null : client.getSessions().get(client.getSessions().size() - 1);
    int number = client.getSessions().stream().mapToInt(Session::getNumber).max().orElse(0) + 1;
    Session session = RapportFactory.eINSTANCE.createSession();
    session.setNumber(number);
    session.setId(client.getCode() + "-S" + String.format("%02d", number));
    session.setDateTime(Dates.of(last != null && last.getDateTime() != null ? Dates.time(last.getDateTime()).plusWeeks(1)
        : now.plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(10)));
    session.setLengthMinutes(last != null && last.getLengthMinutes() > 0 ? last.getLengthMinutes() : 50);
    session.setModality(last != null && last.getModality() != null ? last.getModality() : Modality.IN_PERSON);
    session.setStatus(SessionStatus.PLANNED);
    return session;
  }
}
