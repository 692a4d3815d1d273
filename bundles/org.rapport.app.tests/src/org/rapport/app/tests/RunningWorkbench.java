package org.rapport.app.tests;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Starts the product's real E4 application on its own UI thread, exactly as the launcher would,
 * and lets a test look at its widgets from the test thread.
 */
@SuppressWarnings("restriction")
public final class RunningWorkbench {

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

  public static RunningWorkbench start(Duration timeout) throws InterruptedException {
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

  public Display display() {
    return Display.findDisplay(uiThread);
  }

  public Shell mainShell() {
    return syncExec(() -> findMainShell(display()));
  }

  public MWindow mainWindow() {
    return syncExec(() -> (MWindow) findMainShell(display()).getData(AbstractPartRenderer.OWNING_ME));
  }

  public <T> T syncExec(Callable<T> work) {
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
  public void settle() {
    syncExec(() -> {
      while (display().readAndDispatch()) {
        // drain
      }
      return null;
    });
  }

  public boolean awaitExit(Duration timeout) throws InterruptedException {
    uiThread.join(timeout.toMillis());
    return !uiThread.isAlive();
  }

  public Object exitCode() {
    return exitCode.get();
  }

  public Throwable failure() {
    return failure.get();
  }

  /**
   * Posts a key through the X server, as a user's key press: {@code modifiers} may hold SWT.CTRL,
   * SWT.SHIFT and SWT.ALT. Posting does not wait; use {@link #key} unless a dialog may open.
   */
  public void postKey(int keyCode, char character, int modifiers) {
    syncExec(() -> {
      Display display = display();
      int[] held = {SWT.CTRL, SWT.SHIFT, SWT.ALT};
      for (int modifier : held) {
        if ((modifiers & modifier) != 0) {
          post(display, SWT.KeyDown, modifier, '\0');
        }
      }
      post(display, SWT.KeyDown, keyCode, character);
      post(display, SWT.KeyUp, keyCode, character);
      for (int i = held.length - 1; i >= 0; i--) {
        if ((modifiers & held[i]) != 0) {
          post(display, SWT.KeyUp, held[i], '\0');
        }
      }
      return null;
    });
  }

  /** A key press, then the UI thread processes what it caused. */
  public void key(int keyCode, char character, int modifiers) {
    postKey(keyCode, character, modifiers);
    settle();
  }

  /** Types {@code text} key by key. */
  public void type(String text) {
    for (char c : text.toCharArray()) {
      key(0, c, 0);
    }
  }

  private static void post(Display display, int type, int keyCode, char character) {
    Event event = new Event();
    event.type = type;
    event.keyCode = keyCode;
    event.character = character;
    display.post(event);
  }

  /** Calls {@code action} on {@code control} and every control inside it. */
  public static void visit(Control control, Consumer<Control> action) {
    action.accept(control);
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        visit(child, action);
      }
    }
  }
}
