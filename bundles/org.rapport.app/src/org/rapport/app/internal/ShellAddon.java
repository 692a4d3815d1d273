package org.rapport.app.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Installs Rapport's own save prompt in every window once the workbench is up (the renderer installs
 * a generic one while it creates the window, which this replaces).
 */
public final class ShellAddon {

  @Inject
  @Optional
  void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application) {
    for (MWindow window : application.getChildren()) {
      if (window.getContext() != null) {
        window.getContext().set(ISaveHandler.class,
            new DocumentSaveHandler(() -> window.getWidget() instanceof Shell shell ? shell : null));
      }
    }
  }
}
