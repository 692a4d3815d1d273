// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.DocumentParts;

/**
 * Crash recovery. Every few seconds the unsaved state of each changed document is kept in the
 * casebook's recovery area (through the store, so it is protected as the documents are); saving or
 * closing a document drops its copy; a clean exit drops them all. When a casebook opens with copies
 * left over, the user chooses which to restore.
 */
public final class RecoveryAddon {

  @Inject
  private MApplication application;
  @Inject
  @Translation
  private AppMessages texts;
  @Inject
  private EModelService models;
  @Inject
  @Optional
  private ActiveCasebook active;
  @Inject
  @Optional
  private Logger logger;

  /** Per document, the command on top of its stack when its state was last kept. */
  private final Map<String, Object> kept = new HashMap<>();
  private Display display;
  private boolean stopped;
  private boolean warned;

  @Inject
  @Optional
  void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
    display = Display.getCurrent();
    schedule();
    display.asyncExec(this::offerRestore);   // once the window is up, not inside the start-up event
  }

  @Inject
  @Optional
  void casebookOpened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook opened) {
    kept.clear();
    if (display != null) {
      display.asyncExec(this::offerRestore);   // at start-up the workbench is not up yet; startupComplete offers then
    }
  }

  @Inject
  @Optional
  void saved(@UIEventTopic(DocumentParts.TOPIC_SAVED) Document document) {
    drop(document.getId());
  }

  @Inject
  @Optional
  void closed(@UIEventTopic(DocumentParts.TOPIC_CLOSED) MPart part) {
    if (!stopped) {
      drop(part.getPersistedState().get(DocumentParts.DOCUMENT_ID));
    }
  }

  private void schedule() {
    if (!stopped && display != null && !display.isDisposed()) {
      display.timerExec(RapportPreferences.recoverySeconds() * 1000, this::keepChangedDocuments);
    }
  }

  /** Writes the unsaved state of every document changed since it was last kept. Runs on the UI thread. */
  void keepChangedDocuments() {
    if (stopped) {
      return;
    }
    try {
      OpenCasebook open = active == null ? null : active.current().orElse(null);
      if (open != null && !open.readOnly()) {
        for (MPart part : models.findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART))) {
          if (part.getObject() instanceof DocumentEditor editor && part.isDirty()) {
            keep(open, editor);
          }
        }
      }
    } finally {
      schedule();   // whatever happened to one document, recovery goes on for the rest of the session
    }
  }

  private void keep(OpenCasebook open, DocumentEditor editor) {
    String id = editor.document().getId();
    Object top = editor.getEditingDomain().getCommandStack().getUndoCommand();
    // what is being typed counts too, taken without committing it: a command made here would split
    // one typed change into two undo steps, and applying an open cell would close it under the user
    if (!kept.containsKey(id) || kept.get(id) != top || editor.isTyping()) {
      try {
        open.recovery().keep(editor.documentAsTyped());
        kept.put(id, top);
      } catch (StoreException | RuntimeException e) {
        warnOnce(e);
      }
    }
  }

  private void warnOnce(Exception e) {
    if (logger != null) {
      logger.error(e, "Could not keep unsaved changes for recovery");
    }
    if (!warned) {
      warned = true;   // once per session: the user is told, not nagged every few seconds
      MessageDialog.openWarning(shell(), "Crash Recovery", e.getMessage()
          + "\n\nYour open documents are unaffected, but unsaved changes may not survive a crash. Save often.");
    }
  }

  private void drop(String documentId) {
    if (documentId != null && active != null) {
      kept.remove(documentId);
      active.current().ifPresent(open -> open.recovery().drop(documentId));
    }
  }

  private void offerRestore() {
    OpenCasebook open = active == null ? null : active.current().orElse(null);
    if (open == null || open.readOnly()) {
      return;
    }
    // a document open in an editor right now has newer changes than any copy kept of it
    List<String> openIds = models.findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART)).stream()
        .filter(MPart::isToBeRendered).map(part -> part.getPersistedState().get(DocumentParts.DOCUMENT_ID)).toList();
    List<DocumentEntry> recoverable = open.recovery().recoverable().stream().filter(entry -> !openIds.contains(entry.getDocumentId())).toList();
    if (recoverable.isEmpty()) {
      return;
    }
    RecoveryDialog dialog = new RecoveryDialog(shell(), texts, recoverable);
    List<DocumentEntry> chosen = dialog.open() == Window.OK ? dialog.chosen() : List.of();
    EPartService parts = window().getContext().get(EPartService.class);
    for (DocumentEntry entry : recoverable) {
      if (!chosen.contains(entry)) {
        open.recovery().drop(entry.getDocumentId());
        continue;
      }
      LoadResult recovered = open.recovery().load(entry);
      if (recovered.ok()) {
        DocumentOpener.show(entry, recovered.document(), true, open, application, parts, models, shell());
      } else {
        MessageDialog.openError(shell(), texts.recovery_title, "The unsaved changes to " + DocumentOpener.label(entry)
            + " could not be read back (" + recovered.problem().cause() + "). The saved document is unaffected.");
      }
    }
  }

  private MWindow window() {
    return application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
  }

  private Shell shell() {
    return window().getWidget() instanceof Shell shell ? shell : null;
  }

  /** A clean exit: every document was saved or its changes discarded on purpose. */
  @PreDestroy
  void shutdown() {
    stopped = true;
    if (active != null) {
      active.current().ifPresent(open -> open.recovery().dropAll());
      active.close();
    }
  }
}
