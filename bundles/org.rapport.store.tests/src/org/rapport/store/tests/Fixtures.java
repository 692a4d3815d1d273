// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.rapport.model.AgendaItem;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Casebook;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClientCase;
import org.rapport.model.Goal;
import org.rapport.model.Modality;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.StageAnswer;
import org.rapport.model.time.Dates;

/** Small, filled-in model objects for store tests. */
final class Fixtures {

  static final RapportFactory F = RapportFactory.eINSTANCE;

  private Fixtures() {
  }

  static ClientCase client(Casebook casebook, String code, int sessions) {
    ClientCase client = F.createClientCase();
    client.setCode(code);
    client.setStartDate(Dates.of(LocalDate.of(2026, 2, 2)));
    for (int n = 1; n <= sessions; n++) {
      Session session = F.createSession();
      session.setId(code + "-S" + n);
      session.setNumber(n);
      session.setDateTime(Dates.of(LocalDateTime.of(2026, 2, 2, 10, 0).plusWeeks(n - 1)));
      session.setModality(Modality.IN_PERSON);
      client.getSessions().add(session);
    }
    casebook.getClients().add(client);
    return client;
  }

  static SessionPlan plan(String code, int session) {
    SessionPlan plan = F.createSessionPlan();
    plan.setId(code + "-S" + session + "-plan");
    plan.setClientCode(code);
    plan.setSessionId(code + "-S" + session);
    plan.setSessionNumber(session);
    plan.setDateTime(Dates.of(LocalDateTime.of(2026, 3, 2, 10, 0)));
    plan.setLengthMinutes(50);
    Goal goal = F.createGoal();
    goal.setText("Agree what the client wants from our work together");
    goal.setHowWeWillKnow("The client names one change they would notice");
    plan.getGoals().add(goal);
    for (String title : new String[] {"Check-in", "Main theme", "Summary and close"}) {
      AgendaItem item = F.createAgendaItem();
      item.setTitle(title);
      item.setMinutes(15);
      plan.getAgenda().add(item);
    }
    plan.getClausesToRevisit().add("c-confidentiality");
    plan.setMaterials("Copy of the agreement; feelings list");
    return plan;
  }

  static BoundaryAgreement agreement(String code) {
    BoundaryAgreement agreement = F.createBoundaryAgreement();
    agreement.setId(code + "-agreement-v1");
    agreement.setClientCode(code);
    agreement.setStatus(AgreementStatus.DRAFT);
    agreement.setEffectiveDate(Dates.of(LocalDate.of(2026, 2, 2)));
    agreement.setReviewDate(Dates.of(LocalDate.of(2026, 8, 2)));
    for (ClauseCategory category : new ClauseCategory[] {ClauseCategory.CONFIDENTIALITY, ClauseCategory.SUPERVISION_AND_RECORDING}) {
      Clause clause = F.createClause();
      clause.setId("c-" + category.getLiteral());
      clause.setCategory(category);
      clause.setTitle(category.getName());
      clause.setText("What we agree about " + category.getLiteral() + " & why (with <brackets> and \"quotes\").");
      clause.setTemplateId("tpl." + category.getLiteral());
      clause.setTemplateVersion(1);
      agreement.getClauses().add(clause);
    }
    return agreement;
  }

  static ReflectionNote reflection(String code, int session) {
    ReflectionNote note = F.createReflectionNote();
    note.setId(code + "-S" + session + "-reflection");
    note.setClientCode(code);
    note.setSessionId(code + "-S" + session);
    note.setFrameworkId("what-so-what-now-what");
    note.setStatus(ReviewStatus.DRAFT);
    for (String stage : new String[] {"what", "so-what", "now-what"}) {
      StageAnswer answer = F.createStageAnswer();
      answer.setStageId(stage);
      answer.setText("Notes for " + stage + " — with ünïcödé and a line\nbreak.");
      note.getAnswers().add(answer);
    }
    note.getLearningPoints().add("Silence gave the client room");
    return note;
  }

  static org.rapport.model.Person person(String id, String name, org.rapport.model.Role role) {
    org.rapport.model.Person person = F.createPerson();
    person.setId(id);
    person.setName(name);
    person.getRoles().add(role);
    return person;
  }

  /**
   * Cheap Argon2id costs for keys derived in tests (they derive many), or the real ones again; the
   * real costs (64 MiB, 3 passes) are measured by the benchmark.
   */
  static void cheapKeys(boolean cheap) {
    if (cheap) {
      System.setProperty("rapport.kdf.memoryKiB", "1024");
      System.setProperty("rapport.kdf.iterations", "1");
    } else {
      System.clearProperty("rapport.kdf.memoryKiB");
      System.clearProperty("rapport.kdf.iterations");
    }
  }

  /**
   * Makes {@code folder} this workstation's memory of casebooks (what it pins and remembers outside
   * them), with cheap key costs, until closed; then both are as they were.
   */
  static AutoCloseable workstation(java.nio.file.Path folder) {
    String before = System.getProperty("rapport.workstation");
    System.setProperty("rapport.workstation", folder.toString());
    cheapKeys(true);
    return () -> {
      cheapKeys(false);
      if (before == null) {
        System.clearProperty("rapport.workstation");
      } else {
        System.setProperty("rapport.workstation", before);
      }
    };
  }
}
