// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;

/**
 * Chooses the workbench's language before the window is built. The language follows the system; {@code -nl} on the command
 * line overrides it (Equinox then records {@code osgi.nl.user}); otherwise the language chosen in Preferences wins. Only the
 * languages Rapport is translated into are offered.
 */
public final class WorkbenchLanguage {

  /** The languages every Rapport text exists in, as language tags; English is the default. */
  public static final List<String> OFFERED = List.of("en", "de");

  /** The system's locale, kept before a chosen language replaces the default, so Preferences can still name it. */
  private static final Locale SYSTEM = Locale.getDefault();

  private WorkbenchLanguage() {
  }

  static Locale systemLocale() {
    return SYSTEM;
  }

  /**
   * Puts the chosen language into the application context (which e4's translation of the model and of {@code @Translation}
   * classes reads) and makes it Java's default (which dates, numbers and bundle localization read).
   *
   * @param chosenTag the language chosen in Preferences, or empty
   * @return the locale in use
   */
  static Locale apply(IEclipseContext context, String chosenTag) {
    boolean fromCommandLine = System.getProperty("osgi.nl.user") != null;
    if (fromCommandLine || chosenTag == null || !OFFERED.contains(chosenTag)) {
      return Locale.getDefault();
    }
    Locale chosen = Locale.forLanguageTag(chosenTag);
    Locale.setDefault(chosen);
    context.set(TranslationService.LOCALE, chosen);
    return chosen;
  }
}
