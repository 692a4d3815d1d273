// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.rapport.model.CaseStatus;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.RapportFactory;
import org.rapport.model.Session;
import org.rapport.model.operations.Sessions;

/** A casebook held open by this process. Close it to release the lock. */
public interface OpenCasebook extends AutoCloseable {

  Path folder();

  /** The index: people, clients, sessions and a summary of every document. */
  Casebook index();

  /** Problems met while opening, for example that the index backup had to be used. */
  List<StoreProblem> problems();

  /**
   * Reads one document. A damaged, hostile or foreign file yields a {@link StoreProblem} naming
   * the file and the cause instead of an exception; the file is left untouched.
   */
  LoadResult load(DocumentEntry entry);

  /**
   * Saves a document atomically (the previous file is kept as {@code <file>.bak}) and records it
   * in the index. A new document is filed under its client; a plan or reflection must name a
   * session of the index, and an agreement a client of the index.
   */
  DocumentEntry save(Document document) throws StoreException;

  /**
   * Saves several documents, each atomically as {@link #save} does, and the index once at the end,
   * so that saving many documents does not rewrite the index for each. When one fails, the ones
   * written before it stay recorded in the index.
   */
  List<DocumentEntry> saveAll(List<? extends Document> documents) throws StoreException;

  /** Saves the index itself, e.g. after a client or session was added. */
  void saveIndex() throws StoreException;

  /**
   * Adds an active client with this pseudonymous code, starting on {@code startDate}, and saves the
   * index; when the save fails the client is taken out again and the index is as it was.
   */
  default ClientCase addClient(String code, LocalDate startDate) throws StoreException {
    ClientCase client = RapportFactory.eINSTANCE.createClientCase();
    client.setCode(code.strip());
    client.setStartDate(startDate);
    client.setStatus(CaseStatus.ACTIVE);
    index().getClients().add(client);
    try {
      saveIndex();
    } catch (StoreException | RuntimeException e) {
      index().getClients().remove(client);
      throw e;
    }
    return client;
  }

  /**
   * Adds the client's next session ({@link Sessions#next}) and saves the index; when the save fails
   * the session is taken out again and the index is as it was.
   */
  default Session addSession(ClientCase client, LocalDateTime now) throws StoreException {
    Session session = Sessions.next(client, now);
    client.getSessions().add(session);
    try {
      saveIndex();
    } catch (StoreException | RuntimeException e) {
      client.getSessions().remove(session);
      throw e;
    }
    return session;
  }

  /**
   * Keeps a copy of an open document's unsaved state in the casebook's recovery area
   * ({@code .recovery/}), atomically, without touching the document's own file or the index.
   */
  void keepForRecovery(Document document) throws StoreException;

  /** The documents that have unsaved changes kept from a session that did not end cleanly. */
  List<DocumentEntry> recoverable();

  /** Reads a document's kept unsaved state, with the same defences as {@link #load}. */
  LoadResult loadRecovered(DocumentEntry entry);

  /** Forgets a document's kept unsaved state, e.g. after it was saved or its changes discarded. */
  void dropRecovery(String documentId);

  /** Forgets every kept unsaved state: the session ended cleanly. */
  void dropAllRecovery();

  /**
   * The saved documents of the given kinds whose text contains {@code text} (ignoring case), each
   * with the passage around the match. Reads the files but builds no model objects; the order is
   * the index's. Walks the index, so call it where the index is changed (the UI thread).
   */
  default List<SearchHit> search(String text, Set<DocumentKind> kinds) {
    return search(text, entries(kinds));
  }

  /** The index's entries of the given kinds, in its order; a snapshot a background search can use. */
  List<DocumentEntry> entries(Set<DocumentKind> kinds);

  /**
   * Searches the files of {@code candidates} as {@link #search(String, Set)} does. It reads only
   * files and the entries' file names, so it may run on any thread while the index is in use.
   */
  List<SearchHit> search(String text, List<DocumentEntry> candidates);

  /** Whether every file of this casebook is encrypted under a key derived from its passphrase. */
  boolean encrypted();

  /** Whether {@code passphrase} is this casebook's (e.g. to unlock the workbench after inactivity); false for a plain casebook. */
  boolean checkPassphrase(char[] passphrase);

  /**
   * Encrypts every file of the casebook under a key from {@code passphrase}: a plain casebook
   * becomes encrypted, an encrypted one changes its passphrase. Atomic and resumable: if it is
   * interrupted, the next opening finishes it (when every file was done) or undoes it, so either
   * the old or the new passphrase opens the casebook, never neither.
   */
  void changePassphrase(char[] passphrase) throws StoreException;

  /**
   * Deletes a document for good (its retention period is over): its file, backup and recovery copy
   * are overwritten and removed, its entry leaves the index, and the deletion is audited.
   */
  void deleteSecurely(DocumentEntry entry, String reason) throws StoreException;

  /** Who the following audit entries are by (a person id of the casebook). */
  void setActor(String personId);

  /** Appends an entry to the casebook's audit trail (open, create and update are recorded by the store itself). */
  void audit(String action, String documentId, String detail) throws StoreException;

  /** The bytes of a file of this casebook as Rapport wrote them, opened when the casebook is encrypted (kept in memory only). */
  byte[] plainBytes(Path file) throws StoreException;

  /** Checks the audit trail's chain of hashes: empty when it holds, else where it first breaks, in words. */
  java.util.Optional<String> verifyAuditTrail();

  /** The audit trail, oldest first; an entry that cannot be read stops the list (see {@code AuditTrail.verify}). */
  List<AuditEntry> auditTrail() throws StoreException;

  /** Whether this casebook was opened for reading only (see {@link CasebookStore#openForReading}). */
  boolean readOnly();

  /** How many document files this casebook has parsed since it was opened. */
  int documentsRead();

  @Override
  void close();
}
