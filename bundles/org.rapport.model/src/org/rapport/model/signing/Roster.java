// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.Role;
import org.rapport.model.operations.People;
import org.rapport.model.time.Dates;

/**
 * The people of a casebook whose keys count. Anyone who can write the index can list a key under
 * a supervisor's name, so a listed key is not enough: the casebook's owner endorses each key by
 * signing its canonical bytes, in UTF-8,
 *
 * <pre>
 * rapport-endorse 1\n
 * casebook=&lt;n&gt;:&lt;casebook id&gt;\n
 * person=&lt;n&gt;:&lt;person id&gt;\n
 * name=&lt;n&gt;:&lt;person's name&gt;\n
 * roles=&lt;n&gt;:&lt;role literals, sorted, comma-separated&gt;\n
 * key=&lt;n&gt;:&lt;fingerprint of the public key&gt;\n
 * created=&lt;n&gt;:&lt;yyyy-MM-ddTHH:mm:ss&gt;\n
 * </pre>
 *
 * (lengths as in {@link StepChain}). The owner's own keys endorse themselves; what makes them the
 * owner's is that each workstation pins the owner keys it has seen ({@link #pinned}) and names one
 * it has not. A casebook in which no key carries an endorsement comes from before endorsement
 * existed: its keys count as listed, and {@code rapport verify} warns that the owner has not endorsed them.
 */
public final class Roster {

  /** The first line of every endorsement's canonical bytes. */
  public static final String FORMAT = "rapport-endorse 1";
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final Casebook index;
  private final Set<String> pinnedOwnerKeys;
  /**
   * What {@link #refusal} found for each key, so that checking thousands of documents verifies each
   * endorsement once: a roster is made for one look at the index (a check, a sync) and not kept.
   */
  private final Map<PersonKey, Optional<String>> found = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

  private Roster(Casebook index, Set<String> pinnedOwnerKeys) {
    this.index = index;
    this.pinnedOwnerKeys = pinnedOwnerKeys;
  }

  /** The people of {@code index}, taking every owner key that endorses itself (a first look at the casebook). */
  public static Roster of(Casebook index) {
    return new Roster(index, null);
  }

  /** The people of {@code index}, taking only the owner keys whose fingerprints a workstation has pinned. */
  public static Roster pinned(Casebook index, Set<String> ownerKeyFingerprints) {
    return new Roster(index, Set.copyOf(ownerKeyFingerprints));
  }

  public Casebook index() {
    return index;
  }

  /** The person with {@code id}, if the casebook lists one. */
  public Optional<Person> person(String id) {
    return index == null ? Optional.empty() : Optional.ofNullable(People.find(index, id));
  }

  /**
   * Whether keys must be endorsed: once the owner endorsed any, or a workstation pinned an owner key
   * (so that removing every endorsement does not bring back the time before endorsement).
   */
  public boolean endorsing() {
    return pinnedOwnerKeys != null && !pinnedOwnerKeys.isEmpty()
        || index != null && index.getPeople().stream().flatMap(p -> p.getKeys().stream()).anyMatch(Roster::hasEndorsement);
  }

  /** The fingerprints of the owner's keys that count here: endorsed, and pinned where this roster pins. */
  public Set<String> ownerKeys() {
    Person owner = index == null ? null : index.getOwner();
    if (owner == null) {
      return Set.of();
    }
    Set<String> counted = new java.util.LinkedHashSet<>();
    owner.getKeys().stream().filter(key -> hasEndorsement(key) && refusal(owner, key) == null)
        .forEach(key -> counted.add(Keys.fingerprint(key.getPublicKey())));
    return counted;
  }

  /** Why {@code key} of {@code person} signs nothing that counts, in a sentence without a full stop, or null when it counts. */
  public String refusal(Person person, PersonKey key) {
    Optional<String> known = found.get(key);
    if (known == null) {
      known = Optional.ofNullable(firstRefusal(person, key));
      found.put(key, known);
    }
    return known.orElse(null);
  }

  private String firstRefusal(Person person, PersonKey key) {
    if (!endorsing()) {
      return null;
    }
    Person owner = index.getOwner();
    String shown = Keys.shown(Keys.fingerprint(key.getPublicKey()));
    if (owner == null) {
      return "the casebook names no owner to endorse " + People.name(person) + "'s key " + shown;
    }
    if (!hasEndorsement(key)) {
      return People.name(person) + "'s key " + shown + " was not endorsed by the casebook's owner, " + People.name(owner)
          + ", who endorses it after comparing its fingerprint with " + People.name(person);
    }
    boolean ownersOwn = Objects.equals(owner.getId(), person.getId());
    Optional<PersonKey> endorser = endorser(owner, person, key);
    if (endorser.isEmpty()) {
      return People.name(person) + "'s key " + shown + " carries an endorsement that no key of the owner, " + People.name(owner)
          + ", made: the people of the casebook were changed after the owner endorsed them";
    }
    if (ownersOwn) {
      return pinnedOwnerKeys == null || pinnedOwnerKeys.contains(Keys.fingerprint(key.getPublicKey())) ? null
          : "the owner " + People.name(owner) + "'s key " + shown + " is new to this workstation: if " + People.name(owner)
              + " made a new key, compare its fingerprint with them and accept it (rapport keys --trust-owner-key)";
    }
    return refusal(owner, endorser.get()) == null ? null
        : People.name(person) + "'s key " + shown + " was endorsed with an owner key this workstation does not trust ("
            + Keys.shown(Keys.fingerprint(endorser.get().getPublicKey())) + ")";
  }

  /** The keys in use that do not count yet, for the owner to endorse (their person is each key's container). */
  public List<PersonKey> unendorsed() {
    List<PersonKey> found = new ArrayList<>();
    if (index == null || !endorsing()) {
      return found;
    }
    for (Person person : index.getPeople()) {
      Keys.current(person).filter(key -> refusal(person, key) != null).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Endorses {@code key} of {@code person} with {@code owner}'s key.
   *
   * @throws IllegalArgumentException when {@code owner} is not the casebook's owner
   */
  public static void endorse(Casebook index, Person person, PersonKey key, Signer owner) {
    if (index.getOwner() == null || !Objects.equals(index.getOwner().getId(), owner.person().getId())) {
      throw new IllegalArgumentException("Only the casebook's owner endorses keys, not " + People.name(owner.person()) + ".");
    }
    key.setEndorsement(Base64.getEncoder().encodeToString(owner.sign(canonicalBytes(index, person, key))));
  }

  /** The canonical bytes the owner signs to endorse {@code key} of {@code person} (see the class comment). */
  public static byte[] canonicalBytes(Casebook index, Person person, PersonKey key) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    StepChain.field(text, "casebook", index.getId());
    StepChain.field(text, "person", person.getId());
    StepChain.field(text, "name", person.getName());
    StepChain.field(text, "roles", String.join(",", person.getRoles().stream().map(Role::getLiteral).sorted().toList()));
    StepChain.field(text, "key", Keys.fingerprint(key.getPublicKey()));
    StepChain.field(text, "created", key.getCreated() == null ? "" : CREATED.format(Dates.time(key.getCreated())));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The owner's key whose signature the endorsement of {@code key} is. */
  private Optional<PersonKey> endorser(Person owner, Person person, PersonKey key) {
    byte[] bytes = canonicalBytes(index, person, key);
    return owner.getKeys().stream().filter(candidate -> Keys.verifies(candidate.getPublicKey(), bytes, key.getEndorsement())).findFirst();
  }

  private static boolean hasEndorsement(PersonKey key) {
    return key.getEndorsement() != null && !key.getEndorsement().isBlank();
  }
}
