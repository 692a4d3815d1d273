// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Catalogue;

/** Opens and creates casebook folders. Provided as an OSGi service. */
public interface CasebookStore {

  /** Name of the index file in a casebook folder. */
  String INDEX_FILE = "casebook.xmi";

  /**
   * Opens a casebook: takes its lock and reads its index, but no document.
   *
   * @throws StoreException when the folder is not a casebook, its index cannot be read (nor its
   *         backup), or another Rapport holds it
   */
  OpenCasebook open(Path folder) throws StoreException;

  /**
   * Opens a casebook that may be encrypted; {@code passphrase} is ignored for a plain one.
   *
   * @throws PassphraseException when the casebook is encrypted and the passphrase is missing or wrong
   */
  OpenCasebook open(Path folder, char[] passphrase) throws StoreException;

  /** {@link #openForReading(Path)} for a casebook that may be encrypted. */
  OpenCasebook openForReading(Path folder, char[] passphrase) throws StoreException;

  /**
   * Opens a casebook that may be encrypted and shared with {@code holder}: its key is unwrapped
   * with the signed-in person's own key, found by its public half (a supervisor following several
   * trainees' casebooks opens each without a passphrase).
   *
   * @throws PassphraseException when the casebook is encrypted and not shared with that key, or
   *     {@code holder} is null
   */
  OpenCasebook openAs(Path folder, org.rapport.model.signing.Signer holder) throws StoreException;

  /** {@link #openAs} without the lock, as {@link #openForReading(Path)}. */
  OpenCasebook openForReadingAs(Path folder, org.rapport.model.signing.Signer holder) throws StoreException;

  /** Creates an empty casebook, encrypted under {@code passphrase} unless it is null, and opens it. */
  OpenCasebook create(Path folder, String title, char[] passphrase) throws StoreException;

  /**
   * Opens a casebook for reading only: no lock is taken and nothing in the folder is written, so a
   * casebook can be checked while another Rapport has it open. Every save is refused.
   */
  OpenCasebook openForReading(Path folder) throws StoreException;

  /**
   * Reads a catalogue file (techniques, clause templates, frameworks, instruments) with the same
   * defences as a document.
   *
   * @throws StoreException naming the file and the cause when it cannot be used
   */
  Catalogue readCatalogue(Path file) throws StoreException;

  /**
   * Reads a catalogue from a stream (an institution's extension bundle ships its catalogues inside
   * its jar) with the same defences as {@link #readCatalogue(Path)}; the stream is not closed.
   *
   * @param name where the bytes come from, used in messages and as the resource's URI
   * @throws StoreException naming {@code name} and the cause when it cannot be used
   */
  Catalogue readCatalogue(java.io.InputStream in, String name) throws StoreException;

  /**
   * Reads casebook content that comes from outside the folder, such as a lab repository's copy of a
   * document or of the index, with the same defences as a document file, and brings it up to the
   * current format. A sealed copy is refused: only plain content is read this way.
   *
   * @param name where the bytes come from, used in messages
   * @throws StoreException naming {@code name} and the cause when it cannot be used
   */
  <T extends EObject> T readIncoming(byte[] bytes, String name, Class<T> type) throws StoreException;

  /**
   * The bytes a plain casebook writes for {@code root} (a copy of it, stamped with the current
   * format), for content that leaves the folder. The same model gives the same bytes.
   */
  byte[] toBytes(EObject root) throws StoreException;

  /** Creates an empty casebook in a new or empty folder and opens it. */
  OpenCasebook create(Path folder, String title) throws StoreException;

  /**
   * Creates an empty casebook sealed under the key of a lab's copy of an encrypted casebook, for a
   * clone: {@code keyFile} is that copy's {@code casebook.key}, {@code personKeyFiles} its people's
   * key files by person id, and {@code passphrase} the casebook's passphrase or that of one of the
   * people it is wrapped for. Nothing is left in the folder when it fails.
   *
   * @throws PassphraseException when the passphrase opens neither
   */
  OpenCasebook createSealed(Path folder, String title, byte[] keyFile, java.util.Map<String, byte[]> personKeyFiles, char[] passphrase)
      throws StoreException;
}
