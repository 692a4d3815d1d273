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
    fresh.movedFrom(old, ownerSignedIn(), casebook.index().getId());
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

  /** The owner when they are the person signed in, who signs a move to a new key; else null. */
  private org.rapport.model.signing.Signer ownerSignedIn() {
    org.rapport.model.signing.Signer signer = casebook.trailSigner();
    Person owner = casebook.index().getOwner();
    return signer != null && owner != null && owner.getId() != null && owner.getId().equals(signer.person().getId()) ? signer : null;
  }

  private KeyFile theirs(byte[] theirs) throws StoreException {
    if (casebook.sealing() == null) {
      throw new StoreException("The lab's copy of this casebook is encrypted and this one is not; it was not taken.");
    }
    casebook.refuseIfReadOnly();
    try {
      return KeyFile.read(theirs, "the lab's " + KeyFile.FILE);
    } catch (IOException e) {
      throw new StoreException("The lab's copy of the key file was not taken: " + e.getMessage() + ".", e);
    }
  }

  /**
   * Follows the owner's move of the casebook to a newer key in {@code theirs}: this copy is sealed
   * again under it, unwrapped for the person who opened the copy or is signed in. Null when
   * {@code theirs} holds this copy's key, or an older one (this copy moved on: {@link #take} keeps it).
   */
  org.rapport.store.CasebookKeys.KeyMove follow(byte[] theirs, String actorId) throws StoreException {
    KeyFile their = theirs(theirs);
    KeyFile ours = read();
    if (ours.sameKey(their) || their.generation() <= ours.generation()) {
      return null;
    }
    String refusal = moveRefusal(their);
    if (refusal != null) {
      throw new StoreException("The lab's copy of this casebook moved to a new key, but " + refusal + ". This copy did not follow it"
          + " and nothing here was changed; ask the casebook's owner");
    }
    Sealing to = unwrapHere(their);
    if (to == null) {
      throw new StoreException("The casebook's owner moved it to a new key, which is not wrapped for the person who opened this copy."
          + " Sign in (or open the casebook with your own passphrase) and sync again; if your access was taken away, the owner can"
          + " give it back. Nothing here was changed");
    }
    their.takeRevocationsOf(ours);   // a revocation is never undone
    Sealing from = casebook.sealing();
    casebook.moveToKey(their, to, actorId);
    return (bytes, what) -> {
      try {
        return to.sealForLab(from.openFromLab(bytes));
      } catch (Sealing.SealException e) {
        throw new StoreException(what + " in the lab's history is not sealed under this casebook's old key: " + e.getMessage(), e);
      }
    };
  }

  /** The key of {@code their} unwrapped for the person who opened this copy with their own key, else for the person signed in; or null. */
  private Sealing unwrapHere(KeyFile their) {
    Sealing to = casebook.holderKeys() == null ? null : their.unlock(casebook.holderKeys());
    org.rapport.model.signing.Signer signer = casebook.trailSigner();
    return to != null || signer == null ? to : their.unlock(signer.keyPair());
  }

  /** Why the move to the key of {@code their} is not the owner's, or null when the owner signed it with a key that counts here. */
  private String moveRefusal(KeyFile their) {
    Person owner = casebook.index().getOwner();
    if (their.movedKey() == null) {
      return "the move is not signed: it was made while the owner was not signed in";
    }
    Optional<PersonKey> key = owner == null ? Optional.empty() : Keys.keyOf(owner, their.movedKey());
    if (key.isEmpty()) {
      return "it was signed with a key that is not the owner's";
    }
    String refusal = casebook.signing().roster().refusal(owner, key.get());
    if (refusal != null) {
      return "the key that signed it does not count here: " + refusal;
    }
    return their.moveVerifies(casebook.index().getId()) ? null : "its signature does not verify";
  }

  boolean take(byte[] theirs, String actorId) throws StoreException {
    KeyFile their = theirs(theirs);
    KeyFile ours = read();
    if (!ours.sameKey(their) && their.generation() < ours.generation()) {
      // this copy moved on (the owner's workstation): the lab's older key file gives only its revocations
      byte[] before = ours.bytes();
      ours.takeRevocationsOf(their);
      if (Arrays.equals(before, ours.bytes())) {
        return false;
      }
      write(ours);
      return true;
    }
    if (!ours.sameKey(their)) {
      throw new StoreException("The lab's copy of this casebook is sealed under another key of the same generation: the owner changed"
          + " the passphrase on two workstations before they synced. This copy keeps its key and nothing here was changed; the owner"
          + " changes the passphrase once more on one workstation, which the others then follow");
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
