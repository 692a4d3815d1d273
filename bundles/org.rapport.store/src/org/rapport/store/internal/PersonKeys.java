// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.RapportFactory;
import org.rapport.model.operations.People;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Roster;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookSigning;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;
import org.rapport.model.time.Dates;

/** The signing keys of an open casebook's people: key files under {@code keys/}, public halves in the index. */
final class PersonKeys implements CasebookSigning {

  /** The folder of the key files, inside the casebook. */
  static final String FOLDER = "keys";
  /** What a person id must be to name a key file (and a line of {@code casebook.key}). */
  static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final OpenCasebookImpl casebook;
  /**
   * The owner keys this workstation pins for the casebook, read once rather than at every
   * validation (on the UI thread); null until read, and again after this casebook's keys or pins change.
   */
  private Set<String> pinned;
  private String pinnedFor;

  PersonKeys(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  private Person person(String personId) throws StoreException {
    return casebook.index().getPeople().stream().filter(p -> p.getId() != null && p.getId().equals(personId)).findFirst()
        .orElseThrow(() -> new StoreException("There is no person " + personId + " in this casebook."));
  }

  private Path fileOf(String personId) throws StoreException {
    if (personId == null || !SAFE_ID.matcher(personId).matches()) {
      throw new StoreException("The person id " + personId + " cannot name a key file.");
    }
    return casebook.folder().resolve(FOLDER).resolve(personId + ".key");
  }

  @Override
  public boolean hasKeyFile(String personId) {
    try {
      return Files.isRegularFile(fileOf(personId), LinkOption.NOFOLLOW_LINKS);
    } catch (StoreException e) {
      return false;
    }
  }

  @Override
  public PersonKey createKey(String personId, char[] passphrase, String actorId) throws StoreException {
    casebook.refuseIfReadOnly();
    String weakness = CasebookSigning.weakness(passphrase);
    if (weakness != null) {
      throw new StoreException(weakness);
    }
    Person person = person(personId);
    Path file = fileOf(personId);
    KeyPair keys = Keys.generate();
    byte[] bytes = PersonKeyFile.seal(personId, keys, passphrase).bytes();
    try {
      refuseLink(file);
      AtomicFile.write(file, bytes, AtomicFile.StepListener.NONE);
    } catch (IOException e) {
      throw new StoreException("Could not write the key file " + file + ": " + e.getMessage(), e);
    }
    boolean owners = casebook.index().getOwner() != null && personId.equals(casebook.index().getOwner().getId());
    Roster before = roster();
    PersonKey key = add(person, Keys.encode(keys.getPublic()), owners ? new Signer(person, keys) : null);
    forgetPins();
    if (owners) {
      PinnedOwnerKeys.pin(casebook.index().getId(), Set.of(Keys.fingerprint(keys.getPublic())));   // made here, so trusted here
      if (!before.endorsing()) {
        // the owner's first endorsing key takes the people as listed, as they counted until now
        endorseAll(List.copyOf(casebook.index().getPeople()), before, new Signer(person, keys));
      }
    }
    casebook.record(actorId, "create key", null, personId + " " + Keys.shown(Keys.fingerprint(keys.getPublic())));
    return key;
  }

  @Override
  public Roster roster() {
    Casebook index = casebook.index();
    if (index.getId() == null) {
      return Roster.of(index);
    }
    synchronized (this) {
      if (pinned == null || !index.getId().equals(pinnedFor)) {
        pinned = PinnedOwnerKeys.of(index.getId());
        pinnedFor = index.getId();
        if (pinned.isEmpty()) {
          pinned = Roster.of(index).ownerKeys();   // a first look: the owner keys that endorse themselves
          PinnedOwnerKeys.pin(index.getId(), pinned);
        }
      }
      if (pinned.isEmpty()) {
        pinned = null;   // nothing to pin yet (no key endorsed): look again next time, as a merge may bring endorsements
        return Roster.of(index);
      }
      return Roster.pinned(index, pinned);
    }
  }

  /** The keys or the pins changed: the next roster reads the pins again. */
  private synchronized void forgetPins() {
    pinned = null;
  }

  @Override
  public List<String> endorse(String personId, Signer owner, String actorId) throws StoreException {
    casebook.refuseIfReadOnly();
    Casebook index = casebook.index();
    if (index.getOwner() == null || !index.getOwner().getId().equals(owner.person().getId())) {
      throw new StoreException("Only the casebook's owner" + (index.getOwner() == null ? "" : ", " + People.name(index.getOwner()) + ",")
          + " endorses keys.");
    }
    Person person = person(personId);
    Roster roster = roster();
    // the first endorsement covers everyone listed: once one key is endorsed, an unendorsed key counts for nothing
    List<Person> whom = roster.endorsing() ? List.of(person) : List.copyOf(index.getPeople());
    List<String> shown = endorseAll(whom, roster, owner);
    forgetPins();
    if (!shown.isEmpty()) {
      casebook.record(actorId, "endorse key", null, String.join("; ", shown));
    }
    return shown;
  }

  /** Endorses the keys of {@code whom} that {@code roster} does not count (all of them before endorsement) and saves the index. */
  private List<String> endorseAll(List<Person> whom, Roster roster, Signer owner) throws StoreException {
    Map<PersonKey, String> before = new HashMap<>();
    List<String> shown = new ArrayList<>();
    for (Person each : whom) {
      for (PersonKey key : each.getKeys()) {
        if (!roster.endorsing() || roster.refusal(each, key) != null) {
          before.put(key, key.getEndorsement());
          Roster.endorse(casebook.index(), each, key, owner);
          shown.add(People.name(each) + ": " + Keys.shown(Keys.fingerprint(key.getPublicKey())));
        }
      }
    }
    if (shown.isEmpty()) {
      return shown;
    }
    try {
      casebook.saveIndex();
    } catch (StoreException | RuntimeException e) {
      before.forEach(PersonKey::setEndorsement);
      throw e;
    }
    return shown;
  }

  @Override
  public void recordAs(Signer signer) {
    casebook.recordAs(signer);
  }

  @Override
  public void trustOwnerKey(String fingerprint, String actorId) throws StoreException {
    Casebook index = casebook.index();
    Person owner = index.getOwner();
    String wanted = fingerprint.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    PersonKey key = owner == null ? null : owner.getKeys().stream()
        .filter(k -> Keys.fingerprint(k.getPublicKey()).startsWith(wanted) && wanted.length() >= 16).findFirst().orElse(null);
    if (key == null) {
      throw new StoreException("The owner has no key with the fingerprint " + fingerprint + " in this casebook.");
    }
    if (Roster.of(index).refusal(owner, key) != null) {
      throw new StoreException("The owner's key " + Keys.shown(Keys.fingerprint(key.getPublicKey())) + " is not endorsed by any key of the"
          + " owner, so it cannot be trusted.");
    }
    PinnedOwnerKeys.pin(index.getId(), Set.of(Keys.fingerprint(key.getPublicKey())));
    forgetPins();
    casebook.record(actorId, "trust owner key", null, Keys.shown(Keys.fingerprint(key.getPublicKey())));
  }

  /**
   * Adds a public key to {@code person}, retiring the one in use and endorsed by {@code endorser}
   * when given, and saves the index; on failure the index is as it was.
   */
  private PersonKey add(Person person, String publicKey, Signer endorser) throws StoreException {
    LocalDateTime now = LocalDateTime.now().withNano(0);
    PersonKey current = Keys.current(person).orElse(null);
    PersonKey key = RapportFactory.eINSTANCE.createPersonKey();
    key.setPublicKey(publicKey);
    key.setCreated(Dates.of(now));
    if (endorser != null) {
      Roster.endorse(casebook.index(), person, key, endorser);
    }
    if (current != null) {
      current.setRetired(Dates.of(now));
    }
    person.getKeys().add(key);
    try {
      casebook.saveIndex();
    } catch (StoreException | RuntimeException e) {
      person.getKeys().remove(key);
      if (current != null) {
        current.setRetired(null);
      }
      throw e;
    }
    return key;
  }

  @Override
  public Signer signIn(String personId, char[] passphrase) throws StoreException {
    Person person = person(personId);
    Path file = fileOf(personId);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new StoreException(People.name(person) + " has no key on this workstation (" + file + "), so can only read.");
    }
    KeyPair keys;
    try {
      refuseLink(file);
      PersonKeyFile keyFile = PersonKeyFile.read(Files.readAllBytes(file), "The key file " + file);
      if (!personId.equals(keyFile.personId())) {
        throw new StoreException("The key file " + file + " is " + keyFile.personId() + "'s, not " + personId + "'s.");
      }
      keys = keyFile.open(passphrase == null ? new char[0] : passphrase);
    } catch (IOException e) {
      throw new StoreException(e.getMessage(), e);
    }
    if (keys == null) {
      throw new PassphraseException("That is not " + People.name(person) + "'s passphrase.", true);
    }
    String publicKey = Keys.encode(keys.getPublic());
    PersonKey listed = Keys.keyOf(person, publicKey).orElse(null);
    if (listed == null) {
      throw new StoreException("The key file " + file + " holds a key (" + Keys.shown(Keys.fingerprint(keys.getPublic()))
          + ") the casebook does not list for " + People.name(person) + "; it was not used.");
    }
    if (listed.getRetired() != null) {
      throw new StoreException("The key in " + file + " was retired on " + Dates.time(listed.getRetired()).toLocalDate() + "; "
          + People.name(person) + " signs with a newer key, whose key file is not on this workstation.");
    }
    return new Signer(person, keys);
  }

  @Override
  public String exportPublicKey(String personId) throws StoreException {
    Person person = person(personId);
    PersonKey key = Keys.current(person).orElseThrow(() -> new StoreException(People.name(person) + " has no key yet."));
    return Keys.pem(Keys.decode(key.getPublicKey()).orElseThrow(() -> new StoreException("The key listed for " + personId + " is damaged.")));
  }

  @Override
  public PersonKey importPublicKey(String personId, String pem, String actorId) throws StoreException {
    casebook.refuseIfReadOnly();
    Person person = person(personId);
    PublicKey key = Keys.fromPem(pem).orElseThrow(() -> new StoreException("The file holds no Ed25519 public key in PEM form."));
    String encoded = Keys.encode(key);
    if (Keys.keyOf(person, encoded).isPresent()) {
      throw new StoreException(People.name(person) + " has this key already.");
    }
    PersonKey added = add(person, encoded, null);
    casebook.record(actorId, "import key", null, personId + " " + Keys.shown(Keys.fingerprint(key)));
    return added;
  }

  private static void refuseLink(Path file) throws IOException {
    if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent())) {
      throw new IOException(file + " is a symbolic link; Rapport never follows links inside a casebook");
    }
  }
}
