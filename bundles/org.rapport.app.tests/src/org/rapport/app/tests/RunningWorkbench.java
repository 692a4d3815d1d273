// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.rapport.app.parts.CasebookPart;
import org.rapport.store.CasebookFolders;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentParts;

/**
 * The product's real E4 application, started on its own UI thread exactly as the launcher would,
 * as a JUnit 5 extension: register it in a test class with
 * {@code @RegisterExtension static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook();}.
 *
 * <p>The workbench starts once for the test runtime and is shared by the test classes in it, since
 * e4 cannot start a second workbench in one runtime (its UI event supplier, a DS singleton, keeps
 * the first display, so UI events of a second one are dropped without a word). Every test then
 * begins alone: on a fresh copy of the demo casebook, with no dialog and no document open, and the
 * keyboard in the explorer, whatever the test before it left. Test methods may take the copy's
 * folder ({@link Path}), this workbench, or any service of the main window's context
 * (ActiveCasebook, EPartService, ...) as parameters. A failing test saves a picture of the screen
 * under {@code target/ui-failures} and says what the workbench was doing. A test that quits Rapport
 * runs in a test runtime of its own.
 */
@SuppressWarnings("restriction")
public final class RunningWorkbench implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
    ParameterResolver, TestExecutionExceptionHandler {

  /** How long a wait may take before the test fails; generous, since a passing test never waits it out. */
  static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("rapport.uitest.timeoutSeconds", 30));
  private static final Duration START_TIMEOUT = TIMEOUT.multipliedBy(4);
  private static final String EXPLORER = "org.rapport.app.part.casebook";

  /** A change made to each test's copy of the demo casebook before it opens. */
  @FunctionalInterface
  public interface CasebookPreparation {
    void prepare(Path casebook) throws IOException;
  }

  private final Map<String, String> properties = new LinkedHashMap<>();
  private final Map<String, String> propertiesBefore = new LinkedHashMap<>();
  private final List<Consumer<RunningWorkbench>> afterStart = new ArrayList<>();
  private CasebookPreparation preparation = casebook -> { };

  private Application application;
  private Path casebook;
  private String user;
  private String testName = "workbench";
  private int screenshots;

  private RunningWorkbench() {
  }

  /** A workbench whose every test starts on its own copy of the demo casebook, with the built-in catalogue. */
  public static RunningWorkbench onDemoCasebook() {
    return new RunningWorkbench();
  }

  /**
   * A system property the product reads, set before the class's first test and taken back after its
   * last. One the product reads only while starting takes effect from the first class of a runtime.
   */
  public RunningWorkbench withProperty(String key, String value) {
    properties.put(key, value);
    return this;
  }

  /**
   * The person of the demo casebook each test is signed in as, with their demo passphrase
   * ({@link DemoPeople}); without it, each test reads only.
   */
  public RunningWorkbench asUser(String personId) {
    this.user = personId;
    return this;
  }

  /** Changes each test's copy of the demo casebook before the casebook opens. */
  public RunningWorkbench preparingEachCopy(CasebookPreparation preparation) {
    this.preparation = preparation;
    return this;
  }

  /**
   * Runs on the test thread once the workbench of the runtime has started: only the first class's
   * is run, so the classes of one test bundle must agree on it.
   */
  public RunningWorkbench afterStart(Consumer<RunningWorkbench> setup) {
    afterStart.add(setup);
    return this;
  }

  // ---- the test lifecycle

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    properties.forEach((key, value) -> {
      propertiesBefore.put(key, System.getProperty(key));
      System.setProperty(key, value);
    });
    application = context.getRoot().getStore(ExtensionContext.Namespace.create(RunningWorkbench.class))
        .getOrComputeIfAbsent(Application.class, key -> new Application(), Application.class);
    if (application.uiThread == null) {
      start();
    }
    if (!isRunning()) {
      throw new IllegalStateException("the workbench of this test runtime has ended; a test that quits Rapport needs a runtime of its own");
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    testName = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    screenshots = 0;
    if (!isRunning()) {
      throw new IllegalStateException("the workbench of this test runtime has ended; a test that quits Rapport needs a runtime of its own");
    }
    clearWindow();
    Path copy = freshCopy();
    // signed in in the same turn as the opening, so the workbench does not ask
    syncExec(() -> {
      org.rapport.store.OpenCasebook open = mainWindow().getContext().get(ActiveCasebook.class).open(copy);
      DemoPeople.signIn(mainWindow().getContext().get(org.rapport.ui.CurrentUser.class), open, user);
      return open;
    });
    casebook = copy;
    focusExplorer();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (isRunning()) {
      clearWindow();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (isRunning()) {
        clearWindow();
      }
    } finally {
      propertiesBefore.forEach((key, value) -> {
        if (value == null) {
          System.clearProperty(key);
        } else {
          System.setProperty(key, value);
        }
      });
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    if (isRunning()) {
      try {
        String state = syncExec(() -> WorkbenchState.describe(display(), findMainShell(display())));
        Path picture = syncExec(() -> WorkbenchState.screenshot(display(), testName + "-failed"));
        throwable.addSuppressed(new AssertionError("the workbench when the test failed (screenshot " + picture + "):\n" + state));
      } catch (RuntimeException e) {
        throwable.addSuppressed(e);
      }
    }
    throw throwable;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Path.class || type == RunningWorkbench.class
        || isRunning() && syncExec(() -> mainWindow().getContext().get(type.getName()) != null);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == Path.class) {
      return casebook;
    }
    if (type == RunningWorkbench.class) {
      return this;
    }
    return syncExec(() -> mainWindow().getContext().get(type));
  }

  // ---- starting and stopping

  private void start() throws InterruptedException, IOException {
    Path first = freshCopy();
    System.setProperty("rapport.casebook", first.toString());
    System.setProperty("rapport.catalogue", seeds().resolve("catalogue/rapport.catalogue.xmi").toString());
    application.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (findMainShellFromTest() == null) {
      if (application.failure.get() != null) {
        throw new IllegalStateException("the workbench failed to start", application.failure.get());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no main window within " + START_TIMEOUT);
      }
      Thread.sleep(100);
    }
    casebook = first;
    syncExec(() -> {
      application.keyboard.install(display());
      return null;
    });
    for (Consumer<RunningWorkbench> setup : afterStart) {
      setup.accept(this);
    }
  }

  private Shell findMainShellFromTest() {
    Display display = display();
    if (display == null || display.isDisposed()) {
      return null;
    }
    try {
      return syncExec(() -> findMainShell(display));
    } catch (org.eclipse.swt.SWTException e) {
      return null;   // the display went away meanwhile
    }
  }

  private boolean isRunning() {
    Display display = display();
    return application != null && application.uiThread != null && application.uiThread.isAlive() && display != null && !display.isDisposed() && findMainShellFromTest() != null;
  }

  /**
   * The E4 application of this test runtime, kept in JUnit's root store: started by the first test
   * class that needs it, closed after the last.
   */
  @SuppressWarnings("deprecation")
  private static final class Application implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private Thread uiThread;
    private final Keyboard keyboard = new Keyboard();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicReference<Object> exitCode = new AtomicReference<>();

    void start() {
      // no saved layout in, none out: every run sees the layout the product ships
      ProductApplicationContext context = new ProductApplicationContext(Map.of("persistState", "false", "clearPersistedState", "true"));
      uiThread = new Thread(() -> {
        try {
          exitCode.set(new E4Application().start(context));
        } catch (Throwable t) {
          failure.set(t);
        }
      }, "rapport-ui");
      uiThread.setDaemon(true);
      uiThread.start();
    }

    /** Closes the workbench, if the tests left it running (a test leaves nothing unsaved that matters). */
    @Override
    public void close() throws InterruptedException {
      Display display = uiThread == null ? null : Display.findDisplay(uiThread);
      if (display != null && !display.isDisposed()) {
        display.syncExec(() -> {
          for (Shell shell : display.getShells()) {
            if (shell.getData(AbstractPartRenderer.OWNING_ME) instanceof MWindow window) {
              window.getContext().get(IWorkbench.class).close();
              return;
            }
          }
        });
        uiThread.join(START_TIMEOUT.toMillis());
      }
      System.clearProperty("rapport.casebook");
      System.clearProperty("rapport.catalogue");
    }
  }

  private Path freshCopy() throws IOException {
    Path copy = CasebookFolders.copy(seeds().resolve("demo-casebook"), Files.createTempDirectory("rapport-ui-test").resolve("demo"));
    preparation.prepare(copy);
    return copy;
  }

  private static Path seeds() {
    return Path.of("../../seeds").toAbsolutePath().normalize();
  }

  /**
   * Closes every dialog and every document a test left open, unsaved changes dropped, and shows
   * all documents in the explorer again.
   */
  private void clearWindow() throws InterruptedException {
    for (int round = 0; round < 10; round++) {
      boolean closedOne = syncExec(() -> {
        Shell dialog = Keyboard.topmost(display(), mainShell());
        if (dialog == mainShell()) {
          return false;
        }
        dialog.close();
        if (!dialog.isDisposed() && dialog.isVisible()) {
          dialog.dispose();
        }
        return true;
      });
      if (!closedOne) {
        break;
      }
      Thread.sleep(50);   // the closed dialog's loop returns on the UI thread
    }
    syncExec(() -> {
      EPartService parts = mainWindow().getContext().get(EPartService.class);
      for (MPart part : List.copyOf(parts.getParts())) {
        if (part.getPersistedState().containsKey(DocumentParts.DOCUMENT_ID) && part.isToBeRendered()) {
          part.setDirty(false);
          parts.hidePart(part, true);
        }
      }
      Combo filter = withData(mainShell(), Combo.class, CasebookPart.FILTER_KEY, null);
      if (filter != null && filter.getSelectionIndex() != 0) {
        filter.select(0);
        filter.notifyListeners(SWT.Selection, new Event());
      }
      return null;
    });
  }

  /** The copy of the demo casebook this test started on. */
  /** Signs {@code personId} (a person of the demo casebook; null: nobody) in to the open casebook, as File > Sign In As would. */
  public void signInAs(String personId) {
    syncExec(() -> {
      org.eclipse.e4.core.contexts.IEclipseContext context = mainWindow().getContext();
      DemoPeople.signIn(context.get(org.rapport.ui.CurrentUser.class), context.get(ActiveCasebook.class).current().orElseThrow(), personId);
      return null;
    });
  }

  public Path casebook() {
    return casebook;
  }

  // ---- the window

  private Shell findMainShell(Display display) {
    for (Shell shell : display.getShells()) {
      if (shell.isVisible() && shell.getData(AbstractPartRenderer.OWNING_ME) instanceof MWindow) {
        return shell;
      }
    }
    return null;
  }

  public Display display() {
    return application == null || application.uiThread == null ? null : Display.findDisplay(application.uiThread);
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
    if (error.get() instanceof RuntimeException e) {
      throw e;
    }
    if (error.get() != null) {
      throw new IllegalStateException(error.get());
    }
    return result.get();
  }

  /**
   * Drains the UI queue from the test thread. Only where nothing can open a dialog: a dialog opened
   * inside the drain would wait for the test while the test waits for the drain.
   */
  public void settle() {
    syncExec(() -> {
      while (display().readAndDispatch()) {
        // drain
      }
      return null;
    });
  }

  public boolean awaitExit(Duration timeout) throws InterruptedException {
    application.uiThread.join(timeout.toMillis());
    return !application.uiThread.isAlive();
  }

  public Object exitCode() {
    return application.exitCode.get();
  }

  public Throwable failure() {
    return application.failure.get();
  }

  /**
   * Makes sure one of Rapport's windows has the keyboard, with a control in it to take the keys:
   * without a window manager (as under Xvfb) nothing gives the keyboard back to the main window
   * when a dialog closes, so the innermost dialog showing, or else the main window, is given it.
   */
  void windowWithKeyboard() throws InterruptedException {
    if (syncExec(() -> hasKeyboard(display().getActiveShell()) == null)) {
      activate(() -> Keyboard.topmost(display(), findMainShell(display())));
    }
  }

  /** Gives the main window the keyboard and waits until it has it. */
  public void focusMainWindow() throws InterruptedException {
    activate(() -> findMainShell(display()));
  }

  /** Gives a dialog the keyboard and waits until it has it. */
  public void focus(Shell shell) throws InterruptedException {
    activate(() -> shell);
  }

  /** The shell, if SWT has it active with a control of its own focused; else null. Call on the UI thread. */
  private Shell hasKeyboard(Shell shell) {
    Control focus = display().getFocusControl();
    return shell != null && display().getActiveShell() == shell && focus != null && focus.getShell() == shell ? shell : null;
  }

  private void activate(Supplier<Shell> target) throws InterruptedException {
    long started = System.nanoTime();
    int[] asked = {0};
    waitFor(() -> {
      Shell shell = target.get();
      if (hasKeyboard(shell) != null) {
        return shell;
      }
      // ask once at once, then once a second: right after a dialog closes the focus may just be on its way back
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      if (asked[0] == 0 || seconds >= asked[0]) {
        giveKeyboard(shell, asked[0]);
        asked[0]++;
      }
      return null;
    }, "a Rapport window gets the keyboard");
  }

  /**
   * Asks the X server to give {@code shell} the keyboard; {@code attempt} counts the requests made
   * before. {@link Shell#forceActive} does nothing when SWT believes the shell is active already,
   * and without a window manager SWT can believe so while the X server has given the focus to no
   * window (after a dialog closed): from the second request on, a passing override-redirect shell,
   * which SWT focuses directly, makes SWT forget its belief first. A window that has the keyboard
   * but still no focused control after that (its control was closed or disabled) gets its first
   * control focused, as a click into it would.
   */
  private void giveKeyboard(Shell shell, int attempt) {
    if (attempt > 0 && display().getActiveShell() == shell) {
      if (attempt % 2 == 0 && display().getFocusControl() == null) {
        shell.setFocus();
        return;
      }
      Shell passing = new Shell(display(), SWT.ON_TOP | SWT.NO_TRIM);
      Rectangle bounds = shell.getBounds();
      passing.setBounds(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, 1, 1);
      passing.open();
      passing.forceActive();
      shell.forceActive();
      passing.dispose();
    } else {
      shell.forceActive();
    }
  }

  /** Activates a part as a click into it would, and waits until it is active with the focus inside it. */
  public void activate(MPart part) throws InterruptedException {
    focusMainWindow();
    syncExec(() -> {
      mainWindow().getContext().get(EPartService.class).activate(part, true);
      Control focus = display().getFocusControl();
      if (focus == null || !isInside(focus, (Control) part.getWidget())) {
        // already the active part, so activating did not focus it: ask it, as e4 does
        ContextInjectionFactory.invoke(part.getObject(), Focus.class, part.getContext(), null);
      }
      return null;
    });
    waitFor(() -> {
      EPartService parts = mainWindow().getContext().get(EPartService.class);
      Control focus = display().getFocusControl();
      return parts.getActivePart() == part && focus != null && isInside(focus, (Control) part.getWidget()) ? part : null;
    }, "the part " + part.getElementId() + " is active, with the focus inside it");
  }

  /** The explorer active with the keyboard in its tree, as at the start of every test. */
  public void focusExplorer() throws InterruptedException {
    MPart explorer = syncExec(() -> mainWindow().getContext().get(EPartService.class).findPart(EXPLORER));
    activate(explorer);
    syncExec(() -> ContextInjectionFactory.invoke(explorer.getObject(), Focus.class, explorer.getContext(), null));
    waitFor(() -> display().getFocusControl() instanceof org.eclipse.swt.widgets.Tree ? explorer : null, "the explorer's tree has the keyboard");
  }

  private static boolean isInside(Control control, Control container) {
    for (Control up = control; up != null; up = up.getParent()) {
      if (up == container) {
        return true;
      }
    }
    return false;
  }

  // ---- the keyboard

  /**
   * Presses a key through the X server, as a user's keyboard would ({@code modifiers} may hold
   * SWT.CTRL, SWT.SHIFT and SWT.ALT), and returns once Rapport has handled it or once it opened a
   * dialog that now waits.
   */
  public void key(int keyCode, char character, int modifiers) throws InterruptedException {
    application.keyboard.press(this, keyCode, character, modifiers);
  }

  /** Types {@code text} key by key. */
  public void type(String text) throws InterruptedException {
    for (char c : text.toCharArray()) {
      key(0, c, 0);
    }
  }

  /** Puts the cursor in {@code field} of the main window, selects what it holds and types {@code text} over it. */
  public void typeOver(org.eclipse.swt.widgets.Text field, String text) throws InterruptedException {
    focusMainWindow();
    syncExec(() -> {
      field.setFocus();
      field.selectAll();
      return null;
    });
    type(text);
  }

  /**
   * Gives the control {@code button} finds (on the UI thread) the focus, in a window that has the
   * keyboard, and presses Space.
   */
  public void press(Supplier<? extends Control> button) throws InterruptedException {
    Shell shell = syncExec(() -> button.get().getShell());
    focus(shell);
    syncExec(() -> button.get().setFocus());
    key(' ', ' ', 0);
  }

  // ---- finding things

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
    List<T> found = new ArrayList<>();
    visit(root, c -> {
      if (type.isInstance(c) && c.getData(key) != null && (value == null || value.equals(c.getData(key)))) {
        found.add(type.cast(c));
      }
    });
    return found.isEmpty() ? null : found.get(0);
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

  /**
   * Signs in through the Sign In dialog: picks {@code person} (its line in the list) as a user
   * would, types {@code passphrase} with real keys and presses Enter, then waits for the dialog to close.
   */
  public void signIn(Shell dialog, String person, String passphrase) throws InterruptedException {
    focus(dialog);
    syncExec(() -> {
      java.util.List<org.eclipse.swt.widgets.Combo> combos = new java.util.ArrayList<>();
      visit(dialog, control -> {
        if (control instanceof org.eclipse.swt.widgets.Combo combo) {
          combos.add(combo);
        }
      });
      org.eclipse.swt.widgets.Combo people = combos.getFirst();
      people.select(java.util.List.of(people.getItems()).indexOf(person));
      people.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());   // the passphrase field then has the keyboard
      return null;
    });
    type(passphrase);
    key(SWT.CR, '\r', 0);
    waitFor(() -> dialog.isDisposed() || !dialog.isVisible() ? Boolean.TRUE : null, person + " signs in");
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

  /**
   * Polls {@code condition} on the UI thread until it gives a value, leaving the UI loop to the
   * workbench (a dialog may be opening). A timeout fails with what the workbench was doing and a
   * picture of the screen.
   */
  public <T> T waitFor(Supplier<T> condition, String what) throws InterruptedException {
    return waitFor(condition, what, TIMEOUT);
  }

  /** {@link #waitFor(Supplier, String)} with a timeout of its own. */
  public <T> T waitFor(Supplier<T> condition, String what, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      T value = syncExec(condition::get);
      if (value != null) {
        return value;
      }
      Thread.sleep(20);
    }
    String state = syncExec(() -> WorkbenchState.describe(display(), findMainShell(display())));
    Path picture = syncExec(() -> WorkbenchState.screenshot(display(), testName + "-timeout-" + ++screenshots));
    throw new AssertionError("timed out after " + timeout.toSeconds() + " s: " + what + "\nscreenshot: " + picture + "\n" + state);
  }

  /** The main window resized to {@code width} x {@code height} and saved as a PNG, to be looked at. */
  public void screenshot(Path file, int width, int height) throws IOException {
    syncExec(() -> {
      mainShell().setBounds(0, 0, width, height);
      while (display().readAndDispatch()) {
        // let it lay out and paint at its new size
      }
      return null;
    });
    screenshot(mainShell(), file);
  }

  /** The screen where {@code shell} is (a dialog, say), saved as a PNG, to be looked at. */
  public void screenshot(Shell shell, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    syncExec(() -> {
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
}
