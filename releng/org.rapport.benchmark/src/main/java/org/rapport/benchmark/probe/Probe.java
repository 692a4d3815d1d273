// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark.probe;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Installed by the benchmark into a copy of a product (never into the product itself). When the
 * workbench reports its start-up complete, the probe waits for the UI loop to come round once, so
 * that the window has been laid out and painted, and prints the time. With
 * {@code -Drapport.probe.open=<id>,<id>,...} it then opens each document with Rapport's Open
 * Document command, as a link or the explorer would, and prints how long each took until the UI
 * loop came round again; then it closes the workbench. Every line it prints starts with
 * {@code rapport-probe}.
 */
public final class Probe implements BundleActivator, EventHandler {

  private static final String STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
  private static final String OPEN_DOCUMENT = "org.rapport.app.command.openDocument";
  private static final String DOCUMENT_ID = "org.rapport.app.commandparameter.documentId";

  /** How long the probe lets the workbench settle (its sign-in dialog come up) before opening documents. */
  private static final int SETTLE_MILLIS = 500;

  private ServiceRegistration<EventHandler> registration;

  @Override
  public void start(BundleContext context) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put(EventConstants.EVENT_TOPIC, STARTUP_COMPLETE);
    registration = context.registerService(EventHandler.class, this, properties);
  }

  @Override
  public void stop(BundleContext context) {
    if (registration != null) {
      registration.unregister();
    }
  }

  @Override
  public void handleEvent(Event event) {
    if (!(event.getProperty("org.eclipse.e4.data") instanceof MApplication application)) {
      System.out.println("rapport-probe error start-up event without the application");
      return;
    }
    IEclipseContext context = application.getContext();
    UISynchronize ui = context.get(UISynchronize.class);
    ui.asyncExec(() -> {
      System.out.println("rapport-probe ready " + System.currentTimeMillis());
      String ids = System.getProperty("rapport.probe.open", "");
      Deque<String> queue = new ArrayDeque<>(ids.isBlank() ? List.of() : List.of(ids.split(",")));
      Display.getCurrent().timerExec(SETTLE_MILLIS, () -> dismissDialogsThenOpen(application, ui, queue));
    });
  }

  /**
   * Rapport asks who is working once the window is up; the probe answers as a user choosing to
   * read only (the dialog closed), so that no dialog is open while documents are opened. Editors
   * then open read only, with the same controls built.
   */
  private static void dismissDialogsThenOpen(MApplication application, UISynchronize ui, Deque<String> queue) {
    Shell active = Display.getCurrent().getActiveShell();
    if (active != null && active.getParent() != null && !active.isDisposed()) {
      System.out.println("rapport-probe dismissed " + active.getText());
      active.close();
      Display.getCurrent().timerExec(SETTLE_MILLIS, () -> dismissDialogsThenOpen(application, ui, queue));
      return;
    }
    openNext(application, ui, queue);
  }

  /** Bytes of heap in use once collections have settled: what the open casebook and the workbench hold. */
  private static long settledHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void openNext(MApplication application, UISynchronize ui, Deque<String> queue) {
    if (queue.isEmpty()) {
      System.out.println("rapport-probe heap " + settledHeap());
      System.out.println("rapport-probe done");
      System.out.flush();
      ui.asyncExec(() -> application.getContext().get(IWorkbench.class).close());
      return;
    }
    String id = queue.poll();
    MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
    IEclipseContext context = window.getContext();
    long started = System.nanoTime();
    context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class).createCommand(OPEN_DOCUMENT,
        Map.of(DOCUMENT_ID, id)));
    ui.asyncExec(() -> {
      double millis = (System.nanoTime() - started) / 1e6;
      EPartService parts = context.get(EPartService.class);
      MPart active = parts.getActivePart();
      boolean opened = active != null && id.equals(active.getPersistedState().get("rapport.documentId"));
      System.out.println("rapport-probe open " + id + " " + millis + " " + (opened ? "ok" : "failed"));
      if (active != null && opened) {
        parts.hidePart(active);
      }
      ui.asyncExec(() -> openNext(application, ui, queue));
    });
  }
}
