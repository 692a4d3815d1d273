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
import org.rapport.model.time.Dates;

/**
 * A casebook held open by this process: its documents and index here, and by concern its
 * crash-recovery copies ({@link #recovery()}), text search ({@link #search()}), audit trail
 * ({@link #audit()}) and passphrase ({@link #keys()}). Who does a change is passed with it
 * ({@code actorId}, a person of the index or null for no one in particular, e.g. the command line)
 * and recorded in the audit trail. Close it to release the lock.
 */
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
   * session of the index, and an agreement a client of the index. The audit trail records it as
   * done by {@code actorId}.
   */
  DocumentEntry save(Document document, String actorId) throws StoreException;

  /**
   * Saves several documents, each atomically as {@link #save} does, and the index once at the end,
   * so that saving many documents does not rewrite the index for each. When one fails, the ones
   * written before it stay recorded in the index.
   */
  List<DocumentEntry> saveAll(List<? extends Document> documents, String actorId) throws StoreException;

  /**
   * Puts in place a document that came from another workstation through a lab repository, as
   * {@link #save} does, at {@code file} (relative to the folder, under its client's folder), the
   * place it has on every workstation. {@code bytes} are what {@code document} was read from: a
   * plain casebook writes them as they came, so every workstation holds the same file. The audit
   * trail records it as received from {@code source} (a commit, say), by {@code actorId}, the
   * person whose sync brought it.
   *
   * @throws StoreException when the casebook files the document elsewhere, or {@code file} is not a
   *     place for the document's client
   */
  DocumentEntry receive(Document document, byte[] bytes, String file, String actorId, String source) throws StoreException;

  /**
   * {@link #receive} for many documents, writing the index once at the end (a first clone brings
   * every document). A document that cannot be taken where it came is left out and named in the
   * result, by its file, with the reason; the others are taken.
   *
   * @throws StoreException when a file or the index could not be written; those written before stay recorded
   */
  java.util.Map<String, String> receiveAll(List<IncomingDocument> incoming, String actorId, String source) throws StoreException;

  /** Saves the index itself, e.g. after a client or session was added. */
  void saveIndex() throws StoreException;

  /** What {@link #upgradeFormat} did: how many files it rewrote, and the documents it could not read (left as they were). */
  record FormatUpgrade(int rewritten, List<StoreProblem> unreadable) {
  }

  /**
   * Rewrites every document still in an older on-disk format, and the index, in the current one,
   * so that tools outside Rapport read the whole casebook (FORMAT.md). Content, signatures and
   * versions stay as they are; each file is written atomically, as a save writes it, and the audit
   * trail records each rewrite as an update by {@code actorId}. {@code progress} hears how many
   * documents were looked at, of how many. A document that cannot be read is left untouched and
   * named in the result.
   */
  FormatUpgrade upgradeFormat(String actorId, java.util.function.BiConsumer<Integer, Integer> progress) throws StoreException;

  /**
   * Adds an active client with this pseudonymous code, starting on {@code startDate}, and saves the
   * index; when the save fails the client is taken out again and the index is as it was.
   */
  default ClientCase addClient(String code, LocalDate startDate) throws StoreException {
    ClientCase client = RapportFactory.eINSTANCE.createClientCase();
    client.setCode(code.strip());
    client.setStartDate(Dates.of(startDate));
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

  /** The documents of {@code kinds} in the index, in index order. */
  List<DocumentEntry> entries(Set<DocumentKind> kinds);

  /**
   * Deletes a document for good: its file, its backup and any recovery copy are overwritten before
   * they are removed, the entry leaves the index, and the audit trail records it with {@code reason}.
   */
  void deleteSecurely(DocumentEntry entry, String reason, String actorId) throws StoreException;

  /** The copies of what editors had typed when Rapport last stopped. */
  CasebookRecovery recovery();

  /** Text search over the documents. */
  CasebookSearch search();

  /** Who did what, sealed so that a changed or removed record shows. */
  CasebookAudit audit();

  /** Whether the files are sealed by a passphrase, and changing it. */
  CasebookKeys keys();

  /** The people's signing keys, and signing in as one of them. */
  CasebookSigning signing();

  /** Whether this casebook was opened for reading only (see {@link CasebookStore#openForReading}). */
  boolean readOnly();

  /** How many document files this casebook has parsed since it was opened. */
  int documentsRead();

  @Override
  void close();
}
