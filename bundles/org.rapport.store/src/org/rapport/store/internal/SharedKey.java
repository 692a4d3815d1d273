// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Roster;
import org.rapport.store.StoreException;

/**
 * Who an encrypted casebook is shared with: the casebook key wrapped for each person whose key
 * the owner endorsed ({@link AccessWrap}, kept in {@code casebook.key}), taken away again by moving
 * the casebook to a new key, and the wraps another workstation made, taken in at a sync.
 */
final class SharedKey {

  private final OpenCasebookImpl casebook;

  SharedKey(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  private Path file() {
    return casebook.folder().resolve(KeyFile.FILE);
  }

  KeyFile read() throws StoreException {
    try {
      return KeyFile.read(file());
    } catch (IOException e) {
      throw new StoreException("The key file of " + casebook.folder() + " could not be read: " + e.getMessage() + ".", e);
    }
  }

  private void write(KeyFile key) throws StoreException {
    try {
      AtomicFile.write(file(), key.bytes(), AtomicFile.StepListener.NONE);
    } catch (IOException e) {
      throw new StoreException("The key file of " + casebook.folder() + " could not be written (" + e.getMessage()
          + "); it is as it was, and access is unchanged.", e);
    }
  }

  Set<String> holders() {
    if (casebook.sealing() == null) {
      return Set.of();
    }
    try {
      return read().holders();
    } catch (StoreException e) {
      return Set.of();
    }
  }

  List<String> grant(String actorId) throws StoreException {
    Sealing sealing = casebook.sealing();
    if (sealing == null) {
      return List.of();
    }
    casebook.refuseIfReadOnly();
    KeyFile key = read();
    List<String> granted = new ArrayList<>();
    currentKeysThatCount().forEach((personId, publicKey) -> {
      if (!Keys.fingerprint(publicKey).equals(AccessWrap.fingerprintOf(key.wrapFor(personId))) && key.grant(sealing, personId, publicKey)) {
        granted.add(personId);
      }
    });
    if (!granted.isEmpty()) {
      write(key);
      casebook.record(actorId, "grant access", null, String.join(" ", granted));
    }
    return granted;
  }

  /** Each person's current key, where it counts (the owner endorsed it, or nothing is endorsed yet). */
  private Map<String, PublicKey> currentKeysThatCount() {
    Roster roster = casebook.signing().roster();
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    for (Person person : casebook.index().getPeople()) {
      Optional<PersonKey> current = Keys.current(person);
      if (person.getId() == null || current.isEmpty() || roster.refusal(person, current.get()) != null) {
        continue;
      }
      Keys.decode(current.get().getPublicKey()).ifPresent(key -> keys.put(person.getId(), key));
    }
    return keys;
  }

  /**
   * The access a casebook moved to a new key keeps: the revocations of {@code old}, and a wrap for
   * each of its holders' current keys under the new key.
   */
  void carry(KeyFile old, KeyFile fresh, Sealing to) {
    if (old == null) {
      return;
    }
    fresh.takeRevocationsOf(old);
    Map<String, PublicKey> current = currentKeysThatCount();
    for (String holder : old.holders()) {
      PublicKey key = current.get(holder);
      if (key != null) {
        fresh.grant(to, holder, key);
      }
    }
  }

  void revoke(String personId, char[] newPassphrase, String actorId) throws StoreException {
    if (casebook.sealing() == null) {
      throw new StoreException("The casebook is not encrypted, so it has no key to take away from anyone.");
    }
    KeyFile key = read();
    String wrap = key.wrapFor(personId);
    if (wrap == null) {
      throw new StoreException(personId + " has no access of their own to this casebook; nothing was changed.");
    }
    key.revoke(personId, AccessWrap.fingerprintOf(wrap));
    casebook.changePassphrase(newPassphrase, actorId, RekeyInterruption.NONE, key);
    casebook.record(actorId, "revoke access", null, personId);
  }

  boolean take(byte[] theirs, String actorId) throws StoreException {
    if (casebook.sealing() == null) {
      throw new StoreException("The lab's copy of this casebook is encrypted and this one is not; it was not taken.");
    }
    casebook.refuseIfReadOnly();
    KeyFile their;
    try {
      their = KeyFile.read(theirs, "the lab's " + KeyFile.FILE);
    } catch (IOException e) {
      throw new StoreException("The lab's copy of the key file was not taken: " + e.getMessage() + ".", e);
    }
    KeyFile ours = read();
    if (!ours.sameKey(their)) {
      throw new StoreException("The lab's copy of this casebook is sealed under another key: its passphrase was changed, or someone's"
          + " access taken away, on another workstation. This version of Rapport cannot follow that in a copy; clone the casebook from"
          + " the lab again (File > Open from Lab) with your own passphrase. Nothing here was changed");
    }
    byte[] before = ours.bytes();
    ours.takeAccessOf(their);
    if (Arrays.equals(before, ours.bytes())) {
      return false;
    }
    write(ours);
    casebook.record(actorId, "receive access", null, String.join(" ", ours.holders()));
    return true;
  }
}
