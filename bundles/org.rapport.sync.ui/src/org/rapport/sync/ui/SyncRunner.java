// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabCredentials;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.DocumentParts;

/**
 * Runs a share or a sync of the active casebook without holding up the window: the network on a
 * thread of its own, every step that reads or writes the casebook on the UI thread, which owns it.
 * A document with unsaved changes stops the step that would take the lab's changes in, so a
 * received version never lands under an editor's typing. Afterwards the explorer is refreshed, the
 * editors of received documents are read again, and what needs a person is said.
 */
final class SyncRunner {

  static final String TITLE = "Sync with Lab";

  private SyncRunner() {
  }

  /** Casebook > Sync Now: offers to save first, and says how it ended. */
  static void now(IEclipseContext context, Shell shell) {
    if (!saved(context, shell)) {
      return;
    }
    run(context, shell, false, (sync, casebook, credentials, onUi, step) -> sync.sync(casebook, credentials, actor(context, casebook),
        onUi, step));
  }

  /** The periodic sync: only when a shared casebook is open for writing and nothing waits to be saved. */
  static void inBackground(IEclipseContext context) {
    LabState state = context.get(LabState.class);
    OpenCasebook casebook = context.get(ActiveCasebook.class) == null ? null : context.get(ActiveCasebook.class).current().orElse(null);
    if (state == null || casebook == null || casebook.readOnly() || state.remote() == null || state.running() || anyDirty(context)) {
      return;
    }
    run(context, null, true, (sync, open, credentials, onUi, step) -> sync.sync(open, credentials, actor(context, open), onUi, step));
  }

  /** Casebook > Share with Lab, once the address (and any password) is given. */
  static void share(IEclipseContext context, Shell shell, String remote, LabCredentials given, boolean remember) {
    if (!saved(context, shell)) {
      return;
    }
    OpenCasebook casebook = context.get(ActiveCasebook.class).current().orElseThrow();
    if (!given.isEmpty()) {
      keepCredentials(context, casebook, remote, given, remember);
    }
    run(context, shell, false, (sync, open, credentials, onUi, step) -> {
      if (CasebookSync.isShared(open.folder())) {
        return sync.sync(open, credentials, actor(context, open), onUi, step);   // a retry after a password
      }
      return sync.share(open, remote, credentials, actor(context, open), onUi, step);
    }, remote);
  }

  /** A share or a sync, run off the UI thread; {@code onUi} runs the casebook's steps on it. */
  private interface Work {
    Outcome run(CasebookSync sync, OpenCasebook casebook, LabCredentials credentials, Executor onUi,
        java.util.function.Consumer<String> step);
  }

  private static void run(IEclipseContext context, Shell shell, boolean quiet, Work work) {
    LabState state = context.get(LabState.class);
    run(context, shell, quiet, work, state == null ? null : state.remote());
  }

  private static void run(IEclipseContext context, Shell shell, boolean quiet, Work work, String remote) {
    LabState state = context.get(LabState.class);
    OpenCasebook casebook = context.get(ActiveCasebook.class).current().orElse(null);
    if (state == null || casebook == null || state.running() || remote == null) {
      return;
    }
    Display display = Display.getCurrent();
    CasebookSync sync = new CasebookSync(context.get(CasebookStore.class));
    Executor onUi = onUiThread(context);
    java.util.function.Consumer<String> step = step(context);
    Function<LabCredentials, Outcome> body = credentials -> work.run(sync, casebook, credentials, onUi, step);
    LabCredentials credentials = credentialsFor(context, casebook, remote);
    state.syncing(remote);
    Thread thread = new Thread(() -> {
      Outcome outcome = guarded(body, credentials);
      display.asyncExec(() -> {
        if (outcome.state() == State.DENIED && !quiet && !display.isDisposed()) {
          state.waitingForPassword();   // no background sync starts while the dialog is open
          askCredentialsAndRetry(context, shell, casebook, remote, outcome, body);
          return;
        }
        finish(context, shell, casebook, outcome, quiet);
      });
    }, "Rapport lab sync");
    thread.setDaemon(true);
    thread.start();
  }

  private static void askCredentialsAndRetry(IEclipseContext context, Shell shell, OpenCasebook casebook, String remote, Outcome denied,
      Function<LabCredentials, Outcome> body) {
    LabState state = context.get(LabState.class);
    CredentialsDialog dialog = new CredentialsDialog(shell, remote, denied.message(), signer(context, casebook) != null);
    if (dialog.open() != org.eclipse.jface.window.Window.OK) {
      state.finished(denied);
      return;
    }
    keepCredentials(context, casebook, remote, dialog.credentials(), dialog.remember());
    Display display = Display.getCurrent();
    state.syncing(remote);
    Thread thread = new Thread(() -> {
      Outcome outcome = guarded(body, dialog.credentials());
      display.asyncExec(() -> finish(context, shell, casebook, outcome, false));
    }, "Rapport lab sync");
    thread.setDaemon(true);
    thread.start();
  }

  /** The sync's outcome, also when something nobody foresaw stopped it: the status line must not stay at "syncing". */
  private static Outcome guarded(Function<LabCredentials, Outcome> body, LabCredentials credentials) {
    try {
      return body.apply(credentials);
    } catch (RuntimeException | LinkageError e) {
      return new Outcome(State.FAILED, "The sync stopped: " + e + ". Nothing in the casebook was lost; sync again.", 0, List.of(),
          List.of(), List.of(), List.of());
    }
  }

