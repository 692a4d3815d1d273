// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.PartyRole;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.SessionPlan;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabConflicts;
import org.rapport.sync.LabCredentials;
import org.rapport.model.time.Dates;

/**
 * Two workstations sharing the demo casebook through Debian's git daemon on 127.0.0.1: each a
 * folder of its own, the trainee on one and a supervisor on the other.
 */
class LabSyncTest {

  static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";
  private static final String SUBMITTED = "clients/CL-0552/sessions/02-reflection.xmi";
  private static final String APPROVED = "clients/CL-0417/sessions/02-reflection.xmi";
  private static final String PROPOSED = "clients/CL-0630/agreement-v1.xmi";

  static CasebookStore store;

  @TempDir
  Path work;
  private GitDaemon daemon;
  private String remote;

  @BeforeAll
  static void storeFromTheServiceRegistry() throws InterruptedException {
    store = Workstation.storeFromRegistry(LabSyncTest.class);
    assertNotNull(store, "the store is published as a DS service");
  }

  @BeforeEach
  void startTheLabServer() throws IOException, InterruptedException {
    daemon = GitDaemon.start(work.resolve("srv"));
    remote = daemon.bare("lab");
  }

  @AfterEach
  void stopTheLabServer() throws IOException, InterruptedException {
    daemon.close();
  }

