// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import java.util.Map;

import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.CurrentUser;

/** The people of the demo casebook and their passphrases, as seeds/README.md gives them. */
public final class DemoPeople {

  public static final String TRAINEE = "P-trainee-1";
  public static final String HOLLIS = "P-sup-1";
  public static final String ADEYEMI = "P-sup-2";

  private static final Map<String, String> PASSPHRASES = Map.of(TRAINEE, "fairweather demo 2026", HOLLIS, "hollis demo 2026",
      ADEYEMI, "adeyemi demo 2026");

  private DemoPeople() {
  }

  /** The demo passphrase of {@code personId}. */
  public static char[] passphrase(String personId) {
    return PASSPHRASES.get(personId).toCharArray();
  }

  /** Signs {@code personId} in to {@code open} with their demo passphrase; null: reads only. */
  public static void signIn(CurrentUser user, OpenCasebook open, String personId) {
    if (personId == null) {
      user.readOnly(open);
      return;
    }
    try {
      user.signIn(open, open.signing().signIn(personId, passphrase(personId)));
    } catch (StoreException e) {
      throw new IllegalStateException("could not sign in as " + personId + ": " + e.getMessage(), e);
    }
  }
}
