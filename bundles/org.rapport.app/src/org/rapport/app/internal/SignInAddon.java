// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
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
import org.rapport.ui.UiMessages;

/**
 * Asks who the user is whenever a casebook opens (unless someone already said, as a test harness
 * does), and shows the person signed in, with their role, in the window's title.
 */
public final class SignInAddon {

  @Inject
  @Translation
  private AppMessages texts;

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
    var signer = SignInDialog.ask(shell, UiMessages.in(application.getContext()), casebook, RapportPreferences.lastPerson());
    if (signer == null) {
      user.readOnly(casebook);
    } else {
      RapportPreferences.setLastPerson(signer.person().getId());
      user.signIn(casebook, signer);
      offerEndorsements(shell, casebook, signer);
    }
  }

  /** The title of the question the owner is asked on signing in when keys await their endorsement. */
  public static final String ENDORSE = "Endorse Keys";

  /**
   * When the owner signs in and someone's key does not count yet (made here at their first sign-in,
   * or imported while the owner was not signed in), asks the owner to endorse it, fingerprints shown.
   */
  private static void offerEndorsements(Shell shell, OpenCasebook casebook, org.rapport.model.signing.Signer signer) {
    Person owner = casebook.index().getOwner();
    if (casebook.readOnly() || owner == null || !owner.getId().equals(signer.person().getId())) {
      return;
    }
    java.util.List<org.rapport.model.PersonKey> waiting = casebook.signing().roster().unendorsed();
    if (waiting.isEmpty()) {
      return;
    }
    StringBuilder list = new StringBuilder();
    for (org.rapport.model.PersonKey key : waiting) {
      list.append("\n").append(org.rapport.model.operations.People.name((Person) key.eContainer())).append(": ")
          .append(org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(key.getPublicKey())));
    }
    org.eclipse.jface.dialogs.MessageDialog question = new org.eclipse.jface.dialogs.MessageDialog(shell, ENDORSE, null,
        "What these keys sign does not count until you, the casebook's owner, endorse them. Compare each fingerprint with its"
            + " owner (in person or by phone) first:\n" + list + "\n\nEndorse them now?",
        org.eclipse.jface.dialogs.MessageDialog.QUESTION, 1, "&Endorse", "&Not Now");
    if (question.open() != 0) {
      return;
    }
    try {
      for (org.rapport.model.PersonKey key : waiting) {
        casebook.signing().endorse(((Person) key.eContainer()).getId(), signer, owner.getId());
      }
    } catch (org.rapport.store.StoreException e) {
      org.eclipse.jface.dialogs.MessageDialog.openError(shell, ENDORSE, "The keys could not be endorsed: " + e.getMessage());
    }
  }

  private void retitle(MApplication application, OpenCasebook casebook, CurrentUser user) {
    String title = casebook == null ? "" : casebook.index().getTitle();
    String who = user.in(casebook).map(person -> withRole(person, UiMessages.in(application.getContext()))).orElse(texts.title_readingOnly);
    for (MWindow window : application.getChildren()) {
      window.setLabel("Rapport \u2014 " + (title == null || title.isBlank() ? casebook.folder().getFileName() : title) + " \u2014 " + who);
    }
  }

  /** "Supervisor M. Hollis (demo), supervisor", with the roles in the user's language. */
  static String withRole(Person person, UiMessages texts) {
    return PersonNames.of(person) + ", " + texts.roles(person);
  }
}
