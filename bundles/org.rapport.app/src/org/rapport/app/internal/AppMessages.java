// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

/**
 * The application bundle's texts, injected with {@code @Translation} in the language of the workbench. e4 fills each field
 * from the key of the same name in {@code OSGI-INF/l10n/bundle.properties} (or its {@code _de} variant); the fields must stay
 * public and non-final for that.
 */
public class AppMessages {
  public String casebook_none;
  public String casebook_show;
  public String show_all;
  public String show_drafts;
  public String show_awaitingMyReview;
  public String show_thisWeek;
  public String explorer_oneSession;
  public String explorer_sessions;
  public String explorer_agreements;
  public String explorer_session;
  public String explorer_agreement;
  public String explorer_plan;
  public String explorer_reflection;
  public String explorer_reviewDue;
  public String explorer_conflict;
  public String explorer_noStatus;
  public String state_active;
  public String state_paused;
  public String state_closed;
  public String state_planned;
  public String state_held;
  public String state_cancelled;
  public String state_missed;
  public String state_draft;
  public String state_proposed;
  public String state_signed;
  public String state_superseded;
  public String state_ended;
  public String state_submitted;
  public String state_returned;
  public String state_resubmitted;
  public String state_approved;
  public String state_locked;
  public String problems_error;
  public String problems_warning;
  public String problems_note;
  public String problems_problem;
  public String problems_document;
  public String problems_where;
  public String problems_line;
  public String person_signedIn;
  public String person_readingOnly;
  public String title_readingOnly;
  public String edit_undo;
  public String edit_undoWhat;
  public String edit_redo;
  public String edit_redoWhat;
  public String edit_typing;
  public String edit_changeTo;
  public String edit_addingTo;
  public String edit_removalFrom;
  public String edit_lastChange;
  public String save_title;
  public String save_one;
  public String save_many;
  public String save_question;
  public String save_save;
  public String save_dontSave;
  public String revert_title;
  public String revert_question;
  public String recovery_title;
  public String recovery_message;
  public String recovery_restore;
  public String recovery_discardAll;
  public String preferences_title;
  public String preferences_programme;
  public String preferences_noProgramme;
  public String preferences_recoverySeconds;
  public String preferences_lockMinutes;
  public String preferences_language;
  public String preferences_languageSystem;
  public String preferences_languageNextStart;
  public String preferences_theme;
  public String preferences_themeLight;
  public String preferences_themeDark;
  public String preferences_startCasebook;
  public String preferences_demoCasebook;
  public String preferences_startCasebookHint;

  /**
   * A model literal such as {@code superseded} in the user's words: the {@code state_} field of that name, or the literal with
   * its hyphens as spaces when Rapport has no text for it (a status an extension invented).
   */
  public String state(String literal) {
    if (literal == null || literal.isBlank()) {
      return explorer_noStatus;
    }
    try {
      Object text = AppMessages.class.getField("state_" + literal.replace('-', '_')).get(this);
      if (text instanceof String words && !words.isBlank()) {
        return words;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // no text of Rapport's own: the literal's words below
    }
    return literal.replace('-', ' ');
  }
}