  private static void finish(IEclipseContext context, Shell shell, OpenCasebook casebook, Outcome outcome, boolean quiet) {
    LabState state = context.get(LabState.class);
    state.finished(outcome);
    LabAddon.putOnTheDesk(casebook.folder());   // shared just now, for one
    ActiveCasebook active = context.get(ActiveCasebook.class);
    if (active == null || active.current().orElse(null) != casebook) {
      return;   // the casebook was closed meanwhile: nothing on screen shows it
    }
    if (!outcome.received().isEmpty() || !outcome.arrivedKeys().isEmpty() || !outcome.conflicts().isEmpty()) {
      IEventBroker events = context.get(IEventBroker.class);
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, casebook.index());
      for (MPart part : editorsOf(context, casebook, outcome.received())) {
        events.send(DocumentParts.TOPIC_RELOAD, part);
      }
    }
    Shell parent = shell != null && !shell.isDisposed() ? shell : Display.getCurrent().getActiveShell();
    List<String> said = new ArrayList<>();
    outcome.refused().forEach(refused -> said.add("Refused: " + refused));
    outcome.arrivedKeys().forEach(key -> said.add("A key arrived for " + key + ". Compare this fingerprint with its owner in person or"
        + " by phone before you trust what it signs."));
    if (!said.isEmpty()) {
      // what was refused or which keys arrived matters even when nobody asked for the sync
      MessageDialog.openWarning(parent, TITLE, String.join("\n\n", said));
    }
    switch (outcome.state()) {
      case IN_STEP -> {
        // the status line says it
      }
      case CONFLICTS -> {
        if (!quiet && MessageDialog.openQuestion(parent, TITLE, outcome.message() + " Both versions are kept until you choose."
            + "\n\nChoose now?")) {
          ConflictsDialog.open(context, parent);
        }
      }
      case OFFLINE -> {
        if (!quiet && state.sayOffline()) {
          MessageDialog.openInformation(parent, TITLE, outcome.message());
        }
      }
      case DENIED, FAILED -> {
        if (!quiet) {
          MessageDialog.openError(parent, TITLE, outcome.message());
        }
      }
    }
  }

  /**
   * Runs casebook steps on the UI thread, and declines one while a document has unsaved changes or
   * once the casebook the sync began with is no longer the active one.
   */
  private static Executor onUiThread(IEclipseContext context) {
    Display display = Display.getCurrent();
    ActiveCasebook active = context.get(ActiveCasebook.class);
    OpenCasebook began = active == null ? null : active.current().orElse(null);
    return task -> display.syncExec(() -> {
      boolean moved = active == null || active.current().orElse(null) != began;
      if ((moved || anyDirty(context)) && task instanceof Future<?> future) {
        future.cancel(false);
      } else {
        task.run();
      }
    });
  }

  private static java.util.function.Consumer<String> step(IEclipseContext context) {
    Display display = Display.getCurrent();
    LabState state = context.get(LabState.class);
    return step -> display.asyncExec(() -> {
      if (state.running()) {
        state.started(Character.toLowerCase(step.charAt(0)) + step.substring(1));
      }
    });
  }

  /** Offers to save unsaved documents first; false when the user would rather not sync now. */
  private static boolean saved(IEclipseContext context, Shell shell) {
    if (!anyDirty(context)) {
      return true;
    }
    if (!MessageDialog.openConfirm(shell, TITLE, "Some documents have unsaved changes. Only saved work goes to the lab."
        + "\n\nSave them all and sync?")) {
      return false;
    }
    MApplication application = context.get(MApplication.class);
    MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
    return window.getContext().get(EPartService.class).saveAll(false) && !anyDirty(context);
  }

  private static boolean anyDirty(IEclipseContext context) {
    return documentParts(context).stream().anyMatch(MPart::isDirty);
  }

  private static List<MPart> documentParts(IEclipseContext context) {
    MApplication application = context.get(MApplication.class);
    return context.get(EModelService.class).findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART));
  }

  private static List<MPart> editorsOf(IEclipseContext context, OpenCasebook casebook, List<String> files) {
    List<String> ids = casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> files.contains(e.getFile()))
        .map(DocumentEntry::getDocumentId).toList();
    return documentParts(context).stream().filter(p -> !p.isDirty() && ids.contains(p.getPersistedState().get(DocumentParts.DOCUMENT_ID)))
        .toList();
  }

  private static String actor(IEclipseContext context, OpenCasebook casebook) {
    CurrentUser user = context.get(CurrentUser.class);
    return user == null ? null : user.idIn(casebook);
  }

  private static Signer signer(IEclipseContext context, OpenCasebook casebook) {
    CurrentUser user = context.get(CurrentUser.class);
    return user == null ? null : user.signer(casebook).orElse(null);
  }

  /** Typed in this run, or kept sealed for the person signed in, or none. */
  private static LabCredentials credentialsFor(IEclipseContext context, OpenCasebook casebook, String remote) {
    LabCredentials typed = context.get(LabState.class).typed(remote);
    if (typed != null) {
      return typed;
    }
    Signer signer = signer(context, casebook);
    return signer == null ? LabCredentials.none() : LabCredentialStore.ofThisWorkstation().find(signer, remote).orElse(LabCredentials.none());
  }

  private static void keepCredentials(IEclipseContext context, OpenCasebook casebook, String remote, LabCredentials credentials,
      boolean remember) {
    context.get(LabState.class).typed(remote, credentials);
    Signer signer = signer(context, casebook);
    if (remember && signer != null) {
      try {
        LabCredentialStore.ofThisWorkstation().keep(signer, remote, credentials);
      } catch (IOException e) {
        // kept for this run only; the next start asks again
      }
    }
  }
}
