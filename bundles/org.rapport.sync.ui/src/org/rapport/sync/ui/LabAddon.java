// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Display;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.FollowedCasebooks;
import org.rapport.ui.ActiveCasebook;

/**
 * Puts the {@link LabState} in the application's context, follows the active casebook (and puts a
 * shared one on the workstation's {@link FollowedCasebooks desk}), and syncs a
 * shared casebook in the background every few minutes (system property
 * {@code rapport.sync.intervalSeconds}, 300 by default, 0 for never) while nothing waits to be
 * saved. A background sync that cannot reach the lab says so once in the status line.
 */
public final class LabAddon {

  private final LabState state;
  private Display display;
  private Runnable tick;

  /** The state is made with the texts at once: the addon's event methods may run before {@code start}. */
  @Inject
  public LabAddon(@Translation SyncMessages texts) {
    state = new LabState(texts);
  }

  @PostConstruct
  void start(MApplication application, @Optional ActiveCasebook active) {
    application.getContext().set(LabState.class, state);
    // a casebook opened while the workbench started (the last one, or --casebook) was opened before this addon
    if (active != null) {
      active.current().ifPresent(this::opened);
    }
    display = Display.getCurrent();
    int seconds = Integer.getInteger("rapport.sync.intervalSeconds", 300);
    if (display != null && seconds > 0) {
      tick = () -> {
        if (!display.isDisposed()) {
          SyncRunner.inBackground(application.getContext());
          display.timerExec(seconds * 1000, tick);
        }
      };
      display.timerExec(seconds * 1000, tick);
    }
  }

  @Inject
  @Optional
  void opened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook casebook) {
    state.follow(casebook.folder());
    putOnTheDesk(casebook.folder());
  }

  /** A casebook linked to a lab joins the workstation's desk (cloned here, or brought by a backup or a USB stick). */
  static void putOnTheDesk(java.nio.file.Path folder) {
    if (CasebookSync.isShared(folder)) {
      FollowedCasebooks.ofThisWorkstation().follow(folder);
    }
  }

  @Inject
  @Optional
  void closed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Object closed) {
    state.follow(null);
  }

  @PreDestroy
  void stop() {
    if (tick != null && display != null && !display.isDisposed()) {
      display.timerExec(-1, tick);
    }
  }
}
