// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.Person;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.PersonNames;
import org.rapport.ui.SignInDialog;

/**
 * Asks who the user is whenever a casebook opens (unless someone already said, as a test harness
 * does), and shows the person signed in, with their role, in the window's title.
 */
public final class SignInAddon {

  @Inject
  @Optional
  void opened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook casebook, MApplication application, UISynchronize ui,
      @Optional CurrentUser user, @Optional ActiveCasebook active) {
    if (user == null || active == null) {
      return;
    }
    retitle(application, casebook, user);
    // after the opening's own work (and a test's sign-in in the same turn), with the window shown
    ui.asyncExec(() -> askWhenNoDialogIsOpen(application, casebook, user, active));
  }

  /** Asks once no other dialog (the offer of recovered changes, say) is open, so the two never stack. */
  private static void askWhenNoDialogIsOpen(MApplication application, OpenCasebook casebook, CurrentUser user, ActiveCasebook active) {
    if (active.current().orElse(null) != casebook) {
      return;   // closed, or another casebook opened meanwhile: that one asks for itself
    }
    org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
    Shell shell = display == null ? null : display.getActiveShell();
    if (shell != null && shell.getParent() != null && !shell.isDisposed()) {
      display.timerExec(200, () -> askWhenNoDialogIsOpen(application, casebook, user, active));
      return;
    }
    if (!user.decided(casebook) && !casebook.readOnly()) {
      signIn(application, casebook, user);
    }
  }

  /** The casebook opened at start-up opens before this addon exists, so it is asked about once the window is up. */
  @Inject
  @Optional
  void startupComplete(@UIEventTopic(org.eclipse.e4.ui.workbench.UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event,
      MApplication application, UISynchronize ui, @Optional ActiveCasebook active, @Optional CurrentUser user) {
    if (active != null) {
      active.current().ifPresent(open -> opened(open, application, ui, user, active));
    }
  }

  @Inject
  @Optional
  void changed(@UIEventTopic(CurrentUser.TOPIC_CHANGED) OpenCasebook casebook, MApplication application, @Optional CurrentUser user) {
    if (user != null) {
      retitle(application, casebook, user);
    }
  }

  @Inject
  @Optional
  void closed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Object closed, MApplication application) {
    for (MWindow window : application.getChildren()) {
      window.setLabel("Rapport");
    }
  }

  /** Asks who the user is in {@code casebook} and signs them in (or nobody, for reading only). */
  public static void signIn(MApplication application, OpenCasebook casebook, CurrentUser user) {
    Shell shell = application.getSelectedElement() != null && application.getSelectedElement().getWidget() instanceof Shell s ? s : null;
    var signer = SignInDialog.ask(shell, casebook, RapportPreferences.lastPerson());
    if (signer == null) {
      user.readOnly(casebook);
    } else {
      RapportPreferences.setLastPerson(signer.person().getId());
      user.signIn(casebook, signer);
    }
  }

  private static void retitle(MApplication application, OpenCasebook casebook, CurrentUser user) {
    String title = casebook == null ? "" : casebook.index().getTitle();
    String who = user.in(casebook).map(SignInAddon::withRole).orElse("reading only");
    for (MWindow window : application.getChildren()) {
      window.setLabel("Rapport \u2014 " + (title == null || title.isBlank() ? casebook.folder().getFileName() : title) + " \u2014 " + who);
    }
  }

  /** "Supervisor M. Hollis (demo), supervisor". */
  static String withRole(Person person) {
    return PersonNames.of(person) + ", " + String.join(" and ", person.getRoles().stream().map(r -> r.getLiteral()).toList());
  }
}
