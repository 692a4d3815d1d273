// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
import org.rapport.model.AgendaItem;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.operations.Agreements;
import org.rapport.model.CaseStatus;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.Goal;
import org.rapport.model.Modality;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportFactory;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.ReflectionNote;
import org.rapport.model.RelationshipCheck;
import org.rapport.model.ReviewStatus;
import org.rapport.model.RiskConsideration;
import org.rapport.model.Role;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.SessionStatus;
import org.rapport.model.SignatureMethod;
import org.rapport.model.StageAnswer;
import org.rapport.model.TechniqueRating;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.model.time.Dates;

/**
 * Writes large, realistic casebooks for tests and benchmarks: clients of twenty sessions each, every
 * session with a plan and a reflection of realistic length, every client with a signed agreement.
 * The same seed always gives the same casebook. Every text is assembled from phrases written for
 * this generator; no client in it is real.
 */
public final class CasebookGenerator {

  /** Sessions per client: about two terms of weekly work. */
  public static final int SESSIONS_PER_CLIENT = 20;

  private static final RapportFactory F = RapportFactory.eINSTANCE;
  private static final String TRAINEE = "P-trainee-1";
  private static final String[] SUPERVISORS = {"P-sup-1", "P-sup-2"};
  private static final String[] TECHNIQUES = {"active-listening", "empathy-validation", "boundary-setting", "open-questions",
      "paraphrasing", "summarising", "silence", "reflecting-feelings", "validating-statements", "clarifying-the-frame"};
  private static final String[][] STAGES = {{"what-so-what-now-what.what", "what-so-what-now-what.so-what", "what-so-what-now-what.now-what"},
      {"gibbs.description", "gibbs.feelings", "gibbs.evaluation", "gibbs.analysis", "gibbs.conclusion", "gibbs.action-plan"}};
  private static final String[] GOALS = {"Agree what the client hopes to change", "Understand the pattern of the difficult mornings",
      "Explore what support looks like outside the sessions", "Review the agreement on contact between sessions",
      "Notice and name feelings as they come up in the room", "Prepare the client for the break in sessions"};
  private static final String[] MEASURES = {"The client names one concrete change", "We have a shared picture of a typical week",
      "The client says in their own words what was agreed", "The client reports feeling heard at the close"};
  private static final String[] AGENDA = {"Check-in and review of the week", "Follow up the action from last time", "Main theme",
      "Practise a reflection of feeling", "Summary and agreeing next steps", "Closing and next appointment"};
  private static final String[] OPENINGS = {"The client arrived on time and", "Early in the session the client", "After the check-in the client",
      "Towards the middle of the session the client", "Near the end the client"};
  private static final String[] EVENTS = {"spoke about feeling tired of explaining themselves", "described an argument at home in some detail",
      "was quiet for a long stretch before answering", "asked whether other people feel the same way",
      "laughed off a question that seemed to matter", "returned to the worry about money", "talked about a friend who had moved away"};
  private static final String[] RESPONSES = {"I reflected back the frustration I heard and checked whether I had it right.",
      "I stayed with the silence instead of filling it, which was hard.", "I summarised the three threads and asked which mattered most.",
      "I asked an open question about what the week had been like.", "I named the time we had left so the ending would not be abrupt.",
      "I noticed I was planning my next question instead of listening."};
  private static final String[] MEANINGS = {"This suggests the client is testing whether it is safe to disagree with me.",
      "I think my wish to be helpful made me move on too quickly.", "The relationship felt steadier than in the previous weeks.",
      "It seems that naming the feeling helped more than any advice would have.",
      "I wonder whether the frame we agreed feels rigid to the client."};
  private static final String[] NEXT = {"Next time I will slow down before summarising.", "I will bring this moment to supervision.",
      "I want to practise reflecting feelings without adding interpretation.", "I will check in about the agreement at the start.",
      "I plan to leave more space at the close of the session."};

  private final CasebookStore store;
  private final Catalogue catalogue;

