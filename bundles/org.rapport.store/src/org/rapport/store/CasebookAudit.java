// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.util.List;
import java.util.Optional;

/**
 * An open casebook's audit trail: who did what to which document, each entry chained to the one
 * before by a hash so that a changed or removed entry shows. Opening, saving, encrypting and
 * deleting are recorded by the store itself.
 */
public interface CasebookAudit {

  /** Appends an entry: {@code actorId} (a person of the index, or null) did {@code action} to the document. */
  void record(String actorId, String action, String documentId, String detail) throws StoreException;

  /** The trail, oldest first; an entry that cannot be read ends the list (see {@link #verify()}). */
  List<AuditEntry> entries() throws StoreException;

  /**
   * Checks the chain of hashes, that the trail still holds the entry the index anchors, and the
   * newest entry this workstation saw: empty when all hold, else what is wrong, in words.
   */
  Optional<String> verify();

  /**
   * Records that an administrator put the casebook back from a backup on purpose, and takes its
   * trail as it is now as what this workstation has seen; until then the casebook is reported as
   * older than when this workstation last worked in it.
   */
  void acceptRestore(String actorId) throws StoreException;
}
