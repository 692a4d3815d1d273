// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.operations.People;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Roster;
import org.rapport.store.AuditEntry;
import org.rapport.store.CasebookAudit;
import org.rapport.store.StoreException;

/** The audit trail of an open casebook, kept by {@link AuditLog} in the casebook folder. */
final class SealedAuditTrail implements CasebookAudit {

  private final OpenCasebookImpl casebook;

  SealedAuditTrail(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  @Override
  public void record(String actorId, String action, String documentId, String detail) throws StoreException {
    casebook.refuseIfReadOnly();
    casebook.record(actorId, action, documentId, detail);
  }

  @Override
  public List<AuditEntry> entries() throws StoreException {
    List<AuditEntry> entries = new ArrayList<>();
    Optional<String> problem = AuditLog.read(casebook.folder(), casebook.sealing(), entries);
    if (problem.isPresent() && entries.isEmpty() && Files.exists(casebook.folder().resolve(AuditLog.FILE))) {
      throw new StoreException("The audit trail cannot be read: " + problem.get() + ".");
    }
    return entries;
  }

  @Override
  public Optional<String> verify() {
    List<AuditEntry> entries = new ArrayList<>();
    return AuditLog.read(casebook.folder(), casebook.sealing(), entries)
        .or(() -> unverifiedSignature(entries))
        .or(() -> AuditLog.holds(entries, casebook.index().getAuditAnchor()))
        .or(() -> casebook.trailSeenHere(entries));
  }

  @Override
  public void acceptRestore(String actorId) throws StoreException {
    casebook.acceptRestore(actorId);
  }

  /** What is wrong with the first signed entry whose signature does not hold, or empty. */
  private Optional<String> unverifiedSignature(List<AuditEntry> entries) {
    Roster roster = null;
    for (AuditEntry entry : entries) {
      if (entry.signature() == null) {
        continue;
      }
      roster = roster == null ? casebook.signing().roster() : roster;
      String[] parts = entry.signature().split(":", 2);   // fingerprint:signature
      Person actor = roster.person(entry.actor()).orElse(null);
      PersonKey key = actor == null || parts.length < 2 ? null
          : actor.getKeys().stream().filter(k -> Keys.fingerprint(k.getPublicKey()).equals(parts[0])).findFirst().orElse(null);
      String who = actor == null ? String.valueOf(entry.actor()) : People.name(actor);
      if (key == null || roster.refusal(actor, key) != null) {
        return Optional.of("entry " + entry.sequence() + " (" + entry.action() + ") is signed, but not with a key of " + who
            + " that counts: the trail was rewritten");
      }
      if (!Keys.verifies(key.getPublicKey(), AuditLog.signedBytes(entry.hash()), parts[1])) {
        return Optional.of("entry " + entry.sequence() + " (" + entry.action() + " by " + who + ") is signed, but the signature does not"
            + " verify: the trail was rewritten");
      }
    }
    return Optional.empty();
  }
}
