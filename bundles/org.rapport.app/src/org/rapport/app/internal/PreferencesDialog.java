// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.ui.TitledDialog;
import org.eclipse.swt.widgets.Spinner;
import org.rapport.extension.ProgrammeTemplate;

/**
 * Edit > Preferences: the training programme (from the installed extensions), how often unsaved changes are kept for crash
 * recovery, and which casebook opens at start.
 */
public final class PreferencesDialog extends TitledDialog {

  /** The window title, by which tests find the dialog. */
  public static final String TITLE = "Preferences";

  private final List<ProgrammeTemplate> programmes;
  private Combo programme;
  private Spinner seconds;
  private Spinner lockMinutes;

  public PreferencesDialog(Shell parent) {
    this(parent, List.of());
  }

  /** @param programmes the programme templates the installed extensions offer */
  public PreferencesDialog(Shell parent, List<ProgrammeTemplate> programmes) {
    super(parent, TITLE);
    this.programmes = List.copyOf(programmes);
  }

  @Override
  protected void fill(Composite area) {
    area.setLayout(new GridLayout(2, false));

    new Label(area, SWT.NONE).setText("&Programme:");
    programme = new Combo(area, SWT.READ_ONLY);
    programme.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    programme.add("(none: new agreements get every clause template)");
    programme.select(0);
    for (ProgrammeTemplate candidate : programmes) {
      programme.add(candidate.name() + " (" + candidate.institution() + ")");
      if (qualifiedId(candidate).equals(RapportPreferences.programme())) {
        programme.select(programme.getItemCount() - 1);
      }
    }

    new Label(area, SWT.NONE).setText("&Keep unsaved changes every (seconds):");
    seconds = new Spinner(area, SWT.BORDER);
    seconds.setValues(RapportPreferences.recoverySeconds(), 1, 600, 0, 1, 10);

    new Label(area, SWT.NONE).setText("&Lock an encrypted casebook after (idle minutes, 0: never):");
    lockMinutes = new Spinner(area, SWT.BORDER);
    lockMinutes.setValues(RapportPreferences.lockMinutes(), 0, 240, 0, 1, 5);

    new Label(area, SWT.NONE).setText("Casebook opened at start:");
    Label start = new Label(area, SWT.WRAP);
    Optional<Path> last = LastCasebook.read();
    start.setText(last.map(Path::toString).orElse("the demo casebook") + "\n(the casebook opened last; change it with File > Open Casebook)");
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
    super.okPressed();
  }

  private static String qualifiedId(ProgrammeTemplate programme) {
    return programme.institution() + "/" + programme.id();
  }
}
