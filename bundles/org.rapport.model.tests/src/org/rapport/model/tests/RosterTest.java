// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.model.PersonKey;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Role;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Roster;
import org.rapport.model.signing.Signer;

/**
 * The owner's endorsement of keys: a key listed under a supervisor's name signs nothing that
 * counts unless the casebook's owner endorsed it, and a workstation that pinned the owner's key is
 * not fooled by a second owner key added to the index.
 */
class RosterTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 3, 10, 0);
  private final TestPeople people = new TestPeople();
  private final Signer trainee = people.signer("P-trainee-1", "Trainee R. Fairweather", Role.TRAINEE);
  private final Signer hollis = people.signer("P-sup-1", "Supervisor M. Hollis", Role.SUPERVISOR);

  RosterTest() {
    people.index.setId("casebook-1");
    people.index.setOwner(trainee.person());
  }

  private void endorseEveryone() {
    for (var person : people.index.getPeople()) {
      for (PersonKey key : person.getKeys()) {
        Roster.endorse(people.index, person, key, trainee);
      }
    }
  }

  private ReflectionNote approvedBy(Signer supervisor) {
    ReflectionNote note = RapportFactory.eINSTANCE.createReflectionNote();
    note.setId("CL-0417-S05-reflection");
    note.setAuthorId(trainee.person().getId());
    ReviewWorkflow.take(note, Step.SUBMIT, trainee, AT, null);
    ReviewWorkflow.take(note, Step.APPROVE, supervisor, AT.plusHours(1), null);
    return note;
  }

  private static List<String> errors(Roster roster, ReflectionNote note) {
    return new ChainCheck(roster).verify(note).findings().stream().filter(f -> f.severity() == ChainCheck.Severity.ERROR)
        .map(ChainCheck.Finding::message).toList();
  }

  private Set<String> ownerPin() {
    return Set.of(Keys.fingerprint(trainee.publicKey()));
  }

  @Test
  void beforeAnyEndorsementListedKeysCountAsBefore() {
    Roster roster = Roster.of(people.index);
    assertFalse(roster.endorsing());
    assertEquals(List.of(), errors(roster, approvedBy(hollis)));
  }

  @Test
  void anApprovalWithAnEndorsedKeyVerifies() {
    endorseEveryone();
    Roster roster = Roster.pinned(people.index, ownerPin());
    assertTrue(roster.endorsing());
    assertEquals(List.of(), errors(roster, approvedBy(hollis)));
    assertEquals(List.of(), roster.unendorsed());
  }

  @Test
  void aSupervisorListedWithoutTheOwnersEndorsementSignsNothingThatCounts() {
    endorseEveryone();
    Signer okafor = people.signer("P-sup-3", "Supervisor A. Okafor", Role.SUPERVISOR);   // listed in the index, not endorsed
    Roster roster = Roster.pinned(people.index, ownerPin());
    String error = String.join("\n", errors(roster, approvedBy(okafor)));
    assertTrue(error.contains("Step 2 (approved by Supervisor A. Okafor") && error.contains("was not endorsed by the casebook's owner,"
        + " Trainee R. Fairweather"), error);
    assertEquals(List.of(okafor.person().getKeys().get(0)), roster.unendorsed());

    Roster.endorse(people.index, okafor.person(), okafor.person().getKeys().get(0), trainee);
    assertEquals(List.of(), errors(Roster.pinned(people.index, ownerPin()), approvedBy(okafor)), "once endorsed, it counts");
  }

  @Test
  void anEndorsementMadeByAnyoneButTheOwnerIsNamed() {
    endorseEveryone();
    Signer impostor = people.signer("P-sup-9", "Supervisor X. Impostor", Role.SUPERVISOR);
    PersonKey key = impostor.person().getKeys().get(0);
    // signed like an endorsement, but with the impostor's own key
    key.setEndorsement(java.util.Base64.getEncoder().encodeToString(impostor.sign(Roster.canonicalBytes(people.index, impostor.person(), key))));
    String error = String.join("\n", errors(Roster.pinned(people.index, ownerPin()), approvedBy(impostor)));
    assertTrue(error.contains("carries an endorsement that no key of the owner, Trainee R. Fairweather, made"), error);
    assertThrows(IllegalArgumentException.class, () -> Roster.endorse(people.index, impostor.person(), key, hollis),
        "only the owner endorses");
  }

  @Test
  void aRoleOrNameChangedAfterEndorsementBreaksIt() {
    endorseEveryone();
    Signer adeyemi = people.signer("P-sup-2", "Trainee J. Adeyemi", Role.TRAINEE);
    Roster.endorse(people.index, adeyemi.person(), adeyemi.person().getKeys().get(0), trainee);
    adeyemi.person().getRoles().set(0, Role.SUPERVISOR);   // promoted by hand in the index
    String error = String.join("\n", errors(Roster.pinned(people.index, ownerPin()), approvedBy(adeyemi)));
    assertTrue(error.contains("the people of the casebook were changed after the owner endorsed them"), error);
  }

  @Test
  void aSecondOwnerKeyAddedToTheIndexFoolsOnlyAWorkstationThatNeverPinnedTheOwner() {
    endorseEveryone();
    // whoever can write the index adds an owner key of their own, endorses it and a supervisor of their own with it
    Signer fakeOwner = TestPeople.withNewKey(trainee.person());
    PersonKey fakeOwnerKey = trainee.person().getKeys().get(1);
    Roster.endorse(people.index, trainee.person(), fakeOwnerKey, fakeOwner);
    Signer stooge = people.signer("P-sup-7", "Supervisor S. Stooge", Role.SUPERVISOR);
    Roster.endorse(people.index, stooge.person(), stooge.person().getKeys().get(0), fakeOwner);

    assertEquals(List.of(), errors(Roster.of(people.index), approvedBy(stooge)), "a first look cannot tell: the fingerprint is compared in person");
    Roster pinned = Roster.pinned(people.index, ownerPin());
    String error = String.join("\n", errors(pinned, approvedBy(stooge)));
    assertTrue(error.contains("was endorsed with an owner key this workstation does not trust"), error);
    assertTrue(pinned.refusal(trainee.person(), fakeOwnerKey).contains("is new to this workstation"));
    assertNull(pinned.refusal(trainee.person(), trainee.person().getKeys().get(0)));
  }

  @Test
  void removingEveryEndorsementDoesNotBringBackTheTimeBeforeThem() {
    endorseEveryone();
    people.index.getPeople().forEach(p -> p.getKeys().forEach(k -> k.setEndorsement(null)));
    Roster pinned = Roster.pinned(people.index, ownerPin());
    assertTrue(pinned.endorsing(), "the workstation pinned an owner key, so keys must be endorsed");
    String error = String.join("\n", errors(pinned, approvedBy(hollis)));
    assertTrue(error.contains("Supervisor M. Hollis's key") && error.contains("was not endorsed"), error);
  }
}