  @Test
  void aClonedCasebookHoldsWhatTheTraineeSharedAndNothingOfTheirWorkstation() throws Exception {
    Path trainee = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, shared.state(), shared.message());
      assertTrue(shared.sent() > 20, "every document was sent: " + shared.sent());
    }
    Path supervisor = work.resolve("supervisor");
    Outcome cloned = sync().clone(remote, supervisor, LabCredentials.none(), "P-sup-1", step -> { });
    assertEquals(State.IN_STEP, cloned.state(), cloned.message());
    assertTrue(cloned.refused().isEmpty(), "nothing refused: " + cloned.refused());

    try (OpenCasebook theirs = store.openForReading(trainee); OpenCasebook mine = store.open(supervisor)) {
      assertEquals(theirs.index().getId(), mine.index().getId());
      assertEquals(theirs.index().getTitle(), mine.index().getTitle());
      assertEquals(theirs.index().getPeople().size(), mine.index().getPeople().size());
      assertEquals(theirs.index().getOwner().getId(), mine.index().getOwner().getId());
      List<DocumentEntry> all = theirs.entries(EnumSet.allOf(DocumentKind.class));
      assertEquals(all.size(), mine.entries(EnumSet.allOf(DocumentKind.class)).size());
      for (DocumentEntry entry : mine.entries(EnumSet.allOf(DocumentKind.class))) {
        Document document = mine.load(entry).document();
        assertNotNull(document, entry.getFile());
        assertFalse(new ChainCheck(mine.index()).verify(document).hasErrors(), entry.getFile() + " verifies on the second workstation");
      }
      assertTrue(mine.signing().hasKeyFile("P-sup-1"), "the supervisor's sealed key travelled, so they sign in there");
    }
    String tree = GitDaemon.git(work, "--git-dir=" + work.resolve("srv/lab.git"), "ls-tree", "-r", "--name-only", "main");
    assertTrue(tree.contains("casebook.xmi") && tree.contains(SUBMITTED), tree);
    for (String local : List.of("audit", ".lock", ".recovery", ".bak", "journal", ".lab")) {
      assertFalse(tree.contains(local), "nothing of one workstation travels, such as " + local + ":\n" + tree);
    }
  }

  @Test
  void aSupervisorsApprovalReachesTheTraineeWhileTheTraineeEditsAPlan() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    approveAndSync(supervisor);
    try (OpenCasebook casebook = store.open(trainee)) {
      SessionPlan plan = (SessionPlan) load(casebook, PLAN);
      plan.setMaterials("Feelings wheel, printed");
      casebook.save(plan, "P-trainee-1");
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertTrue(outcome.received().contains(SUBMITTED), "the approval came in: " + outcome.received());
      ReflectionNote note = (ReflectionNote) load(casebook, SUBMITTED);
      assertEquals(ReviewStatus.APPROVED, note.getStatus());
      assertFalse(new ChainCheck(casebook.index()).verify(note).hasErrors(), "the approval verifies on the trainee's workstation");
      assertEquals("approved", entry(casebook, SUBMITTED).getStatus(), "the index entry follows the document");
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      Outcome outcome = sync(mine, "P-sup-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertEquals("Feelings wheel, printed", ((SessionPlan) load(mine, PLAN)).getMaterials());
      assertEquals(ReviewStatus.APPROVED, ((ReflectionNote) load(mine, SUBMITTED)).getStatus());
    }
  }

  @Test
  void aClientAddedOnOneWorkstationAndAPersonOnTheOtherReachBoth() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    try (OpenCasebook casebook = store.open(trainee)) {
      casebook.addSession(casebook.addClient("CL-0700", java.time.LocalDate.of(2026, 12, 1)), LocalDateTime.of(2026, 12, 8, 10, 0));
    }
    String newcomer;
    try (OpenCasebook mine = store.open(supervisor)) {
      org.rapport.model.Person added = org.rapport.model.operations.People.add(mine.index(), "Supervisor A. Okafor",
          org.rapport.model.Role.SUPERVISOR);
      mine.saveIndex();
      mine.signing().createKey(added.getId(), "okafor lab key 2026".toCharArray(), "P-sup-1");
      newcomer = added.getId();
      assertEquals(State.IN_STEP, sync(mine, "P-sup-1").state());
    }
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertTrue(outcome.arrivedKeys().stream().anyMatch(k -> k.startsWith("Supervisor A. Okafor: ")),
          "the new person's key is named, to compare: " + outcome.arrivedKeys());
      assertTrue(casebook.index().getPeople().stream().anyMatch(p -> newcomer.equals(p.getId()) && p.getKeys().size() == 1));
      assertTrue(casebook.index().getClients().stream().anyMatch(c -> "CL-0700".equals(c.getCode()) && c.getSessions().size() == 1),
          "the trainee's own new client is still there");
      assertTrue(casebook.signing().hasKeyFile(newcomer), "the newcomer's sealed key file came too");
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      assertEquals(State.IN_STEP, sync(mine, "P-sup-1").state());
      assertTrue(mine.index().getClients().stream().anyMatch(c -> "CL-0700".equals(c.getCode()) && c.getSessions().size() == 1),
          "the client reached the supervisor");
    }
  }

  @Test
  void aDraftChangedOnBothWorkstationsKeepsBothVersionsOnBoth() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    editPlan(trainee, "P-trainee-1", "Version typed on the trainee's workstation");
    editPlan(supervisor, "P-sup-1", "Version typed on the supervisor's workstation");
    try (OpenCasebook casebook = store.open(trainee)) {
      assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      Outcome outcome = sync(mine, "P-sup-1");
      assertEquals(State.CONFLICTS, outcome.state(), outcome.message());
      assertEquals(List.of(PLAN), outcome.conflicts());
      assertEquals("Version typed on the supervisor's workstation", ((SessionPlan) load(mine, PLAN)).getMaterials());
    }
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertEquals(State.CONFLICTS, outcome.state(), outcome.message());
      assertEquals(List.of(PLAN), outcome.conflicts());
    }
    for (Path workstation : List.of(trainee, supervisor)) {
      String both = Files.readString(workstation.resolve(PLAN)) + Files.readString(workstation.resolve("conflicts/" + PLAN));
      assertTrue(both.contains("Version typed on the trainee's workstation") && both.contains("Version typed on the supervisor's workstation"),
          "both versions are kept on " + workstation.getFileName());
    }

    // the trainee chooses on their workstation; the choice closes the conflict on the other too
    try (OpenCasebook casebook = store.open(trainee)) {
      LabConflicts conflicts = new LabConflicts(store);
      LabConflicts.Conflict conflict = conflicts.open(casebook).get(0);
      assertEquals(PLAN, conflict.file());
      assertEquals("Version typed on the supervisor's workstation", ((SessionPlan) conflict.here()).getMaterials());
      assertEquals("Version typed on the trainee's workstation", ((SessionPlan) conflict.other()).getMaterials());
      conflicts.keepOther(casebook, PLAN, "P-trainee-1");
      assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      assertEquals(State.IN_STEP, sync(mine, "P-sup-1").state());
      assertEquals("Version typed on the trainee's workstation", ((SessionPlan) load(mine, PLAN)).getMaterials());
      assertFalse(LabConflicts.isOpen(supervisor, PLAN));
    }
  }

  @Test
  void aChoiceThatWouldDropASignedStepIsRefused() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    // the supervisor approves while the trainee, on a copy that never saw the approval, changes the same note's text
    approveAndSync(supervisor);
    try (OpenCasebook casebook = store.open(trainee)) {
      Path file = trainee.resolve(SUBMITTED);
      Files.writeString(file, Files.readString(file).replace("</rapport:ReflectionNote>", "</rapport:ReflectionNote>\n"));
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertEquals(State.CONFLICTS, outcome.state(), outcome.message());
      StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
          () -> new LabConflicts(store).keepThis(casebook, SUBMITTED, "P-trainee-1"));
      assertTrue(refused.getMessage().contains("never dropped"), refused.getMessage());
      new LabConflicts(store).keepOther(casebook, SUBMITTED, "P-trainee-1");
      assertEquals(ReviewStatus.APPROVED, ((ReflectionNote) load(casebook, SUBMITTED)).getStatus());
    }
  }

  @Test
  void twoSupervisorsCommentingOnTwoWorkstationsKeepBothCommentsEverywhere() throws Exception {
    Path trainee = shareTheDemo();
    Path hollis = cloneAs("hollis");
    Path adeyemi = cloneAs("adeyemi");
    assertEquals(State.IN_STEP, commentAndSync(hollis, "P-sup-1", "hollis demo 2026", "Say more about the pause before the client answered.").state());
    // the second supervisor, who has not seen that comment, comments too
    Outcome outcome = commentAndSync(adeyemi, "P-sup-2", "adeyemi demo 2026", "Which part of the frame did you name first?");
    assertEquals(State.IN_STEP, outcome.state(), outcome.message());
    assertEquals(List.of(), outcome.conflicts(), "steps that commute are united, not a conflict");
    assertTrue(outcome.received().contains(SUBMITTED), outcome.received().toString());
    for (Path workstation : List.of(hollis, trainee, adeyemi)) {
      try (OpenCasebook casebook = store.open(workstation)) {
        Outcome after = sync(casebook, "P-trainee-1");
        assertEquals(State.IN_STEP, after.state(), workstation + ": " + after.message());
        ReflectionNote note = (ReflectionNote) load(casebook, SUBMITTED);
        List<String> texts = note.getComments().stream().map(org.rapport.model.ReviewComment::getText).toList();
        assertTrue(texts.contains("Say more about the pause before the client answered.")
            && texts.contains("Which part of the frame did you name first?"), workstation + ": " + texts);
        ChainCheck.Result result = new ChainCheck(casebook.index()).verify(note);
        assertTrue(result.findings().isEmpty(), workstation + ": " + result.findings());
        assertFalse(Files.exists(workstation.resolve("conflicts")), workstation + " has no conflict left");
      }
    }
  }

  @Test
  void signaturesRecordedOnTwoWorkstationsSignTheAgreementEverywhere() throws Exception {
    Path trainee = shareTheDemo();
    Path hollis = cloneAs("hollis");
    try (OpenCasebook mine = store.open(hollis)) {
      BoundaryAgreement agreement = (BoundaryAgreement) load(mine, PROPOSED);
      Signer signer = mine.signing().signIn("P-sup-1", "hollis demo 2026".toCharArray());
      Agreements.sign(agreement, PartyRole.SUPERVISOR, SignatureMethod.TYPED_IN_SESSION, signer, LocalDateTime.now().withNano(0));
      mine.save(agreement, "P-sup-1");
      assertEquals(State.IN_STEP, sync(mine, "P-sup-1").state());
    }
    // meanwhile, in the session, the trainee records the client's signature and their own
    try (OpenCasebook casebook = store.open(trainee)) {
      BoundaryAgreement agreement = (BoundaryAgreement) load(casebook, PROPOSED);
      Signer signer = casebook.signing().signIn("P-trainee-1", "fairweather demo 2026".toCharArray());
      LocalDateTime now = LocalDateTime.now().withNano(0);
      Agreements.sign(agreement, PartyRole.CLIENT, SignatureMethod.TYPED_IN_SESSION, signer, now);
      Agreements.sign(agreement, PartyRole.TRAINEE, SignatureMethod.TYPED_IN_SESSION, signer, now);
      casebook.save(agreement, "P-trainee-1");
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertEquals(List.of(), outcome.conflicts(), "signatures recorded on two workstations are united, not a conflict");
    }
    for (Path workstation : List.of(hollis, trainee)) {
      try (OpenCasebook casebook = store.open(workstation)) {
        assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
        BoundaryAgreement agreement = (BoundaryAgreement) load(casebook, PROPOSED);
        assertEquals(AgreementStatus.SIGNED, agreement.getStatus(), workstation.toString());
        assertEquals(3, agreement.getSignatures().size(), workstation + ": " + agreement.getSignatures());
        ChainCheck.Result result = new ChainCheck(casebook.index()).verify(agreement);
        assertTrue(result.findings().isEmpty(), workstation + ": " + result.findings());
        assertFalse(Files.exists(workstation.resolve("conflicts")), workstation + " has no conflict left");
      }
    }
  }

  @Test
  void aSignedDocumentChangedWithPlainGitIsRefusedAndPutBack() throws Exception {
    Path trainee = shareTheDemo();
    Path plain = work.resolve("plain");
    GitDaemon.git(work, "clone", "-q", remote, plain.toString());
    String text = Files.readString(plain.resolve(APPROVED), StandardCharsets.UTF_8);
    String forged = text.replaceFirst("status=\"approved\"", "status=\"draft\"");
    assertFalse(text.equals(forged), "the forgery changes the file");
    Files.writeString(plain.resolve(APPROVED), forged.replace("</rapport:ReflectionNote>", "</rapport:ReflectionNote>\n"));
    GitDaemon.git(plain, "commit", "-q", "-am", "Edit an approved reflection without a key");
    GitDaemon.git(plain, "push", "-q", "origin", "main");

    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertTrue(outcome.refused().stream().anyMatch(r -> r.startsWith(APPROVED)), "the forged change is refused: " + outcome.refused());
      assertEquals(ReviewStatus.APPROVED, ((ReflectionNote) load(casebook, APPROVED)).getStatus(), "the trainee's copy is as it was");
    }
    GitDaemon.git(plain, "pull", "-q", "--no-rebase", "origin", "main");
    assertTrue(Files.readString(plain.resolve(APPROVED)).contains("status=\"approved\""), "the lab holds the signed version again");
  }

  @Test
  void aKeyPushedForAKnownSupervisorAndADeletedSignedNoteAreNotTaken() throws Exception {
    Path trainee = shareTheDemo();
    Path plain = work.resolve("plain");
    GitDaemon.git(work, "clone", "-q", remote, plain.toString());
    String forged = org.rapport.model.signing.Keys.encode(org.rapport.model.signing.Keys.generate().getPublic());
    String index = Files.readString(plain.resolve("casebook.xmi"));
    String withKey = index.replaceFirst("(<people id=\"P-sup-1\"[^>]*>)", "$1\n    <keys publicKey=\"" + forged + "\" created=\"2026-12-01T10:00:00\"/>");
    assertFalse(index.equals(withKey), "the forged key went into the lab's index");
    Files.writeString(plain.resolve("casebook.xmi"), withKey);
    GitDaemon.git(plain, "rm", "-q", APPROVED);
    GitDaemon.git(plain, "commit", "-q", "-am", "A key of my own for the supervisor, and a note gone");
    GitDaemon.git(plain, "push", "-q", "origin", "main");

    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertTrue(outcome.refused().stream().anyMatch(r -> r.contains("a new key for someone this workstation knows was not taken")),
          outcome.refused().toString());
      assertTrue(outcome.refused().stream().anyMatch(r -> r.startsWith(APPROVED) && r.contains("holds signed steps; kept here")),
          outcome.refused().toString());
      org.rapport.model.Person hollis = org.rapport.model.operations.People.find(casebook.index(), "P-sup-1");
      assertTrue(hollis.getKeys().stream().noneMatch(k -> forged.equals(k.getPublicKey())), "the supervisor's keys are as they were");
      assertEquals(ReviewStatus.APPROVED, ((ReflectionNote) load(casebook, APPROVED)).getStatus(), "the note is still here");
    }
    GitDaemon.git(plain, "pull", "-q", "--no-rebase", "origin", "main");
    assertTrue(Files.isRegularFile(plain.resolve(APPROVED)), "the lab has the note again");
  }

  @Test
  void aSupervisorOfSomeonesOwnMakingPushedToTheLabApprovesNothing() throws Exception {
    Path trainee = shareTheDemo();
    Path intruder = cloneAs("intruder");
    try (OpenCasebook theirs = store.open(intruder)) {
      // a person listed with a key the intruder holds, made a supervisor of the note's client: no owner endorsed it
      org.rapport.model.Person stooge = org.rapport.model.operations.People.add(theirs.index(), "Supervisor S. Stooge",
          org.rapport.model.Role.SUPERVISOR);
      java.security.KeyPair keys = org.rapport.model.signing.Keys.generate();
      org.rapport.model.PersonKey key = org.rapport.model.RapportFactory.eINSTANCE.createPersonKey();
      key.setPublicKey(org.rapport.model.signing.Keys.encode(keys.getPublic()));
      key.setCreated(Dates.of(LocalDateTime.now().withNano(0)));
      stooge.getKeys().add(key);
      theirs.index().getClients().stream().filter(c -> "CL-0552".equals(c.getCode())).findFirst().orElseThrow().getSupervisors().add(stooge);
      theirs.saveIndex();
      ReflectionNote note = (ReflectionNote) load(theirs, SUBMITTED);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, new Signer(stooge, keys), LocalDateTime.now().withNano(0), null);
      theirs.save(note, stooge.getId());
      assertEquals(State.IN_STEP, sync(theirs, stooge.getId()).state());
    }
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome outcome = sync(casebook, "P-trainee-1");
      assertTrue(outcome.refused().stream().anyMatch(r -> r.startsWith(SUBMITTED) && r.contains("was not endorsed by the casebook's owner")),
          outcome.refused().toString());
      assertEquals(ReviewStatus.SUBMITTED, ((ReflectionNote) load(casebook, SUBMITTED)).getStatus(), "the note still waits for review");
      assertFalse(casebook.signing().roster().unendorsed().isEmpty(), "the newcomer is listed, their key waiting for the owner");
    }
  }

  @Test
  void aFileMissingOnOneWorkstationIsNotSentAsDeleted() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    Files.delete(trainee.resolve(PLAN));   // lost outside Rapport; the index still lists it
    try (OpenCasebook casebook = store.open(trainee)) {
      assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      Outcome outcome = sync(mine, "P-sup-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertTrue(Files.isRegularFile(supervisor.resolve(PLAN)), "the other workstation keeps it");
      assertTrue(load(mine, PLAN) != null);
    }
  }

  @Test
  void aLabThatGoesAwayMeansOfflineAndTheSavesGoWhenItIsBack() throws Exception {
    Path trainee = shareTheDemo();
    Path supervisor = cloneAs("supervisor");
    daemon.kill();
    editPlan(trainee, "P-trainee-1", "Written while the lab server was down");
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome offline = sync(casebook, "P-trainee-1");
      assertEquals(State.OFFLINE, offline.state(), offline.message());
      assertTrue(offline.message().startsWith("Could not reach the lab at " + remote), offline.message());
      daemon.restart();
      Outcome back = sync(casebook, "P-trainee-1");
      assertEquals(State.IN_STEP, back.state(), back.message());
    }
    try (OpenCasebook mine = store.open(supervisor)) {
      assertEquals(State.IN_STEP, sync(mine, "P-sup-1").state());
      assertEquals("Written while the lab server was down", ((SessionPlan) load(mine, PLAN)).getMaterials());
    }
  }

  @Test
  void aRepositoryThatIsNotACasebookIsNeitherClonedNorSharedInto() throws Exception {
    Path plain = work.resolve("plain");
    GitDaemon.git(work, "clone", "-q", remote, plain.toString());
    Files.writeString(plain.resolve("README.md"), "Lab notes\n");
    GitDaemon.git(plain, "add", "README.md");
    GitDaemon.git(plain, "commit", "-q", "-m", "Not a casebook");
    GitDaemon.git(plain, "push", "-q", "origin", "HEAD:main");

    Path target = work.resolve("clone");
    Outcome cloned = sync().clone(remote, target, LabCredentials.none(), null, step -> { });
    assertEquals(State.FAILED, cloned.state());
    assertTrue(cloned.message().contains("not a Rapport casebook"), cloned.message());
    assertFalse(Files.exists(target), "a failed clone leaves no folder behind");

    Path trainee = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.FAILED, shared.state());
      assertTrue(shared.message().contains("not a Rapport casebook"), shared.message());
      assertFalse(CasebookSync.isShared(trainee), "the wrong address is not kept");
      String tree = GitDaemon.git(work, "--git-dir=" + work.resolve("srv/lab.git"), "ls-tree", "-r", "--name-only", "main");
      assertEquals("README.md\n", tree, "nothing was pushed over the lab's own files");

      Path empty = work.resolve("srv/other.git");
      GitDaemon.git(work, "init", "-q", "--bare", "--initial-branch=main", empty.toString());
      Outcome corrected = sync().share(casebook, empty.toString(), LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, corrected.state(), "the casebook can be shared at a corrected address: " + corrected.message());
    }
  }

  @Test
  void anAddressWithAPasswordInItIsRefused() throws Exception {
    Path trainee = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome shared = sync().share(casebook, "http://trainee:secret@127.0.0.1:1/lab.git", LabCredentials.none(), "P-trainee-1",
          Runnable::run, step -> { });
      assertEquals(State.FAILED, shared.state());
      assertTrue(shared.message().contains("holds a password"), shared.message());
      assertFalse(CasebookSync.isShared(trainee), "a refused address links nothing");
    }
  }

  private Path shareTheDemo() throws Exception {
    Path trainee = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
      assertEquals(State.IN_STEP, shared.state(), shared.message());
    }
    return trainee;
  }

  private Path cloneAs(String name) {
    Path folder = work.resolve(name);
    Outcome cloned = sync().clone(remote, folder, LabCredentials.none(), null, step -> { });
    assertEquals(State.IN_STEP, cloned.state(), cloned.message());
    return folder;
  }

  /** On the supervisor's workstation: the submitted note approved by whichever demo supervisor may, and synced. */
  private static void approveAndSync(Path supervisor) throws Exception {
    try (OpenCasebook mine = store.open(supervisor)) {
      ReflectionNote note = (ReflectionNote) load(mine, SUBMITTED);
      Signer signer = supervisorWhoMay(mine, note);
      ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signer, LocalDateTime.now().withNano(0), null);
      mine.save(note, signer.person().getId());
      assertEquals(State.IN_STEP, sync(mine, signer.person().getId()).state());
    }
  }

  /** On a supervisor's workstation: a comment on the submitted note, saved and synced. */
  private static Outcome commentAndSync(Path folder, String supervisor, String passphrase, String text) throws Exception {
    try (OpenCasebook mine = store.open(folder)) {
      ReflectionNote note = (ReflectionNote) load(mine, SUBMITTED);
      ReviewWorkflow.comment(note, mine.signing().signIn(supervisor, passphrase.toCharArray()), LocalDateTime.now().withNano(0), null, text);
      mine.save(note, supervisor);
      return sync(mine, supervisor);
    }
  }

  private static void editPlan(Path folder, String actor, String materials) throws Exception {
    try (OpenCasebook casebook = store.open(folder)) {
      SessionPlan plan = (SessionPlan) load(casebook, PLAN);
      plan.setMaterials(materials);
      casebook.save(plan, actor);
    }
  }

  private static CasebookSync sync() {
    return new CasebookSync(store);
  }

  private static Outcome sync(OpenCasebook casebook, String actor) {
    return sync().sync(casebook, LabCredentials.none(), actor, Runnable::run, step -> { });
  }

  private static DocumentEntry entry(OpenCasebook casebook, String file) {
    return casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile())).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + file));
  }

  private static Document load(OpenCasebook casebook, String file) {
    return casebook.load(entry(casebook, file)).document();
  }

  /** Signs in as whichever demo supervisor may approve {@code note}. */
  private static Signer supervisorWhoMay(OpenCasebook casebook, ReflectionNote note) throws Exception {
    for (String[] person : new String[][] {{"P-sup-1", "hollis demo 2026"}, {"P-sup-2", "adeyemi demo 2026"}}) {
      Signer signer = casebook.signing().signIn(person[0], person[1].toCharArray());
      if (ReviewWorkflow.refusal(note, ReviewWorkflow.Step.APPROVE, signer.person()).isEmpty()) {
        return signer;
      }
    }
    throw new AssertionError("no demo supervisor may approve " + note.getId());
  }
}