  /** @param catalogue the catalogue whose clause templates the agreements are drafted from, or null for a built-in clause set */
  public CasebookGenerator(CasebookStore store, Catalogue catalogue) {
    this.store = store;
    this.catalogue = catalogue;
  }

  /** Creates a new casebook in {@code folder} (which must be new or empty) with {@code sessions} sessions. */
  public void generate(Path folder, int sessions, long seed) throws StoreException {
    generate(folder, sessions, seed, null);
  }

  /** The same, encrypted under {@code passphrase} from the start (null: plain). */
  public void generate(Path folder, int sessions, long seed, char[] passphrase) throws StoreException {
    Random random = new Random(seed);
    String title = "Generated casebook (" + sessions + " sessions)";
    try (OpenCasebook open = passphrase == null ? store.create(folder, title) : store.create(folder, title, passphrase)) {
      Casebook index = open.index();
      index.setRetentionYears(7);
      Person trainee = person(TRAINEE, "Trainee (generated)", Role.TRAINEE);
      Person[] supervisors = {person(SUPERVISORS[0], "Supervisor one (generated)", Role.SUPERVISOR),
          person(SUPERVISORS[1], "Supervisor two (generated)", Role.SUPERVISOR)};
      index.getPeople().add(trainee);
      index.getPeople().addAll(List.of(supervisors));
      // keys made for this run only: every step is signed and verifies, but no one can sign in later
      java.security.SecureRandom keys = seeded(seed);
      for (Person person : index.getPeople()) {
        signers.put(person.getId(), withKey(person, keys));
      }
      index.setOwner(trainee);
      LocalDate start = LocalDate.of(2020, 1, 6);
      int clients = (sessions + SESSIONS_PER_CLIENT - 1) / SESSIONS_PER_CLIENT;
      List<Document> documents = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        String code = String.format("CL-%05d", c + 1);
        int count = Math.min(SESSIONS_PER_CLIENT, sessions - c * SESSIONS_PER_CLIENT);
        LocalDate clientStart = start.plusDays(c * 3L);
        ClientCase client = F.createClientCase();
        client.setCode(code);
        client.setStartDate(Dates.of(clientStart));
        client.setStatus(c < clients - 5 ? CaseStatus.CLOSED : CaseStatus.ACTIVE);
        client.getSupervisors().add(supervisors[c % 2]);
        index.getClients().add(client);
        documents.add(agreement(code, clientStart, SUPERVISORS[c % 2]));
        for (int n = 1; n <= count; n++) {
          Session session = F.createSession();
          session.setId(code + "-S" + n);
          session.setNumber(n);
          session.setDateTime(Dates.of(clientStart.atTime(9 + c % 8, 0).plusWeeks(n - 1L)));
          session.setLengthMinutes(50);
          session.setModality(n % 5 == 0 ? Modality.VIDEO : Modality.IN_PERSON);
          session.setStatus(SessionStatus.HELD);
          client.getSessions().add(session);
          documents.add(plan(code, session, random));
          documents.add(reflection(code, session, random, SUPERVISORS[c % 2], n == count && c >= clients - 5));
        }
        if (documents.size() >= 600) {   // bounded memory for very large casebooks
          open.saveAll(documents, null);
          documents.clear();
        }
      }
      open.saveAll(documents, null);
      open.saveIndex();
    }
  }

  private final java.util.Map<String, org.rapport.model.signing.Signer> signers = new java.util.HashMap<>();

  /** A generator of keys that gives the same keys for the same seed, so that the same seed gives the same files. */
  private static java.security.SecureRandom seeded(long seed) {
    try {
      java.security.SecureRandom random = java.security.SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
    }
  }

  private static org.rapport.model.signing.Signer withKey(Person person, java.security.SecureRandom random) {
    java.security.KeyPair keys = org.rapport.model.signing.Keys.generate(random);
    org.rapport.model.PersonKey key = F.createPersonKey();
    key.setPublicKey(org.rapport.model.signing.Keys.encode(keys.getPublic()));
    key.setCreated(Dates.of(LocalDate.of(2020, 1, 1).atStartOfDay()));
    person.getKeys().add(key);
    return new org.rapport.model.signing.Signer(person, keys);
  }

  private static Person person(String id, String name, Role role) {
    Person person = F.createPerson();
    person.setId(id);
    person.setName(name);
    person.getRoles().add(role);
    return person;
  }

  private BoundaryAgreement agreement(String code, LocalDate date, String supervisor) {
    BoundaryAgreement agreement = F.createBoundaryAgreement();
    agreement.setId(code + "-agreement-v1");
    agreement.setClientCode(code);
    agreement.setAuthorId(TRAINEE);
    agreement.setCreated(Dates.of(date.minusDays(2).atTime(9, 0)));
    agreement.setModified(Dates.of(date.atTime(10, 0)));
    agreement.setVersion(1);
    agreement.setEffectiveDate(Dates.of(date));
    agreement.setReviewDate(Dates.of(date.plusMonths(6)));
    agreement.setStatus(AgreementStatus.DRAFT);
    agreement.getParties().add(Agreements.newParty(PartyRole.TRAINEE, TRAINEE, "Trainee"));
    agreement.getParties().add(Agreements.newParty(PartyRole.CLIENT, code, "Client " + code));
    agreement.getParties().add(Agreements.newParty(PartyRole.SUPERVISOR, supervisor, "Supervisor"));
    if (catalogue != null && !catalogue.getClauseTemplates().isEmpty()) {
      for (ClauseTemplate template : catalogue.getClauseTemplates()) {
        agreement.getClauses().add(clause(template.getId(), template.getCategory(), template.getName(), template.getText(), template.getVersion()));
      }
    } else {
      agreement.getClauses().add(clause("tpl.confidentiality.general", ClauseCategory.CONFIDENTIALITY, "Confidentiality",
          "What you share in our sessions stays within the lab, apart from the limits we talk through together.", 1));
      agreement.getClauses().add(clause("tpl.supervision-and-recording.trainee", ClauseCategory.SUPERVISION_AND_RECORDING,
          "Supervision", "I am a trainee and talk about our work with my supervisor, who keeps the same confidentiality.", 1));
    }
    // taken through the workflow, so that each step is signed as the product signs it
    Agreements.take(agreement, Agreements.Step.PROPOSE, signers.get(TRAINEE), date.minusDays(1).atTime(9, 0));
    Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, signers.get(TRAINEE), date.atTime(10, 0));
    Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, signers.get(TRAINEE), date.atTime(10, 0));
    Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, signers.get(supervisor), date.atTime(10, 0));
    agreement.setModified(Dates.of(date.atTime(10, 0)));
    return agreement;
  }

  private static Clause clause(String templateId, ClauseCategory category, String title, String text, int version) {
    Clause clause = F.createClause();
    clause.setId("c." + templateId.substring(templateId.indexOf('.') + 1));
    clause.setCategory(category);
    clause.setTitle(title);
    clause.setText(text);
    clause.setTemplateId(templateId);
    clause.setTemplateVersion(version);
    return clause;
  }

  private static SessionPlan plan(String code, Session session, Random random) {
    SessionPlan plan = F.createSessionPlan();
    plan.setId(session.getId() + "-plan");
    plan.setClientCode(code);
    plan.setAuthorId(TRAINEE);
    plan.setSessionId(session.getId());
    plan.setSessionNumber(session.getNumber());
    plan.setDateTime(session.getDateTime());
    plan.setLengthMinutes(session.getLengthMinutes());
    plan.setModality(session.getModality());
    plan.setCreated(Dates.of(Dates.time(session.getDateTime()).minusDays(1)));
    plan.setModified(Dates.of(Dates.time(session.getDateTime()).minusHours(16)));
    for (int g = 0; g < 2; g++) {
      Goal goal = F.createGoal();
      goal.setText(pick(GOALS, random));
      goal.setHowWeWillKnow(pick(MEASURES, random));
      plan.getGoals().add(goal);
    }
    int[] minutes = {10, 25, 10};
    for (int i = 0; i < minutes.length; i++) {
      AgendaItem item = F.createAgendaItem();
      item.setTitle(AGENDA[(i * 2 + random.nextInt(2)) % AGENDA.length]);
      item.setMinutes(minutes[i]);
      plan.getAgenda().add(item);
    }
    for (int t = 0; t < 2; t++) {
      PlannedTechnique technique = F.createPlannedTechnique();
      technique.setTechniqueId(TECHNIQUES[(session.getNumber() + t * 3) % TECHNIQUES.length]);
      technique.setMoment(t == 0 ? "During the main theme" : "When closing");
      plan.getTechniques().add(technique);
    }
    RiskConsideration risk = F.createRiskConsideration();
    risk.setConcern("Low mood reported over the past fortnight");
    risk.setResponse("Ask directly about safety and follow the lab's risk procedure if needed");
    plan.getRisks().add(risk);
    plan.setMaterials("Copy of the agreement; feelings list");
    plan.setSupervisionQuestions(random.nextInt(4) == 0 ? "How do I stay with silence without rescuing?" : null);
    return plan;
  }

  private ReflectionNote reflection(String code, Session session, Random random, String supervisor, boolean recent) {
    ReflectionNote note = F.createReflectionNote();
    note.setId(session.getId() + "-reflection");
    note.setClientCode(code);
    note.setAuthorId(TRAINEE);
    note.setSessionId(session.getId());
    LocalDateTime written = Dates.time(session.getDateTime()).plusHours(3);
    note.setCreated(Dates.of(written));
    note.setModified(Dates.of(written.plusDays(2)));
    String[] stages = STAGES[session.getNumber() % 2];
    note.setFrameworkId(stages[0].substring(0, stages[0].lastIndexOf('.')));
    for (String stage : stages) {
      StageAnswer answer = F.createStageAnswer();
      answer.setStageId(stage);
      answer.setText(paragraph(random));
      note.getAnswers().add(answer);
    }
    for (int t = 0; t < 2; t++) {
      TechniqueRating rating = F.createTechniqueRating();
      rating.setTechniqueId(TECHNIQUES[(session.getNumber() + t * 3) % TECHNIQUES.length]);
      rating.setRating(2 + random.nextInt(4));
      rating.setEvidence(pick(OPENINGS, random) + " " + pick(EVENTS, random) + "; " + pick(RESPONSES, random));
      note.getRatings().add(rating);
    }
    RelationshipCheck check = F.createRelationshipCheck();
    check.setInstrumentId("relationship-check");
    check.setTrust(4 + random.nextInt(4));
    check.setEmpathy(4 + random.nextInt(4));
    check.setCommunication(4 + random.nextInt(4));
    note.setRelationship(check);
    note.getLearningPoints().add(pick(MEANINGS, random));
    ActionPoint action = F.createActionPoint();
    action.setId(session.getId() + "-a1");
    action.setText(pick(NEXT, random));
    action.setStatus(recent ? ActionStatus.OPEN : ActionStatus.DONE);
    note.getActionPoints().add(action);
    note.setStatus(ReviewStatus.DRAFT);
    ReviewWorkflow.take(note, ReviewWorkflow.Step.SUBMIT, signers.get(TRAINEE), written.plusDays(1), null);
    if (!recent) {
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signers.get(supervisor), written.plusDays(4), null);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.LOCK, signers.get(supervisor), written.plusDays(4), null);
    }
    return note;
  }

  /** Four to six sentences, about 60 to 110 words, like a stage of a real reflection. */
  private static String paragraph(Random random) {
    StringBuilder text = new StringBuilder();
    int sentences = 2 + random.nextInt(2);
    for (int i = 0; i < sentences; i++) {
      text.append(pick(OPENINGS, random)).append(' ').append(pick(EVENTS, random)).append(". ").append(pick(RESPONSES, random)).append(' ');
    }
    return text.append(pick(MEANINGS, random)).toString();
  }

  private static String pick(String[] choices, Random random) {
    return choices[random.nextInt(choices.length)];
  }
}
