// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.explorer;

import java.time.DayOfWeek;
import java.time.LocalDate;

import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.rapport.app.internal.AppMessages;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Session;
import org.rapport.model.time.Dates;

/** The explorer's filters; a client or session stays visible while it holds a matching document. */
public final class ExplorerFilter extends ViewerFilter {

  /** What the filter box offers, in its order. */
  public enum Show {
    ALL, DRAFTS, AWAITING_MY_REVIEW, THIS_WEEK;

    /** What the filter box says for this choice, in the user's language. */
    public String label(AppMessages texts) {
      return switch (this) {
        case ALL -> texts.show_all;
        case DRAFTS -> texts.show_drafts;
        case AWAITING_MY_REVIEW -> texts.show_awaitingMyReview;
        case THIS_WEEK -> texts.show_thisWeek;
      };
    }
  }

  private static final Set<String> AWAITING = Set.of("submitted", "resubmitted");

  private final LocalDate today;
  private final Supplier<String> user;
  private Show show = Show.ALL;

  /** @param user the person id the user works as (empty when not set: then every note awaiting review counts) */
  public ExplorerFilter(LocalDate today, Supplier<String> user) {
    this.today = today;
    this.user = user;
  }

  public void setShow(Show show) {
    this.show = show;
  }

  public Show show() {
    return show;
  }

  @Override
  public boolean select(Viewer viewer, Object parent, Object element) {
    return show == Show.ALL || matches(element);
  }

  boolean matches(Object element) {
    return switch (element) {
      case ClientCase client -> client.getAgreements().stream().anyMatch(this::matches)
          || client.getSessions().stream().anyMatch(this::matches);
      case ExplorerContent.Agreements agreements -> agreements.client().getAgreements().stream().anyMatch(this::matches);
      case Session session -> show == Show.THIS_WEEK ? thisWeek(session) : session.getDocuments().stream().anyMatch(this::matches);
      case DocumentEntry entry -> switch (show) {
        case DRAFTS -> "draft".equals(entry.getStatus()) || "returned".equals(entry.getStatus());
        case AWAITING_MY_REVIEW -> AWAITING.contains(entry.getStatus()) && isMine(entry);
        case THIS_WEEK -> entry.eContainer() instanceof Session session && thisWeek(session);
        case ALL -> true;
      };
      default -> true;
    };
  }

  /** Awaiting the user's review: addressed to them, or to no one in particular. */
  private boolean isMine(DocumentEntry entry) {
    String me = user.get();
    return me == null || me.isBlank() || entry.getAwaitingReviewBy().isEmpty() || entry.getAwaitingReviewBy().contains(me);
  }

  private boolean thisWeek(Session session) {
    if (session.getDateTime() == null) {
      return false;
    }
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate day = Dates.time(session.getDateTime()).toLocalDate();
    return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
  }
}
