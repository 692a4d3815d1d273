// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

/**
 * The application bundle's texts, injected with {@code @Translation} in the language of the workbench. e4 fills each field
 * from the key of the same name in {@code OSGI-INF/l10n/bundle.properties} (or its {@code _de} variant); the fields must stay
 * public and non-final for that.
 */
public class AppMessages {
  public String edit_undo;
  public String edit_undoWhat;
  public String edit_redo;
  public String edit_redoWhat;
  public String edit_typing;
  public String edit_changeTo;
  public String edit_addingTo;
  public String edit_removalFrom;
  public String edit_lastChange;
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
}
