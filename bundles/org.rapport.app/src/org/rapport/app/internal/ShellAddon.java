// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentParts;

/**
 * Installs Rapport's own save prompt in every window once the workbench is up (the renderer installs
 * a generic one while it creates the window, which this replaces), and reads documents again when
 * their editor asks for it after a change on disk.
 */
public final class ShellAddon {

  @Inject
  @Optional
  void reload(@UIEventTopic(DocumentParts.TOPIC_RELOAD) MPart part, MApplication application, EModelService models,
      @Optional ActiveCasebook active) {
    if (active == null || part.getContext() == null) {
      return;
    }
    MWindow window = models.getTopLevelWindowFor(part);
    EPartService parts = window.getContext().get(EPartService.class);
    Shell shell = window.getWidget() instanceof Shell s ? s : null;
    active.current().ifPresent(open -> DocumentOpener.reload(part, open, application, parts, models, shell));
  }

  @Inject
  @Optional
  void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
      @Translation AppMessages texts) {
    for (MWindow window : application.getChildren()) {
      if (window.getContext() != null) {
        window.getContext().set(ISaveHandler.class,
            new DocumentSaveHandler(() -> window.getWidget() instanceof Shell shell ? shell : null, texts));
      }
    }
  }
}
