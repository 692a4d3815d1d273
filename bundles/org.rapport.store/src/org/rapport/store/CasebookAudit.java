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

  /** Checks the chain of hashes: empty when it holds, else where it first breaks, in words. */
  Optional<String> verify();
}
