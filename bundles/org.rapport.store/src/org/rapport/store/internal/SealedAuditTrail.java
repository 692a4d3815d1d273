// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        .or(() -> casebook.unverifiedSignature(entries))
        .or(() -> AuditLog.holds(entries, casebook.index().getAuditAnchor()))
        .or(() -> casebook.trailSeenHere(entries));
  }

  @Override
  public void acceptRestore(String actorId) throws StoreException {
    casebook.acceptRestore(actorId);
  }
}
