// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.AppMessages;
import org.rapport.app.internal.PreferencesDialog;
import org.rapport.app.internal.Themes;
import org.rapport.extension.Extensions;

/** Edit > Preferences. */
public class PreferencesHandler {

  /** Posted after the preferences changed, so that views depending on them refresh. */
  public static final String TOPIC_CHANGED = "org/rapport/preferences/changed";

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events, @Translation AppMessages texts,
      @Optional Extensions extensions, @Optional IThemeEngine themes) {
    PreferencesDialog dialog = new PreferencesDialog(shell, texts, extensions == null ? List.of() : extensions.programmes(),
        Themes.isDark(themes));
    if (dialog.open() == Window.OK) {
      Themes.choose(themes, dialog.darkChosen());
      events.send(TOPIC_CHANGED, Boolean.TRUE);
    }
  }
}
