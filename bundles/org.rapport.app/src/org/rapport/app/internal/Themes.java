// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;

/**
 * Rapport's two appearances, declared in plugin.xml on e4's theme engine. The dark theme's id contains "dark": the engine
 * then asks GTK for its dark variant too, so that scroll bars and native dialogs match.
 */
public final class Themes {

  public static final String LIGHT = "org.rapport.theme.light";
  public static final String DARK = "org.rapport.theme.dark";

  private Themes() {
  }

  /** Whether the dark theme is in use; false without a theme engine (a product started without {@code cssTheme}). */
  public static boolean isDark(IThemeEngine engine) {
    ITheme active = engine == null ? null : engine.getActiveTheme();
    return active != null && DARK.equals(active.getId());
  }

  /** Applies the light or dark theme at once to every open window and keeps the choice for the next start. */
  public static void choose(IThemeEngine engine, boolean dark) {
    if (engine == null || isDark(engine) == dark) {
      return;
    }
    engine.setTheme(dark ? DARK : LIGHT, true);
  }
}
