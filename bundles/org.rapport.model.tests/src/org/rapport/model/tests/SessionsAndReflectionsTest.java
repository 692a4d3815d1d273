// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClientCase;
import org.rapport.model.FrameworkStage;
import org.rapport.model.Modality;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.SessionStatus;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Reflections;
import org.rapport.model.operations.Sessions;
import org.rapport.model.time.Dates;

/** A client's next session, a new draft reflection, a new action point and a clause of one's own, made in the model for every caller. */
class SessionsAndReflectionsTest {

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 22, 15);

  @Test
  void aFirstSessionIsTomorrowAtTenForFiftyMinutesInPerson() {
    ClientCase client = F.createClientCase();
    client.setCode("CL-0701");
    Session first = Sessions.next(client, NOW);
    assertEquals(1, first.getNumber());
    assertEquals("CL-0701-S01", first.getId());
    assertEquals(LocalDateTime.of(2026, 12, 2, 10, 0), Dates.time(first.getDateTime()));
    assertEquals(50, first.getLengthMinutes());
    assertEquals(Modality.IN_PERSON, first.getModality());
    assertEquals(SessionStatus.PLANNED, first.getStatus());
    assertTrue(client.getSessions().isEmpty(), "the session is not added by itself");
  }

  @Test
  void theNextSessionFollowsTheLastByAWeekWithItsLengthAndModalityAndTheHighestNumber() {
    ClientCase client = F.createClientCase();
    client.setCode("CL-0417");
    for (int number : List.of(1, 4)) {
      Session session = F.createSession();
      session.setNumber(number);
      session.setDateTime(Dates.of(LocalDateTime.of(2026, 3, number, 14, 0)));
      session.setLengthMinutes(60);
      session.setModality(Modality.VIDEO);
      client.getSessions().add(session);
    }
    Session next = Sessions.next(client, NOW);
    assertEquals(5, next.getNumber());
    assertEquals("CL-0417-S05", next.getId());
    assertEquals(LocalDateTime.of(2026, 3, 11, 14, 0), Dates.time(next.getDateTime()));
    assertEquals(60, next.getLengthMinutes());
    assertEquals(Modality.VIDEO, next.getModality());
  }

  @Test
  void aNewDraftHasAnEmptyAnswerForEveryStageOfItsFramework() {
    ClientCase client = F.createClientCase();
    client.setCode("CL-0630");
    Session session = F.createSession();
    session.setId("CL-0630-S03");
    client.getSessions().add(session);
    ReflectionFramework framework = F.createReflectionFramework();
    framework.setId("what-so-what-now-what");
    for (String stage : List.of("what", "so-what", "now-what")) {
      FrameworkStage frameworkStage = F.createFrameworkStage();
      frameworkStage.setId(stage);
      framework.getStages().add(frameworkStage);
    }
    ReflectionNote note = Reflections.newDraft(session, "P-trainee-1", framework, NOW);
    assertEquals("CL-0630-S03-reflection", note.getId());
    assertEquals("CL-0630-S03", note.getSessionId());
    assertEquals("CL-0630", note.getClientCode());
    assertEquals("P-trainee-1", note.getAuthorId());
    assertEquals(ReviewStatus.DRAFT, note.getStatus());
    assertEquals(NOW, Dates.time(note.getCreated()));
    assertEquals("what-so-what-now-what", note.getFrameworkId());
    assertEquals(List.of("what", "so-what", "now-what"), note.getAnswers().stream().map(a -> a.getStageId()).toList());
    assertNotNull(note.getRelationship(), "a relationship check to fill in");
  }

  @Test
  void aDraftWithoutAFrameworkHasNoAnswersYet() {
    ClientCase client = F.createClientCase();
    client.setCode("CL-0630");
    Session session = F.createSession();
    session.setId("CL-0630-S01");
    client.getSessions().add(session);
    ReflectionNote note = Reflections.newDraft(session, null, null, NOW);
    assertTrue(note.getAnswers().isEmpty());
    assertEquals(null, note.getFrameworkId());
  }

  @Test
  void aNewActionPointIsOpenWithTheFirstIdNotYetUsed() {
    ReflectionNote note = F.createReflectionNote();
    note.setId("CL-0630-S02-reflection");
    ActionPoint kept = F.createActionPoint();
    kept.setId("CL-0630-S02-reflection-a2");   // the first was deleted; the second stays
    note.getActionPoints().add(kept);
    ActionPoint next = Reflections.newActionPoint(note);
    assertEquals("CL-0630-S02-reflection-a3", next.getId(), "a2 is taken, so the count is skipped past it");
    assertEquals(ActionStatus.OPEN, next.getStatus());
    assertTrue(note.getActionPoints().size() == 1, "the point is made, not added: adding is the editor's command");
  }

  @Test
  void aClauseOfOnesOwnGetsAnIdNoOtherClauseHas() {
    BoundaryAgreement agreement = F.createBoundaryAgreement();
    Clause first = Agreements.ownClause(agreement, ClauseCategory.CONFIDENTIALITY);
    agreement.getClauses().add(first);
    Clause second = Agreements.ownClause(agreement, ClauseCategory.CONTACT_BETWEEN_SESSIONS);
    assertEquals("c.own", first.getId());
    assertEquals("c.own-2", second.getId());
    assertEquals(ClauseCategory.CONTACT_BETWEEN_SESSIONS, second.getCategory());
    assertTrue(second.isIncluded() && second.getTemplateId() == null && "".equals(second.getText()), "included, from no template, empty");
  }

  @Test
  void aNewRatingStartsInTheMiddleOfTheScale() {
    var rating = Reflections.newRating("open-questions");
    assertEquals("open-questions", rating.getTechniqueId());
    assertEquals(4, rating.getRating(), "4 of 1 to 7: neither end until the trainee moves it");
  }
}
