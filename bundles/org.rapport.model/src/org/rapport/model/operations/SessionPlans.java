// SPDX-License-Identifier: EPL-2.0
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
import org.rapport.model.time.Dates;

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
   * session. From the latest earlier plan it takes what usually continues (goals, techniques still
   * to practise, risk considerations and their responses, materials); the agenda, the clauses to
   * revisit and the questions for supervision belong to one session and start empty. Action points
   * not done are carried, marked open: those of the latest earlier reflection, and, when no reflection
   * followed the latest earlier plan, those still carried on that plan (a cancelled or missed
   * session leaves them there).
   *
   * @param previousPlan the latest plan of an earlier session, or null
   * @param planSession the number of that plan's session
   * @param previousReflection the latest reflection on an earlier session, or null
   * @param reflectionSession the number of that reflection's session
   */
  public static NewPlan newPlan(Session session, String clientCode, String authorId, SessionPlan previousPlan, int planSession,
      ReflectionNote previousReflection, int reflectionSession) {
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
    plan.setCreated(Dates.of(now));
    plan.setModified(Dates.of(now));

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
      copied.add(count(plan.getGoals().size(), "goal") + ", " + count(plan.getTechniques().size(), "technique") + " and "
          + count(plan.getRisks().size(), "risk consideration") + (plan.getMaterials() == null ? "" : ", and the materials")
          + " from the plan of session " + planSession);
    }
    if (previousReflection != null) {
      int carried = 0;
      for (ActionPoint point : previousReflection.getActionPoints()) {
        if (point.getStatus() != ActionStatus.DONE) {
          carry(plan, point.getId(), point.getText());
          carried++;
        }
      }
      copied.add(count(carried, "open action point") + " from the reflection on session " + reflectionSession);
    }
    if (previousPlan != null && (previousReflection == null || planSession > reflectionSession)) {
      // no reflection followed that plan's session (cancelled, missed, not yet written): what it
      // still carried would otherwise be lost
      int stillOpen = 0;
      for (CarriedAction action : previousPlan.getCarriedActions()) {
        boolean known = plan.getCarriedActions().stream().anyMatch(a -> a.getActionId() != null && a.getActionId().equals(action.getActionId()));
        if (action.getStatus() != ActionStatus.DONE && !known) {
          carry(plan, action.getActionId(), action.getText());
          stillOpen++;
        }
      }
      if (stillOpen > 0) {
        copied.add(count(stillOpen, "action point") + " still open on the plan of session " + planSession);
      }
    }
    String sentence = copied.isEmpty() ? "An empty plan: there is no earlier session to copy from."
        : "Copied " + String.join("; ", copied) + ". The agenda, clauses to revisit and questions for supervision start empty.";
    return new NewPlan(plan, sentence);
  }

  private static void carry(SessionPlan plan, String actionId, String text) {
    CarriedAction action = F.createCarriedAction();
    action.setActionId(actionId);
    action.setText(text);
    action.setStatus(ActionStatus.OPEN);
    plan.getCarriedActions().add(action);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
