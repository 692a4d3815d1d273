// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Person;
import org.rapport.model.Role;
import org.rapport.model.operations.Agreements;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.ChosenProgramme;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.Selections;

/**
 * Casebook > New Agreement (Ctrl+Alt+A): a draft agreement with the client selected in the
 * explorer, with a clause from every template of the catalogues (with a programme chosen in
 * Preferences: its clause set and every required template), the user (or the casebook's owner)
 * as trainee and the client's first supervisor; saved at once so it is listed, then opened. A client
 * who already has an agreement in force or in progress gets that one opened instead: a change to it
 * is a revision.
 */
public class NewAgreementHandler {

  static final String TITLE = "New Agreement";
  private static final Set<String> CURRENT = Set.of(AgreementStatus.DRAFT.getLiteral(), AgreementStatus.PROPOSED.getLiteral(),
      AgreementStatus.SIGNED.getLiteral());

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, IEventBroker events, ECommandService commands,
      EHandlerService handlers, @Optional Catalogues catalogues, @Optional CurrentUser user, @Optional ChosenProgramme programme) {
    OpenCasebook open = active.current().orElseThrow();
    ClientCase client = Selections.clientOf(selection);
    if (client == null) {
      Selections.askToSelect(shell, TITLE, "a client (or one of its sessions)");
      return;
    }
    DocumentEntry current = client.getAgreements().stream().filter(e -> CURRENT.contains(e.getStatus()))
        .max(Comparator.comparingInt(DocumentEntry::getVersion)).orElse(null);
    if (current != null) {
      MessageDialog.openInformation(shell, TITLE, client.getCode() + " already has an agreement (version " + current.getVersion() + ", "
          + current.getStatus() + "). It is opened for you; a signed version is changed by revising it.");
      open(commands, handlers, current.getDocumentId());
      return;
    }
    Person me = user == null ? null : user.in(open).orElse(null);
    Person trainee = me != null && me.getRoles().contains(Role.TRAINEE) ? me : open.index().getOwner();
    Person supervisor = client.getSupervisors().isEmpty() ? null : client.getSupervisors().get(0);
    List<ClauseTemplate> templates = catalogues == null ? List.of()
        : catalogues.all().stream().flatMap(c -> c.getClauseTemplates().stream()).toList();
    if (programme != null) {
      templates = programme.clauseSet(templates);
    }
    BoundaryAgreement agreement = Agreements.draft(client.getCode(), trainee, supervisor, templates, LocalDateTime.now().withNano(0));
    int next = client.getAgreements().stream().mapToInt(DocumentEntry::getVersion).max().orElse(0) + 1;
    if (next > 1) {
      // the earlier agreements ended: this one starts afresh, numbered after them
      agreement.setVersion(next);
      agreement.setId(Agreements.id(client.getCode(), next));
    }
    if (me != null) {
      agreement.setAuthorId(me.getId());
    }
    try {
      open.save(agreement, CurrentUser.idIn(user, open));
    } catch (StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
      return;
    }
    events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, client);
    open(commands, handlers, agreement.getId());
  }

  private static void open(ECommandService commands, EHandlerService handlers, String id) {
    org.rapport.ui.DocumentParts.open(commands, handlers, id);
  }
}
