// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.explorer;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.viewers.LabelProvider;
import org.rapport.app.internal.AppMessages;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Session;
import org.rapport.model.time.Dates;

/** Plain-words labels for the explorer: what each node is and the state it is in. */
public final class ExplorerLabels extends LabelProvider {

  /** Day, month and time in the user's language ("10 Feb 2026 10:00", "10 Feb. 2026 10:00"). */
  private final DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.getDefault(Locale.Category.FORMAT));
  private final AppMessages texts;
  private final LocalDate today;
  private final java.util.function.Predicate<DocumentEntry> inConflict;

  /** {@code inConflict}: whether a document waits for a person to choose between two workstations' versions. */
  public ExplorerLabels(AppMessages texts, LocalDate today, java.util.function.Predicate<DocumentEntry> inConflict) {
    this.texts = texts;
    this.today = today;
    this.inConflict = inConflict;
  }

  @Override
  public String getText(Object element) {
    return switch (element) {
      case ClientCase client -> client.getCode() + "  (" + texts.state(client.getStatus() == null ? null : client.getStatus().getLiteral())
          + ", " + sessions(client.getSessions().size()) + ")";
      case ExplorerContent.Agreements agreements -> format(texts.explorer_agreements, agreements.client().getAgreements().size());
      case Session session -> format(texts.explorer_session, session.getNumber())
          + (session.getDateTime() == null ? "" : " · " + when.format(Dates.time(session.getDateTime())))
          + (session.getStatus() == null ? "" : " · " + texts.state(session.getStatus().getLiteral()));
      case DocumentEntry entry -> documentText(entry);
      default -> super.getText(element);
    };
  }

  /**
   * An agreement past its review date, and a document changed on two workstations, carry the
   * warning sign, so they stand out in a long list.
   */
  @Override
  public org.eclipse.swt.graphics.Image getImage(Object element) {
    return element instanceof DocumentEntry entry && (reviewOverdue(entry) || inConflict.test(entry))
        ? org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault()
            .getFieldDecoration(org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_WARNING).getImage()
        : null;
  }

  private boolean reviewOverdue(DocumentEntry entry) {
    return entry.getKind() == DocumentKind.AGREEMENT && "signed".equals(entry.getStatus()) && entry.getReviewDate() != null
        && Dates.day(entry.getReviewDate()).isBefore(today);
  }

  private String documentText(DocumentEntry entry) {
    String kind = entry.getKind() == DocumentKind.AGREEMENT ? format(texts.explorer_agreement, entry.getVersion())
        : entry.getKind() == DocumentKind.PLAN ? texts.explorer_plan : texts.explorer_reflection;
    String text = kind + " — " + texts.state(entry.getStatus());
    if (reviewOverdue(entry)) {
      text += " — " + MessageFormat.format(texts.explorer_reviewDue, Dates.day(entry.getReviewDate()).toString());
    }
    if (inConflict.test(entry)) {
      text += " — " + texts.explorer_conflict;
    }
    return text;
  }

  private String sessions(int count) {
    return count == 1 ? texts.explorer_oneSession : format(texts.explorer_sessions, count);
  }

  /** Numbers as digits only: MessageFormat would group a session number of 1000 as "1,000". */
  private static String format(String pattern, int number) {
    return MessageFormat.format(pattern, Integer.toString(number));
  }
}
