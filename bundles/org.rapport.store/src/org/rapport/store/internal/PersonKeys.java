// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.RapportFactory;
import org.rapport.model.operations.People;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookSigning;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;

/** The signing keys of an open casebook's people: key files under {@code keys/}, public halves in the index. */
final class PersonKeys implements CasebookSigning {

  /** The folder of the key files, inside the casebook. */
  static final String FOLDER = "keys";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final OpenCasebookImpl casebook;

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
    PersonKey key = add(person, Keys.encode(keys.getPublic()));
    casebook.record(actorId, "create key", null, personId + " " + Keys.shown(Keys.fingerprint(keys.getPublic())));
    return key;
  }

  /** Adds a public key to {@code person}, retiring the one in use, and saves the index; on failure the index is as it was. */
  private PersonKey add(Person person, String publicKey) throws StoreException {
    LocalDateTime now = LocalDateTime.now().withNano(0);
    PersonKey current = Keys.current(person).orElse(null);
    PersonKey key = RapportFactory.eINSTANCE.createPersonKey();
    key.setPublicKey(publicKey);
    key.setCreated(now);
    if (current != null) {
      current.setRetired(now);
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
      throw new StoreException("The key in " + file + " was retired on " + listed.getRetired().toLocalDate() + "; "
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
    PersonKey added = add(person, encoded);
    casebook.record(actorId, "import key", null, personId + " " + Keys.shown(Keys.fingerprint(key)));
    return added;
  }

  private static void refuseLink(Path file) throws IOException {
    if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent())) {
      throw new IOException(file + " is a symbolic link; Rapport never follows links inside a casebook");
    }
  }
}
