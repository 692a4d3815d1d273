// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.time.LocalDateTime;

import jakarta.inject.Named;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.DocumentKind;
import org.rapport.model.Person;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Session;
import org.rapport.model.operations.Reflections;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.Selections;

/**
 * Casebook > New Reflection (Ctrl+Alt+R): a draft reflection on the session selected in the
 * explorer, with the first framework of the catalogues and an empty answer per stage, written by
 * the user (or the casebook's owner); saved at once so it is listed, then opened.
 */
public class NewReflectionHandler {

  static final String TITLE = "New Reflection";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, IEventBroker events, ECommandService commands,
      EHandlerService handlers, @Optional Catalogues catalogues, @Optional CurrentUser user) {
    OpenCasebook open = active.current().orElseThrow();
    Session session = Selections.sessionNeeding(DocumentKind.REFLECTION, selection, shell, TITLE, commands, handlers);
    if (session == null) {
      return;
    }
    Person author = user == null ? null : user.in(open).orElse(null);
    String authorId = author != null ? author.getId() : open.index().getOwner() != null ? open.index().getOwner().getId() : null;
    ReflectionFramework framework = catalogues == null ? null
        : catalogues.all().stream().flatMap(c -> c.getFrameworks().stream()).findFirst().orElse(null);
    ReflectionNote note = Reflections.newDraft(session, authorId, framework, LocalDateTime.now().withNano(0));
    try {
      open.save(note, author == null ? null : author.getId());
    } catch (StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
      return;
    }
    events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, session);
    org.rapport.ui.DocumentParts.open(commands, handlers, note.getId());
  }
}
