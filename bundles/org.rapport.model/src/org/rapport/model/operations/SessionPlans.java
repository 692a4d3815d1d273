package org.rapport.model.operations;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.AgendaItem;
import org.rapport.model.CarriedAction;
import org.rapport.model.Goal;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.RiskConsideration;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;

/** What the plan editor does to plans beyond setting one field: new plans, totals. */
public final class SessionPlans {

  private static final RapportFactory F = RapportFactory.eINSTANCE;

  private SessionPlans() {
  }

  /** A new plan and the sentence that says what was copied into it. */
  public record NewPlan(SessionPlan plan, String copied) {
  }

  /** The minutes the agenda adds up to. */
  public static int agendaMinutes(SessionPlan plan) {
    return plan.getAgenda().stream().mapToInt(AgendaItem::getMinutes).sum();
  }

  /**
   * A plan for {@code session} of the client {@code clientCode}: date, length and modality from the
   * session. From the previous session's plan it takes what usually continues (goals, techniques
   * still to practise, risk considerations and their responses, materials); the agenda, the clauses
   * to revisit and the questions for supervision belong to one session and start empty. From the
   * previous session's reflection it carries every action point not done, marked open.
   *
   * @param previous the session before, or null; its plan and reflection may each be null
   */
  public static NewPlan newPlan(Session session, String clientCode, String authorId, Session previous, SessionPlan previousPlan,
      ReflectionNote previousReflection) {
    SessionPlan plan = F.createSessionPlan();
    plan.setId(session.getId() + "-plan");
    plan.setSessionId(session.getId());
    plan.setSessionNumber(session.getNumber());
    plan.setClientCode(clientCode);
    plan.setAuthorId(authorId);
    plan.setDateTime(session.getDateTime());
    if (session.getLengthMinutes() > 0) {
      plan.setLengthMinutes(session.getLengthMinutes());
    }
    plan.setModality(session.getModality());
    LocalDateTime now = LocalDateTime.now().withNano(0);
    plan.setCreated(now);
    plan.setModified(now);

    List<String> copied = new ArrayList<>();
    if (previousPlan != null) {
      for (Goal goal : previousPlan.getGoals()) {
        Goal copy = F.createGoal();
        copy.setText(goal.getText());
        copy.setHowWeWillKnow(goal.getHowWeWillKnow());
        plan.getGoals().add(copy);
      }
      for (PlannedTechnique technique : previousPlan.getTechniques()) {
        PlannedTechnique copy = F.createPlannedTechnique();
        copy.setTechniqueId(technique.getTechniqueId());
        copy.setMoment(technique.getMoment());
        plan.getTechniques().add(copy);
      }
      for (RiskConsideration risk : previousPlan.getRisks()) {
        RiskConsideration copy = F.createRiskConsideration();
        copy.setConcern(risk.getConcern());
        copy.setResponse(risk.getResponse());
        plan.getRisks().add(copy);
      }
      plan.setMaterials(previousPlan.getMaterials());
      String from = " from the plan of session " + number(previous, previousPlan.getSessionNumber());
      copied.add(count(plan.getGoals().size(), "goal") + ", " + count(plan.getTechniques().size(), "technique") + " and "
          + count(plan.getRisks().size(), "risk consideration") + (plan.getMaterials() == null ? "" : ", and the materials") + from);
    }
    if (previousReflection != null) {
      int carried = 0;
      for (ActionPoint point : previousReflection.getActionPoints()) {
        if (point.getStatus() != ActionStatus.DONE) {
          CarriedAction action = F.createCarriedAction();
          action.setActionId(point.getId());
          action.setText(point.getText());
          action.setStatus(ActionStatus.OPEN);
          plan.getCarriedActions().add(action);
          carried++;
        }
      }
      copied.add(count(carried, "open action point") + " from the reflection on session " + number(previous, session.getNumber() - 1));
    }
    String sentence = copied.isEmpty() ? "An empty plan: there is no earlier session to copy from."
        : "Copied " + String.join("; ", copied) + ". The agenda, clauses to revisit and questions for supervision start empty.";
    return new NewPlan(plan, sentence);
  }

  private static int number(Session previous, int otherwise) {
    return previous != null ? previous.getNumber() : otherwise;
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
