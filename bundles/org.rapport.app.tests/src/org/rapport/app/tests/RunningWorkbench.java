package org.rapport.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.rapport.store.CasebookFolders;
import org.rapport.ui.DocumentParts;

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

  /**
   * The first control of {@code type} under {@code root} with data under {@code key} (equal to
   * {@code value} unless that is null), or null. Call it on the UI thread.
   */
  public static <T extends Control> T withData(Control root, Class<T> type, String key, Object value) {
    List<T> found = new java.util.ArrayList<>();
    visit(root, c -> {
      if (type.isInstance(c) && c.getData(key) != null && (value == null || value.equals(c.getData(key)))) {
        found.add(type.cast(c));
      }
    });
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Gives the main window the keyboard, puts the focus on the button {@code button} finds (on the UI
   * thread) and presses Space. The key is posted without waiting, as the press may open a dialog.
   */
  public void press(Supplier<? extends Control> button) {
    syncExec(() -> {
      mainShell().forceActive();
      button.get().setFocus();
      return null;
    });
    postKey(' ', ' ', 0);
  }

  /** The open, rendered editor part of a document, or null. */
  public MPart documentPart(String documentId) {
    return syncExec(() -> mainWindow().getContext().get(EPartService.class).getParts().stream()
        .filter(p -> documentId.equals(p.getPersistedState().get(DocumentParts.DOCUMENT_ID)) && p.getObject() != null && p.isToBeRendered())
        .findFirst().orElse(null));
  }

  /** Opens a document with the Open Document command, as a link would. */
  public void openDocument(String documentId) {
    syncExec(() -> {
      IEclipseContext context = mainWindow().getContext();
      context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class).createCommand(
          "org.rapport.app.command.openDocument", Map.of("org.rapport.app.commandparameter.documentId", documentId)));
      return null;
    });
  }

  /** Closes a part (no prompt: the caller saved or means to drop its changes). */
  public void close(MPart part) {
    syncExec(() -> {
      mainWindow().getContext().get(EPartService.class).hidePart(part);
      return null;
    });
  }

  /** The visible dialog with this title, or null. */
  public Shell dialog(String title) {
    return syncExec(() -> {
      for (Shell shell : display().getShells()) {
        if (shell.isVisible() && title.equals(shell.getText())) {
          return shell;
        }
      }
      return null;
    });
  }

  /** Polls {@code condition} on the UI thread for up to ten seconds, leaving the UI loop to the workbench (a dialog may be opening). */
  public <T> T waitFor(Supplier<T> condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      T value = syncExec(condition::get);
      if (value != null) {
        return value;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out: " + what);
  }

  /** The main window resized to {@code width} x {@code height} and saved as a PNG, to be looked at. */
  public void screenshot(Path file, int width, int height) throws IOException {
    Files.createDirectories(file.getParent());
    syncExec(() -> {
      Shell shell = mainShell();
      shell.setBounds(0, 0, width, height);
      while (display().readAndDispatch()) {
        // let it lay out and paint at its new size
      }
      Rectangle bounds = shell.getBounds();
      Image image = new Image(display(), bounds.width, bounds.height);
      GC gc = new GC(display());
      gc.copyArea(image, bounds.x, bounds.y);
      gc.dispose();
      ImageLoader saver = new ImageLoader();
      saver.data = new ImageData[] {image.getImageData()};
      saver.save(file.toString(), SWT.IMAGE_PNG);
      image.dispose();
      return null;
    });
  }

  /**
   * Copies the demo casebook for a test and names it, with the built-in catalogue, as the ones the
   * workbench starts with (as {@code rapport --casebook} would).
   */
  public static Path useDemoCopy(String name) throws IOException {
    Path seeds = Path.of("../../seeds").toAbsolutePath().normalize();
    Path copy = CasebookFolders.copy(seeds.resolve("demo-casebook"), Files.createTempDirectory(name).resolve("demo"));
    System.setProperty("rapport.casebook", copy.toString());
    System.setProperty("rapport.catalogue", seeds.resolve("catalogue/rapport.catalogue.xmi").toString());
    return copy;
  }

  /** Closes the workbench (a test leaves nothing unsaved) and forgets the casebook and catalogue it was given. */
  public void stop() throws InterruptedException {
    if (display() != null && !display().isDisposed()) {
      syncExec(() -> {
        mainWindow().getContext().get(org.eclipse.e4.ui.workbench.IWorkbench.class).close();
        return null;
      });
      awaitExit(Duration.ofSeconds(30));
    }
    System.clearProperty("rapport.casebook");
    System.clearProperty("rapport.catalogue");
  }
}
