// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Key presses through the X server, as a user's keyboard sends them, each awaited until Rapport
 * has it.
 *
 * <p>{@link Display#post} hands a key to the X server and returns at once; the server passes it to
 * whichever window has the X input focus. Two things made tests fail by chance when they only
 * posted and then drained the UI queue: the drain could end before the key had come back from the
 * server, and after a dialog closed no window had the X focus at all, because Xvfb runs without a
 * window manager to give it back, so the key went nowhere. Here a press first makes sure one of
 * Rapport's windows has the keyboard, then waits until display filters have seen the key arrive,
 * and then lets the UI thread finish what the key started. A key that never arrives is a failure
 * that says so, never a silent no-op.
 *
 * <p>Which event shows the arrival depends on the key: SWT makes a traversal of Tab, Enter, Escape
 * and mnemonics, e4's key binding dispatcher takes the key-down of a bound key before later
 * filters see it, and the key-up goes astray when the key-down closed the dialog that had the
 * focus. So any of the three for the pressed key counts.
 */
final class Keyboard {

  /**
   * One press: its key as SWT reports it (a character key by its unshifted character, which is why
   * a shifted one is also known by its character), and which of its events have arrived.
   */
  private static final class Press {
    final int keyCode;
    final char character;
    volatile boolean down;
    volatile boolean up;

    Press(int keyCode, char character) {
      this.keyCode = keyCode;
      this.character = character;
    }

    boolean isOf(Event event) {
      return event.keyCode == keyCode || (character > ' ' && event.character == character);
    }
  }

  private final Listener watcher = this::watch;
  private volatile Press current;

  /** Starts watching for keys; call on the UI thread once the display exists. */
  void install(Display display) {
    display.addFilter(SWT.KeyDown, watcher);
    display.addFilter(SWT.Traverse, watcher);
    display.addFilter(SWT.KeyUp, watcher);
  }

  private void watch(Event event) {
    Press press = current;
    if (press == null || !press.isOf(event)) {
      return;
    }
    if (event.type == SWT.KeyUp) {
      press.up = true;
    } else {
      press.down = true;
    }
  }

  /** The key code SWT reports for a posted key: the key's own code, or the unshifted character. */
  private static int reported(int keyCode, char character) {
    return keyCode != 0 ? keyCode : Character.toLowerCase(character);
  }

  /**
   * Presses a key in {@code workbench} ({@code modifiers} may hold SWT.CTRL, SWT.SHIFT and SWT.ALT) and returns once
   * Rapport has handled it, or once the key opened a dialog that now waits for the user.
   */
  void press(RunningWorkbench workbench, int keyCode, char character, int modifiers) throws InterruptedException {
    workbench.windowWithKeyboard();
    Press previous = current;
    Press press = new Press(reported(keyCode, character), keyCode == 0 ? character : '\0');
    if (previous != null && (previous.keyCode == press.keyCode || previous.character == press.character && press.character != '\0')
        && !previous.up) {
      // the same key again: its last release must not be taken for this press (it may also never come)
      long deadline = System.nanoTime() + 500_000_000L;
      while (!previous.up && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    }
    current = press;
    boolean posted = workbench.syncExec(() -> post(workbench.display(), keyCode, character, modifiers));
    if (!posted) {
      throw new AssertionError("the X server refused the key " + describe(keyCode, character, modifiers));
    }
    workbench.waitFor(() -> press.down || press.up ? Boolean.TRUE : null,
        "the key " + describe(keyCode, character, modifiers) + " reaches Rapport");
    // what the key queued on the UI thread runs before this returns (or inside the dialog it opened)
    workbench.syncExec(() -> null);
  }

  private static boolean post(Display display, int keyCode, char character, int modifiers) {
    int[] held = {SWT.CTRL, SWT.SHIFT, SWT.ALT};
    boolean posted = true;
    for (int modifier : held) {
      if ((modifiers & modifier) != 0) {
        posted &= post(display, SWT.KeyDown, modifier, '\0');
      }
    }
    posted &= post(display, SWT.KeyDown, keyCode, character);
    posted &= post(display, SWT.KeyUp, keyCode, character);
    for (int i = held.length - 1; i >= 0; i--) {
      if ((modifiers & held[i]) != 0) {
        posted &= post(display, SWT.KeyUp, held[i], '\0');
      }
    }
    return posted;
  }

  private static boolean post(Display display, int type, int keyCode, char character) {
    Event event = new Event();
    event.type = type;
    event.keyCode = keyCode;
    event.character = character;
    return display.post(event);
  }

  static String describe(int keyCode, char character, int modifiers) {
    StringBuilder name = new StringBuilder();
    if ((modifiers & SWT.CTRL) != 0) {
      name.append("Ctrl+");
    }
    if ((modifiers & SWT.ALT) != 0) {
      name.append("Alt+");
    }
    if ((modifiers & SWT.SHIFT) != 0) {
      name.append("Shift+");
    }
    return name.append(switch (keyCode) {
      case SWT.CR -> "Enter";
      case SWT.TAB -> "Tab";
      case SWT.ESC -> "Escape";
      case SWT.INSERT -> "Insert";
      case SWT.DEL -> "Delete";
      case SWT.HOME -> "Home";
      case SWT.END -> "End";
      case SWT.ARROW_UP -> "Up";
      case SWT.ARROW_DOWN -> "Down";
      case SWT.ARROW_LEFT -> "Left";
      case SWT.ARROW_RIGHT -> "Right";
      case SWT.F2 -> "F2";
      default -> character == ' ' ? "Space" : keyCode != 0 ? "key " + keyCode : "'" + character + "'";
    }).toString();
  }

  /**
   * The shell a key should go to when none has the keyboard: the innermost dialog showing (one that
   * is no other showing dialog's parent), else the main window.
   */
  static Shell topmost(Display display, Shell main) {
    java.util.List<Shell> showing = new java.util.ArrayList<>();
    for (Shell shell : display.getShells()) {
      if (shell != main && !shell.isDisposed() && shell.isVisible()) {
        showing.add(shell);
      }
    }
    for (Shell candidate : showing) {
      if (showing.stream().noneMatch(other -> other != candidate && isAncestor(candidate, other))) {
        return candidate;
      }
    }
    return main;
  }

  private static boolean isAncestor(Shell ancestor, Shell shell) {
    for (org.eclipse.swt.widgets.Composite up = shell.getParent(); up != null; up = up.getParent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }
}
