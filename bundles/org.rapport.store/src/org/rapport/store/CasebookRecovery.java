// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.util.List;

import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;

/**
 * The crash-recovery copies of an open casebook ({@code .recovery/}): an open document's unsaved
 * state, kept atomically without touching the document's own file or the index, and offered again
 * after a session that did not end cleanly.
 */
public interface CasebookRecovery {

  /** Keeps a copy of {@code document} as it is now, in place of any earlier copy. */
  void keep(Document document) throws StoreException;

  /** The documents that have a copy kept from a session that did not end cleanly. */
  List<DocumentEntry> recoverable();

  /** Reads a document's kept copy, with the same defences as {@link OpenCasebook#load}. */
  LoadResult load(DocumentEntry entry);

  /** Forgets a document's copy, e.g. after it was saved or its changes discarded. */
  void drop(String documentId);

  /** Forgets every copy: the session ended cleanly. */
  void dropAll();
}
