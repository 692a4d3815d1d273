// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The user's preferences, kept in the instance scope (the user's Rapport folder). */
public final class RapportPreferences {

  static final String NODE = "org.rapport.app";
  static final String RECOVERY_SECONDS = "recovery.seconds";
  static final String USER_ID = "user.id";
  static final String LOCK_MINUTES = "lock.minutes";
  static final int DEFAULT_LOCK_MINUTES = 10;
  static final String USER_ROLE = "user.role";
  static final String PROGRAMME = "programme";
  static final String LANGUAGE = "language";
  static final int DEFAULT_RECOVERY_SECONDS = 5;

  private RapportPreferences() {
  }

  /** How often unsaved changes are kept for crash recovery; the system property {@code rapport.recovery.seconds} wins. */
  public static int recoverySeconds() {
    Integer property = Integer.getInteger("rapport.recovery.seconds");
    int seconds = property != null ? property : node().getInt(RECOVERY_SECONDS, DEFAULT_RECOVERY_SECONDS);
    return Math.max(1, Math.min(seconds, 600));
  }

  public static void setRecoverySeconds(int seconds) {
    node().putInt(RECOVERY_SECONDS, seconds);
    flush();
  }

  /** Idle minutes after which an encrypted casebook's window is locked (read by org.rapport.lock under the same key); 0: never. */
  public static int lockMinutes() {
    return node().getInt(LOCK_MINUTES, DEFAULT_LOCK_MINUTES);
  }

  public static void setLockMinutes(int minutes) {
    node().putInt(LOCK_MINUTES, minutes);
    flush();
  }

  /** The id of the person who signed in last, offered first the next time (a convenience, not an identity). */
  public static String lastPerson() {
    return node().get(USER_ID, "");
  }

  public static void setLastPerson(String id) {
    node().put(USER_ID, id == null ? "" : id.strip());
    flush();
  }

  /** The training programme chosen, as {@code institution/id} of an installed programme template, or empty. */
  public static String programme() {
    return node().get(PROGRAMME, "");
  }

  public static void setProgramme(String qualifiedId) {
    node().put(PROGRAMME, qualifiedId == null ? "" : qualifiedId);
    flush();
  }

  /** The language chosen in Preferences as a language tag ({@code en}, {@code de}), or empty: the system's. */
  public static String language() {
    return node().get(LANGUAGE, "");
  }

  public static void setLanguage(String tag) {
    node().put(LANGUAGE, tag == null ? "" : tag);
    flush();
  }

  static IEclipsePreferences node() {
    return InstanceScope.INSTANCE.getNode(NODE);
  }

  private static void flush() {
    try {
      node().flush();
    } catch (BackingStoreException e) {
      // kept in memory for this session; the next start uses the defaults
    }
  }
}
