// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewComment;
import org.rapport.model.time.Dates;

/** How the review of a note reads in the editor: supervisors' comments, what they are on, and when. */
final class ReviewText {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private ReviewText() {
  }

  /** The comments on {@code anchor} (a stage or a rating), one per line, open ones marked. */
  static String commentsOn(ReflectionNote note, String anchor, java.util.function.UnaryOperator<String> names) {
    StringBuilder text = new StringBuilder();
    for (ReviewComment comment : note.getComments()) {
      if (anchor.equals(comment.getAnchor())) {
        text.append(comment.isResolved() ? "(resolved) " : "\u25b6 ").append(names.apply(comment.getAuthorId())).append(", ").append(when(Dates.time(comment.getAt())))
            .append(": ").append(comment.getText()).append('\n');
      }
    }
    return text.toString().strip();
  }

  /** What a comment or an amendment is on, in words. */
  static String where(String anchor) {
    return anchor == null ? "the whole note" : anchor.replaceFirst("^stage:", "").replaceFirst("^rating:", "rating of ");
  }

  static String when(LocalDateTime at) {
    return at == null ? "" : at.format(WHEN);
  }
}
