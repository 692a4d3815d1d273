// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.explorer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.viewers.LabelProvider;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Session;
import org.rapport.model.time.Dates;

/** Plain-words labels for the explorer: what each node is and the state it is in. */
public final class ExplorerLabels extends LabelProvider {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private final LocalDate today;
  private final java.util.function.Predicate<DocumentEntry> inConflict;

  /** {@code inConflict}: whether a document waits for a person to choose between two workstations' versions. */
  public ExplorerLabels(LocalDate today, java.util.function.Predicate<DocumentEntry> inConflict) {
    this.today = today;
    this.inConflict = inConflict;
  }

  @Override
  public String getText(Object element) {
    return switch (element) {
      case ClientCase client -> client.getCode() + "  (" + words(client.getStatus() == null ? null : client.getStatus().getLiteral())
          + ", " + client.getSessions().size() + (client.getSessions().size() == 1 ? " session)" : " sessions)");
      case ExplorerContent.Agreements agreements -> "Agreements (" + agreements.client().getAgreements().size() + ")";
      case Session session -> "Session " + session.getNumber()
          + (session.getDateTime() == null ? "" : " · " + WHEN.format(Dates.time(session.getDateTime())))
          + (session.getStatus() == null ? "" : " · " + words(session.getStatus().getLiteral()));
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
    String kind = entry.getKind() == DocumentKind.AGREEMENT ? "Agreement v" + entry.getVersion()
        : entry.getKind() == DocumentKind.PLAN ? "Session plan" : "Reflection";
    String text = kind + " — " + words(entry.getStatus());
    if (reviewOverdue(entry)) {
      text += " — review due since " + Dates.day(entry.getReviewDate());
    }
    if (inConflict.test(entry)) {
      text += " — changed on two workstations: choose a version";
    }
    return text;
  }

  /** A model literal such as {@code awaiting-review} in words: "awaiting review". */
  static String words(String literal) {
    return literal == null || literal.isBlank() ? "no status" : literal.replace('-', ' ');
  }
}
