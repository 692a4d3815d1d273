// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.AgendaItem;
import org.rapport.model.Goal;
import org.rapport.model.Modality;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.operations.SessionPlans;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.model.time.Dates;

class SessionPlansTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;

  private static Session session(int number, int minutes) {
    Session session = F.createSession();
    session.setId("CL-0417-S0" + number);
    session.setNumber(number);
    session.setDateTime(Dates.of(LocalDateTime.of(2026, 3, 2 + 7 * number, 14, 0)));
    session.setLengthMinutes(minutes);
    session.setModality(Modality.VIDEO);
    return session;
  }

  @Test
  void aFirstPlanTakesTheSessionsFactsAndSaysNothingWasCopied() {
    SessionPlans.NewPlan result = SessionPlans.newPlan(session(1, 60), "CL-0417", "t-01", null, 0, null, 0);
    SessionPlan plan = result.plan();
    assertEquals("CL-0417-S01-plan", plan.getId());
    assertEquals("CL-0417-S01", plan.getSessionId());
    assertEquals(1, plan.getSessionNumber());
    assertEquals(60, plan.getLengthMinutes());
    assertEquals(Modality.VIDEO, plan.getModality());
    assertEquals(LocalDateTime.of(2026, 3, 9, 14, 0), Dates.time(plan.getDateTime()));
    assertTrue(plan.getGoals().isEmpty());
    assertTrue(result.copied().contains("no earlier session"), result.copied());
    assertTrue(new RapportDiagnostician().validate(plan).getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR,
        "a new plan is valid as it stands");
  }

  @Test
  void aPlanFromThePreviousCopiesWhatContinuesAndCarriesOpenActions() {
    Session previous = session(2, 50);
    SessionPlan before = SessionPlans.newPlan(previous, "CL-0417", "t-01", null, 0, null, 0).plan();
    Goal goal = F.createGoal();
    goal.setText("Name the rupture");
    goal.setHowWeWillKnow("Client says it in their words");
    before.getGoals().add(goal);
    PlannedTechnique technique = F.createPlannedTechnique();
    technique.setTechniqueId("reflective-listening");
    technique.setMoment("opening");
    before.getTechniques().add(technique);
    AgendaItem item = F.createAgendaItem();
    item.setTitle("Check-in");
    item.setMinutes(10);
    before.getAgenda().add(item);
    before.getClausesToRevisit().add("c.contact");
    before.setSupervisionQuestions("How to pace?");
    ReflectionNote reflection = F.createReflectionNote();
    reflection.getActionPoints().add(action("a1", "Send the leaflet", ActionStatus.DONE));
    reflection.getActionPoints().add(action("a2", "Agree the cancellation rule", ActionStatus.OPEN));
    reflection.getActionPoints().add(action("a3", "Ask about sleep", ActionStatus.CARRIED_ON));

    SessionPlans.NewPlan result = SessionPlans.newPlan(session(3, 50), "CL-0417", "t-01", before, 2, reflection, 2);
    SessionPlan plan = result.plan();
    assertEquals(1, plan.getGoals().size());
    assertEquals("Client says it in their words", plan.getGoals().get(0).getHowWeWillKnow());
    assertTrue(plan.getGoals().get(0) != goal, "copies, not the previous plan's objects");
    assertEquals("reflective-listening", plan.getTechniques().get(0).getTechniqueId());
    assertTrue(plan.getAgenda().isEmpty(), "an agenda belongs to one session");
    assertTrue(plan.getClausesToRevisit().isEmpty());
    assertNull(plan.getSupervisionQuestions());
    assertEquals(2, plan.getCarriedActions().size(), "done actions stay behind");
    assertEquals("a2", plan.getCarriedActions().get(0).getActionId());
    assertEquals(ActionStatus.OPEN, plan.getCarriedActions().get(1).getStatus());
    assertEquals("Copied 1 goal, 1 technique and 0 risk considerations from the plan of session 2; 2 open action points from"
        + " the reflection on session 2. The agenda, clauses to revisit and questions for supervision start empty.", result.copied());
  }

  @Test
  void actionsStillCarriedOnAnEarlierPlanComeAlongWhenTheSessionBetweenHadNoReflection() {
    // session 2 was planned, carrying two actions, then cancelled: it has no reflection
    SessionPlan cancelled = SessionPlans.newPlan(session(2, 50), "CL-0417", "t-01", null, 0, null, 0).plan();
    cancelled.getCarriedActions().add(carried("a1", "Agree the cancellation rule", ActionStatus.CARRIED_ON));
    cancelled.getCarriedActions().add(carried("a2", "Send the leaflet", ActionStatus.DONE));
    ReflectionNote first = F.createReflectionNote();
    first.getActionPoints().add(action("a1", "Agree the cancellation rule", ActionStatus.OPEN));
    first.getActionPoints().add(action("a3", "Ask about sleep", ActionStatus.OPEN));

    SessionPlans.NewPlan result = SessionPlans.newPlan(session(3, 50), "CL-0417", "t-01", cancelled, 2, first, 1);
    assertEquals(List.of("a1", "a3"), result.plan().getCarriedActions().stream().map(a -> a.getActionId()).toList(),
        "open points of the reflection on session 1, each once; the done one stays behind");
    assertTrue(result.copied().contains("2 open action points from the reflection on session 1"), result.copied());

    ReflectionNote none = F.createReflectionNote();
    SessionPlans.NewPlan withoutReflection = SessionPlans.newPlan(session(3, 50), "CL-0417", "t-01", cancelled, 2, none, 1);
    assertEquals(List.of("a1"), withoutReflection.plan().getCarriedActions().stream().map(a -> a.getActionId()).toList(),
        "an action still carried on the cancelled session's plan is not lost");
    assertTrue(withoutReflection.copied().contains("1 action point still open on the plan of session 2"), withoutReflection.copied());
  }

  @Test
  void theAgendaTotalAddsEveryItem() {
    SessionPlan plan = SessionPlans.newPlan(session(1, 50), "CL-0417", "t-01", null, 0, null, 0).plan();
    assertEquals(0, SessionPlans.agendaMinutes(plan));
    for (int minutes : new int[] {10, 25, 20}) {
      AgendaItem item = F.createAgendaItem();
      item.setMinutes(minutes);
      plan.getAgenda().add(item);
    }
    assertEquals(55, SessionPlans.agendaMinutes(plan));
  }

  private static org.rapport.model.CarriedAction carried(String id, String text, ActionStatus status) {
    org.rapport.model.CarriedAction action = F.createCarriedAction();
    action.setActionId(id);
    action.setText(text);
    action.setStatus(status);
    return action;
  }

  private static ActionPoint action(String id, String text, ActionStatus status) {
    ActionPoint point = F.createActionPoint();
    point.setId(id);
    point.setText(text);
    point.setStatus(status);
    return point;
  }
}
