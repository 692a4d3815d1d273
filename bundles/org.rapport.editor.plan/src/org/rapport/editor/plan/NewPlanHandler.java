// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.plan;

import java.util.Comparator;

import jakarta.inject.Named;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Goal;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Role;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.operations.SessionPlans;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.ChosenProgramme;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.Selections;

/**
 * Casebook > New Session Plan (Ctrl+Alt+P): plans the session selected in the explorer, starting
 * from what continues from the previous session's plan and reflection (see
 * {@link SessionPlans#newPlan}). A plan that carries no goals over gets the default goals of the
 * programme chosen in Preferences. The plan is saved at once, so it is listed, and opens with a
 * note saying what was copied.
 */
public class NewPlanHandler {

  static final String TITLE = "New Session Plan";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active) {
    return active != null && active.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
      @Optional @Named(Selections.EXPLORER) Object selection, IEventBroker events, ECommandService commands,
      EHandlerService handlers, EPartService parts, @Optional ChosenProgramme programme, @Optional CurrentUser user) {
    OpenCasebook open = active.current().orElseThrow();
    Session session = Selections.sessionNeeding(DocumentKind.PLAN, selection, shell, TITLE, commands, handlers);
    if (session == null) {
      return;
    }
    ClientCase client = (ClientCase) session.eContainer();
    // the latest earlier plan and the latest earlier reflection, which may be of different sessions
    Session planSession = latestEarlier(client, session, DocumentKind.PLAN);
    Session reflectionSession = latestEarlier(client, session, DocumentKind.REFLECTION);
    SessionPlan previousPlan = load(open, planSession, DocumentKind.PLAN) instanceof SessionPlan p ? p : null;
    ReflectionNote previousReflection = load(open, reflectionSession, DocumentKind.REFLECTION) instanceof ReflectionNote r ? r : null;
    // the casebook's owner writes its plans; an older casebook without one: its first trainee
    String author = open.index().getOwner() != null ? open.index().getOwner().getId()
        : open.index().getPeople().stream().filter(p -> p.getRoles().contains(Role.TRAINEE)).map(Person::getId).findFirst().orElse(null);
    SessionPlans.NewPlan created = SessionPlans.newPlan(session, client.getCode(), author, previousPlan,
        planSession == null ? 0 : planSession.getNumber(), previousReflection, reflectionSession == null ? 0 : reflectionSession.getNumber());
    if (programme != null && created.plan().getGoals().isEmpty()) {
      // the programme's goals are a start for a plan that carried none over, never extra goals on top
      for (String text : programme.defaultGoals()) {
        Goal goal = RapportFactory.eINSTANCE.createGoal();
        goal.setText(text);
        created.plan().getGoals().add(goal);
      }
    }
    try {
      open.save(created.plan(), CurrentUser.idIn(user, open));
    } catch (StoreException e) {
      MessageDialog.openError(shell, TITLE, e.getMessage());
      return;
    }
    events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, session);
    org.rapport.ui.DocumentParts.open(commands, handlers, created.plan().getId());
    MPart part = parts.getActivePart();
    if (part != null && part.getObject() instanceof PlanEditor editor) {
      editor.showNote(created.copied());
    }
  }

  /** The session before {@code session} with the highest number that has a document of {@code kind}, or null. */
  private static Session latestEarlier(ClientCase client, Session session, DocumentKind kind) {
    return client.getSessions().stream().filter(s -> s.getNumber() < session.getNumber())
        .filter(s -> s.getDocuments().stream().anyMatch(e -> e.getKind() == kind))
        .max(Comparator.comparingInt(Session::getNumber)).orElse(null);
  }

  /** The saved document of {@code kind} of a session, or null when there is none or it cannot be read. */
  private static Document load(OpenCasebook open, Session session, DocumentKind kind) {
    if (session == null) {
      return null;
    }
    DocumentEntry entry = session.getDocuments().stream().filter(e -> e.getKind() == kind).findFirst().orElse(null);
    if (entry == null) {
      return null;
    }
    LoadResult loaded = open.load(entry);
    return loaded.ok() ? loaded.document() : null;
  }
}
