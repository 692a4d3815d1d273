// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.Session;
import org.rapport.model.signing.Keys;
import org.rapport.model.time.Dates;

/**
 * Brings another workstation's index into this one's, object by object rather than line by line:
 * people by id, clients by code, sessions by id. Nothing is taken away: what one side added, the
 * other gains. A client's or session's value both sides changed keeps this side's; one that only the
 * other side changed since the shared version ({@code base}) takes theirs. People this side knows
 * are pinned: their name, roles and keys change only here (a key's retirement excepted), and what
 * the other side says of them is reported instead. Document entries are not here: they follow the
 * documents.
 */
final class IndexMerge {

  private final Casebook ours;
  private final Casebook base;
  private final List<String> arrivedKeys = new ArrayList<>();
  private final List<String> withheld = new ArrayList<>();

  /** {@code base} is the index both sides last shared (null when none: this side then keeps its values). */
  IndexMerge(Casebook ours, Casebook base) {
    this.ours = ours;
    this.base = base;
  }

  /** What the other side changed about people this side knows, not taken, each in a sentence. */
  List<String> withheld() {
    return withheld;
  }

  /** Keys that came with the other side, each as "name: fingerprint", for the user to compare. */
  List<String> arrivedKeys() {
    return arrivedKeys;
  }

  void merge(Casebook theirs) {
    if (ours.getId() == null || base != null && Objects.equals(ours.getId(), base.getId())) {
      ours.setId(theirs.getId());
    }
    ours.setTitle(pick(ours.getTitle(), base == null ? null : base.getTitle(), theirs.getTitle()));
    ours.setRetentionYears(pick(ours.getRetentionYears(), base == null ? null : base.getRetentionYears(), theirs.getRetentionYears()));
    for (Person person : theirs.getPeople()) {
      mergePerson(person);
    }
    if (ours.getOwner() == null && theirs.getOwner() != null) {
      ours.setOwner(person(ours, theirs.getOwner().getId()).orElse(null));
    }
    for (ClientCase client : theirs.getClients()) {
      mergeClient(client);
    }
  }

  private void mergePerson(Person theirs) {
    Optional<Person> found = person(ours, theirs.getId());
    if (found.isEmpty()) {
      Person added = EcoreUtil.copy(theirs);
      ours.getPeople().add(added);
      added.getKeys().forEach(key -> arrivedKeys.add(describe(added, key)));
      return;
    }
    // a person this workstation knows keeps the name, roles and keys it knows: whoever can push to the
    // lab could otherwise give a supervisor a key of their own making, or a trainee a supervisor's role
    Person mine = found.get();
    if (!Objects.equals(mine.getName(), theirs.getName()) || !mine.getRoles().equals(theirs.getRoles())) {
      withheld.add(nameOf(mine) + ": the other workstation names them \"" + theirs.getName() + "\" with roles " + theirs.getRoles()
          + "; this workstation keeps its own");
    }
    for (PersonKey key : theirs.getKeys()) {
      Optional<PersonKey> known = mine.getKeys().stream().filter(k -> Objects.equals(k.getPublicKey(), key.getPublicKey())).findFirst();
      if (known.isEmpty()) {
        withheld.add(describe(mine, key) + ": a new key for someone this workstation knows was not taken. If they made a new key,"
            + " compare this fingerprint with them and import the public key they export (rapport keys --import)");
      } else {
        if (known.get().getRetired() == null && key.getRetired() != null) {
          known.get().setRetired(key.getRetired());   // retiring a key is never undone, and gives no one more trust
        }
        if (isBlank(known.get().getEndorsement()) && !isBlank(key.getEndorsement())) {
          // the owner endorsed it on another workstation; a forged endorsement gains nothing, as every use verifies it
          known.get().setEndorsement(key.getEndorsement());
        }
      }
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String nameOf(Person person) {
    return person.getName() == null ? person.getId() : person.getName();
  }

  private void mergeClient(ClientCase theirs) {
    Optional<ClientCase> found = ours.getClients().stream().filter(c -> Objects.equals(c.getCode(), theirs.getCode())).findFirst();
    ClientCase was = base == null ? null
        : base.getClients().stream().filter(c -> Objects.equals(c.getCode(), theirs.getCode())).findFirst().orElse(null);
    ClientCase mine;
    if (found.isEmpty()) {
      mine = EcoreUtil.copy(theirs);
      mine.getSupervisors().clear();   // the copy would still point at the other index's people
      mine.getSessions().clear();
      ours.getClients().add(mine);
    } else {
      mine = found.get();
      mine.setStatus(pick(mine.getStatus(), was == null ? null : was.getStatus(), theirs.getStatus()));
      mine.setStartDate(Dates.of(pick(Dates.day(mine.getStartDate()), was == null ? null : Dates.day(was.getStartDate()), Dates.day(theirs.getStartDate()))));
    }
    for (Person supervisor : theirs.getSupervisors()) {
      person(ours, supervisor.getId()).filter(p -> !mine.getSupervisors().contains(p)).ifPresent(mine.getSupervisors()::add);
    }
    for (Session session : theirs.getSessions()) {
      Optional<Session> known = mine.getSessions().stream().filter(s -> Objects.equals(s.getId(), session.getId())).findFirst();
      if (known.isEmpty()) {
        mine.getSessions().add(EcoreUtil.copy(session));
      } else {
        Session wasSession = was == null ? null
            : was.getSessions().stream().filter(s -> Objects.equals(s.getId(), session.getId())).findFirst().orElse(null);
        Session s = known.get();
        s.setDateTime(Dates.of(pick(Dates.time(s.getDateTime()), wasSession == null ? null : Dates.time(wasSession.getDateTime()), Dates.time(session.getDateTime()))));
        s.setLengthMinutes(pick(s.getLengthMinutes(), wasSession == null ? null : wasSession.getLengthMinutes(), session.getLengthMinutes()));
        s.setModality(pick(s.getModality(), wasSession == null ? null : wasSession.getModality(), session.getModality()));
        s.setStatus(pick(s.getStatus(), wasSession == null ? null : wasSession.getStatus(), session.getStatus()));
      }
    }
    sortByNumber(mine.getSessions());
  }

  /** Theirs when only they changed it since the shared version, else ours. */
  private <T> T pick(T mine, T was, T theirs) {
    boolean onlyTheyChanged = base != null && Objects.equals(mine, was) && !Objects.equals(theirs, was);
    return onlyTheyChanged || mine == null ? theirs : mine;
  }

  private static Optional<Person> person(Casebook index, String id) {
    return index.getPeople().stream().filter(p -> Objects.equals(p.getId(), id)).findFirst();
  }

  private static String describe(Person person, PersonKey key) {
    return nameOf(person) + ": " + Keys.shown(Keys.fingerprint(key.getPublicKey()));
  }

  /** Sessions stay in their number order whichever side added them. */
  private static void sortByNumber(EList<Session> sessions) {
    List<Session> sorted = new ArrayList<>(sessions);
    sorted.sort(Comparator.comparingInt(Session::getNumber));
    for (int i = 0; i < sorted.size(); i++) {
      int at = sessions.indexOf(sorted.get(i));
      if (at != i) {
        sessions.move(i, at);
      }
    }
  }
}
