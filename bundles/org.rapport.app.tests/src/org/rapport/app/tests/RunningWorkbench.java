package org.rapport.app.tests;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Starts the product's real E4 application on its own UI thread, exactly as the launcher would,
 * and lets a test look at its widgets from the test thread.
 */
@SuppressWarnings("restriction")
final class RunningWorkbench {

  private final Thread uiThread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicReference<Object> exitCode = new AtomicReference<>();

  private RunningWorkbench(Map<String, String> overrides) {
    uiThread = new Thread(() -> {
      try {
        exitCode.set(new E4Application().start(new ProductApplicationContext(overrides)));
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "rapport-ui");
    uiThread.setDaemon(true);
  }

  static RunningWorkbench start(Duration timeout) throws InterruptedException {
    // No saved layout in, none out: every test run sees the layout the product ships.
    RunningWorkbench workbench = new RunningWorkbench(Map.of("persistState", "false", "clearPersistedState", "true"));
    workbench.uiThread.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (workbench.failure.get() != null) {
        throw new IllegalStateException("the workbench failed to start", workbench.failure.get());
      }
      Display display = Display.findDisplay(workbench.uiThread);
      if (display != null && !display.isDisposed()) {
        Shell main = workbench.syncExec(() -> workbench.findMainShell(display));
        if (main != null) {
          return workbench;
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no main window within " + timeout);
  }

  private Shell findMainShell(Display display) {
    for (Shell shell : display.getShells()) {
      if (shell.isVisible() && shell.getData(AbstractPartRenderer.OWNING_ME) instanceof MWindow) {
        return shell;
      }
    }
    return null;
  }

  Display display() {
    return Display.findDisplay(uiThread);
  }

  Shell mainShell() {
    return syncExec(() -> findMainShell(display()));
  }

  MWindow mainWindow() {
    return syncExec(() -> (MWindow) findMainShell(display()).getData(AbstractPartRenderer.OWNING_ME));
  }

  <T> T syncExec(Callable<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> error = new AtomicReference<>();
    display().syncExec(() -> {
      try {
        result.set(work.call());
      } catch (Exception e) {
        error.set(e);
      }
    });
    if (error.get() != null) {
      throw new IllegalStateException(error.get());
    }
    return result.get();
  }

  /** Lets the UI thread process what is queued, e.g. after a command ran. */
  void settle() {
    syncExec(() -> {
      while (display().readAndDispatch()) {
        // drain
      }
      return null;
    });
  }

  boolean awaitExit(Duration timeout) throws InterruptedException {
    uiThread.join(timeout.toMillis());
    return !uiThread.isAlive();
  }

  Object exitCode() {
    return exitCode.get();
  }

  Throwable failure() {
    return failure.get();
  }
}
