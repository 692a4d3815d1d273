// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.rapport.model.ActionPoint;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.CarriedAction;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.Document;
import org.rapport.model.Goal;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewComment;
import org.rapport.model.Role;
import org.rapport.model.SessionPlan;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.StageAnswer;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.model.time.Dates;

/** A small made-up casebook for the de-identification tests: two clients, a plan, a reflection and agreements. */
final class Documents {

  static final RapportFactory F = RapportFactory.eINSTANCE;
  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final Person TRAINEE = person("P-trainee-1", "R. Fairweather", Role.TRAINEE);
  static final Person SUPERVISOR = person("P-sup-1", "M. Hollis", Role.SUPERVISOR);
  static final List<String> PEOPLE = List.of("R. Fairweather", "M. Hollis", "Fairweather", "Hollis");

  private Documents() {
  }

  static List<Document> casebook() {
    return List.of(plan(), reflection(), agreement("CL-0552"), agreement("CL-0417"));
  }

  static SessionPlan plan() {
    SessionPlan plan = F.createSessionPlan();
    plan.setId("CL-0417-S03-plan");
    plan.setClientCode("CL-0417");
    plan.setAuthorId("P-trainee-1");
    plan.setCreated(Dates.of(LocalDateTime.of(2026, 2, 19, 16, 0)));
    plan.setModified(Dates.of(LocalDateTime.of(2026, 2, 23, 17, 30)));
    plan.setSessionId("CL-0417-S03");
    plan.setSessionNumber(3);
    plan.setDateTime(Dates.of(LocalDateTime.of(2026, 2, 24, 10, 0)));
    plan.setLengthMinutes(50);
    plan.getGoals().add(goal("Explore what shame is like for the client.", "She describes a recent moment of shame."));
    plan.getGoals().add(goal("Talk about her grandmother, aged 93, and the move on 10 March 2026.",
        "She can say how the move feels, within 50 minutes."));
    plan.getClausesToRevisit().add("c.confidentiality");
    plan.setMaterials("The leaflet from www.mind.org.uk; the urgent support list.");
    plan.setSupervisionQuestions("Should I ask Dr Okafor for the discharge letter, or leave it to CL-0417?");
    CarriedAction carried = F.createCarriedAction();
    carried.setActionId("CL-0417-S02-a1");
    carried.setText("Keep a short check-in at the start of each session.");
    plan.getCarriedActions().add(carried);
    return plan;
  }

  static ReflectionNote reflection() {
    ReflectionNote note = F.createReflectionNote();
    note.setId("CL-0417-S03-reflection");
    note.setClientCode("CL-0417");
    note.setAuthorId("P-trainee-1");
    note.setCreated(Dates.of(LocalDateTime.of(2026, 2, 24, 13, 0)));
    note.setModified(Dates.of(LocalDateTime.of(2026, 2, 27, 16, 20)));
    note.setSessionId("CL-0417-S03");
    note.setFrameworkId("gibbs");
    note.getAnswers().add(answer("gibbs.description", "Client CL-0417 said her sister Maria rang from 07700 900123 "
        + "at 10:00, during our 50-minute session; Maria was worried."));
    note.getAnswers().add(answer("gibbs.feelings", "I felt put on the spot, about a 4 of 7."));
    note.getLearningPoints().add("Video sessions need a privacy check at the start.");
    note.getLearningPoints().add("She asked me to write to her at jo.baker@example.org, which I declined.");
    ActionPoint action = F.createActionPoint();
    action.setId("CL-0417-S03-a1");
    action.setText("Return to the messaging request next session.");
    note.getActionPoints().add(action);
    ReviewComment comment = F.createReviewComment();
    comment.setId("CL-0417-S03-r1");
    comment.setAuthorId("P-sup-1");
    comment.setAt(Dates.of(LocalDateTime.of(2026, 2, 27, 15, 50)));
    comment.setAnchor("stage:gibbs.description");
    comment.setText("Good; bring this to the group on Thursday.");
    note.getComments().add(comment);
    Signature approval = F.createSignature();
    approval.setRole(PartyRole.SUPERVISOR);
    approval.setSigner("P-sup-1");
    approval.setSignedAt(Dates.of(LocalDateTime.of(2026, 2, 28, 9, 0)));
    approval.setMethod(SignatureMethod.TYPED_IN_SESSION);
    approval.setFingerprint("9f2c7e0d1a6b4c3e8f5a2d7b0c1e9f4a6b3d8c2e7f0a5b1c4d9e6f3a8b2c7d0e");
    note.setApproval(approval);
    return note;
  }

  /** A signed first version of the agreement with the client, with a fingerprint on every signature. */
  static BoundaryAgreement agreement(String clientCode) {
    List<ClauseTemplate> templates = List.of(
        template("tpl.confidentiality.general", ClauseCategory.CONFIDENTIALITY, "Confidentiality", "What you say stays here."),
        template("tpl.supervision.trainee", ClauseCategory.SUPERVISION_AND_RECORDING, "Supervision",
            "I am a trainee supervised by [supervisor]."));
    BoundaryAgreement agreement = Agreements.draft(clientCode, TRAINEE, SUPERVISOR, templates, AT);
    // signed with keys made for the test: the copy's signatures are what is checked, not who made them
    org.rapport.model.signing.Signer trainee = new org.rapport.model.signing.Signer(TRAINEE, org.rapport.model.signing.Keys.generate());
    org.rapport.model.signing.Signer supervisor = new org.rapport.model.signing.Signer(SUPERVISOR, org.rapport.model.signing.Keys.generate());
    Agreements.take(agreement, Step.PROPOSE, trainee, AT.plusMinutes(5));
    Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.PAPER_RECORDED, trainee, AT.plusMinutes(10));
    Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, trainee, AT.plusMinutes(11));
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, supervisor, AT.plusHours(4));
    agreement.setModified(Dates.of(AT.plusHours(4)));
    return agreement;
  }

  /** Every text value in {@code object} and its contents, many-valued ones included. */
  static List<String> allTexts(EObject object) {
    List<String> texts = new ArrayList<>();
    List<EObject> objects = new ArrayList<>();
    objects.add(object);
    for (Iterator<EObject> it = object.eAllContents(); it.hasNext();) {
      objects.add(it.next());
    }
    for (EObject each : objects) {
      for (EAttribute attribute : each.eClass().getEAllAttributes()) {
        if (attribute.getEAttributeType().getInstanceClass() == String.class) {
          Object value = each.eGet(attribute);
          if (value instanceof List<?> list) {
            list.forEach(v -> texts.add((String) v));
          } else if (value != null) {
            texts.add((String) value);
          }
        }
      }
    }
    return texts;
  }

  private static Person person(String id, String name, Role role) {
    Person person = F.createPerson();
    person.setId(id);
    person.setName(name);
    person.getRoles().add(role);
    return person;
  }

  private static ClauseTemplate template(String id, ClauseCategory category, String name, String text) {
    ClauseTemplate template = F.createClauseTemplate();
    template.setId(id);
    template.setCategory(category);
    template.setName(name);
    template.setText(text);
    template.setVersion(1);
    return template;
  }

  private static Goal goal(String text, String howWeWillKnow) {
    Goal goal = F.createGoal();
    goal.setText(text);
    goal.setHowWeWillKnow(howWeWillKnow);
    return goal;
  }

  private static StageAnswer answer(String stageId, String text) {
    StageAnswer answer = F.createStageAnswer();
    answer.setStageId(stageId);
    answer.setText(text);
    return answer;
  }
}
