// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

/**
 * The lab bundle's texts in the workbench's language, filled by e4 from {@code OSGI-INF/l10n/bundle*.properties} (a field
 * per key) and injected with {@code @Translation}. The {@code lab_} texts are MessageFormat patterns.
 */
public class SyncMessages {
  public String lab_notShared;
  public String lab_running;
  public String lab_notSynced;
  public String lab_inStep;
  public String lab_conflicts;
  public String lab_offline;
  public String lab_failed;
  public String lab_keyRefused;
  public String lab_passwordRefused;
  public String lab_syncingWith;
  public String lab_waitingForPassword;
}
