// SPDX-License-Identifier: EPL-2.0
package org.rapport.lock;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;

/**
 * Locks the workbench after a while without keyboard or mouse while an encrypted casebook is open:
 * the window's contents are hidden and the casebook's passphrase is asked for again. Nothing is
 * closed or saved, so unsaved edits are there when it is unlocked (and kept for crash recovery,
 * sealed, meanwhile). The idle time is the preference {@code lock.minutes} of {@code org.rapport.app}
 * (10 by default, 0: never), or the system property {@code rapport.lock.seconds}.
 */
public class InactivityLock {

  /** Title of the lock dialog, by which tests find it. */
  public static final String TITLE = "Rapport Is Locked";
  private static final int[] ACTIVITY = {SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel};

  @Inject
  private MApplication application;
  @Inject
  private IEventBroker events;

  private Display display;
  private volatile long lastActivity = System.nanoTime();
  private final Listener activity = event -> lastActivity = System.nanoTime();
  private boolean locked;
  private Runnable check;

  @PostConstruct
  public void start() {
    display = Display.getCurrent();
    if (display == null) {
      return;
    }
    for (int type : ACTIVITY) {
      display.addFilter(type, activity);
    }
    check = () -> {
      if (display.isDisposed()) {
        return;
      }
      long idleSeconds = (System.nanoTime() - lastActivity) / 1_000_000_000L;
      long limit = limitSeconds();
      if (!locked && limit > 0 && idleSeconds >= limit && encryptedCasebook() != null) {
        lock();
      }
      display.timerExec(1000, check);
    };
    display.timerExec(1000, check);
  }

  /** Seconds without activity before locking; 0 never locks. */
  static long limitSeconds() {
    Integer seconds = Integer.getInteger("rapport.lock.seconds");
    if (seconds != null) {
      return seconds;
    }
    return 60L * InstanceScope.INSTANCE.getNode("org.rapport.app").getInt("lock.minutes", 10);
  }

  private OpenCasebook encryptedCasebook() {
    IEclipseContext context = application.getContext();
    ActiveCasebook active = context == null ? null : context.get(ActiveCasebook.class);
    return active == null ? null : active.current().filter(open -> open.keys().encrypted()).orElse(null);
  }

  /** Hides every window's contents and asks for the passphrase until it is given. */
  void lock() {
    OpenCasebook open = encryptedCasebook();
    if (open == null) {
      return;
    }
    locked = true;
    List<Control> hidden = new ArrayList<>();
    Shell main = null;
    for (MWindow window : application.getChildren()) {
      if (window.getWidget() instanceof Shell shell && !shell.isDisposed()) {
        main = main == null ? shell : main;
        hideContents(shell, hidden);
      }
    }
    // open dialogs too (a comment being written, an export preview): they would stay readable
    // over the hidden window
    org.eclipse.swt.widgets.Display display = main != null ? main.getDisplay() : org.eclipse.swt.widgets.Display.getCurrent();
    if (display != null) {
      for (Shell shell : display.getShells()) {
        if (!shell.isDisposed() && shell.isVisible() && shell != main) {
          hideContents(shell, hidden);
        }
      }
    }
    audit(open, "lock");
    try {
      String problem = null;
      while (true) {
        char[] passphrase = UnlockDialog.ask(main, problem);
        try {
          if (passphrase != null && open.keys().unlocksWorkbench(passphrase)) {
            break;
          }
        } finally {
          org.rapport.ui.PassphraseDialog.clear(passphrase);
        }
        problem = "Wrong passphrase.";
      }
    } finally {
      hidden.forEach(control -> {
        if (!control.isDisposed()) {
          control.setVisible(true);
        }
      });
      locked = false;
      lastActivity = System.nanoTime();
    }
    audit(open, "unlock workbench");
  }

  private static void hideContents(Shell shell, List<Control> hidden) {
    for (Control child : shell.getChildren()) {
      if (child.getVisible() && !hidden.contains(child)) {
        child.setVisible(false);
        hidden.add(child);
      }
    }
  }

  /** Records {@code action} as done by who the user works as, if the workbench knows. */
  private void audit(OpenCasebook open, String action) {
    try {
      open.audit().record(org.rapport.ui.CurrentUser.idIn(application.getContext().get(org.rapport.ui.CurrentUser.class), open), action,
          null, null);
    } catch (StoreException e) {
      // the lock protects the screen whether or not the trail could be written
    }
  }

  /** Whether the workbench is locked now (for tests). */
  public boolean locked() {
    return locked;
  }

  @PreDestroy
  public void stop() {
    if (display != null && !display.isDisposed()) {
      for (int type : ACTIVITY) {
        display.removeFilter(type, activity);
      }
      display.timerExec(-1, check);
    }
  }
}
