// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.rapport.extension.ProgrammeTemplate;
import org.rapport.ui.TitledDialog;

/**
 * Edit > Preferences: the training programme (from the installed extensions), how often unsaved changes are kept for crash
 * recovery, when an encrypted casebook locks, the language (used from the next start), the appearance (applied at once) and
 * which casebook opens at start.
 */
public final class PreferencesDialog extends TitledDialog {

  private final AppMessages texts;
  private final List<ProgrammeTemplate> programmes;
  private final boolean dark;
  private Combo programme;
  private Spinner seconds;
  private Spinner lockMinutes;
  private Combo language;
  private Combo appearance;
  private boolean darkChosen;

  /**
   * @param programmes the programme templates the installed extensions offer
   * @param dark whether the dark appearance is the one in use
   */
  public PreferencesDialog(Shell parent, AppMessages texts, List<ProgrammeTemplate> programmes, boolean dark) {
    super(parent, texts.preferences_title);
    this.texts = texts;
    this.programmes = List.copyOf(programmes);
    this.dark = dark;
  }

  /** After OK: whether the user chose the dark appearance. */
  public boolean darkChosen() {
    return darkChosen;
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(2, false));

    new Label(area, SWT.NONE).setText(texts.preferences_programme);
    programme = new Combo(area, SWT.READ_ONLY);
    programme.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    programme.add(texts.preferences_noProgramme);
    programme.select(0);
    for (ProgrammeTemplate candidate : programmes) {
      programme.add(candidate.name() + " (" + candidate.institution() + ")");
      if (qualifiedId(candidate).equals(RapportPreferences.programme())) {
        programme.select(programme.getItemCount() - 1);
      }
    }

    new Label(area, SWT.NONE).setText(texts.preferences_recoverySeconds);
    seconds = new Spinner(area, SWT.BORDER);
    seconds.setValues(RapportPreferences.recoverySeconds(), 1, 600, 0, 1, 10);

    new Label(area, SWT.NONE).setText(texts.preferences_lockMinutes);
    lockMinutes = new Spinner(area, SWT.BORDER);
    lockMinutes.setValues(RapportPreferences.lockMinutes(), 0, 240, 0, 1, 5);

    new Label(area, SWT.NONE).setText(texts.preferences_language);
    language = new Combo(area, SWT.READ_ONLY);
    String system = WorkbenchLanguage.systemLocale().getDisplayLanguage(WorkbenchLanguage.systemLocale());
    language.add(MessageFormat.format(texts.preferences_languageSystem, system));
    for (String tag : WorkbenchLanguage.OFFERED) {
      Locale locale = Locale.forLanguageTag(tag);
      // each language in its own words, so that someone who cannot read the current one still finds theirs
      language.add(locale.getDisplayLanguage(locale));
    }
    int chosen = WorkbenchLanguage.OFFERED.indexOf(RapportPreferences.language());
    language.select(chosen + 1);
    new Label(area, SWT.NONE);
    new Label(area, SWT.NONE).setText(texts.preferences_languageNextStart);

    new Label(area, SWT.NONE).setText(texts.preferences_theme);
    appearance = new Combo(area, SWT.READ_ONLY);
    appearance.add(texts.preferences_themeLight);
    appearance.add(texts.preferences_themeDark);
    appearance.select(dark ? 1 : 0);

    new Label(area, SWT.NONE).setText(texts.preferences_startCasebook);
    Label start = new Label(area, SWT.WRAP);
    Optional<Path> last = LastCasebook.read();
    start.setText(last.map(Path::toString).orElse(texts.preferences_demoCasebook) + "\n" + texts.preferences_startCasebookHint);
    GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
    wide.widthHint = convertWidthInCharsToPixels(60);
    start.setLayoutData(wide);
  }

  @Override
  protected void okPressed() {
    int chosenProgramme = programme.getSelectionIndex();
    RapportPreferences.setProgramme(chosenProgramme <= 0 ? "" : qualifiedId(programmes.get(chosenProgramme - 1)));
    RapportPreferences.setRecoverySeconds(seconds.getSelection());
    RapportPreferences.setLockMinutes(lockMinutes.getSelection());
    int chosenLanguage = language.getSelectionIndex();
    RapportPreferences.setLanguage(chosenLanguage <= 0 ? "" : WorkbenchLanguage.OFFERED.get(chosenLanguage - 1));
    darkChosen = appearance.getSelectionIndex() == 1;
    super.okPressed();
  }

  private static String qualifiedId(ProgrammeTemplate programme) {
    return programme.institution() + "/" + programme.id();
  }
}
