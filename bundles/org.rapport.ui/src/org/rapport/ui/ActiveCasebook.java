// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * The casebook this window works on. One instance lives in the application's context (put there by
 * the life cycle); parts and handlers are told of changes through the event broker.
 */
public final class ActiveCasebook {

  /** Posted with the {@link OpenCasebook} as data after a casebook was opened. */
  public static final String TOPIC_OPENED = "org/rapport/casebook/opened";
  /** Posted with the added or changed index object (a client, a session) after the index was saved. */
  public static final String TOPIC_INDEX_CHANGED = "org/rapport/casebook/index";
  /** Posted after the casebook was closed. */
  public static final String TOPIC_CLOSED = "org/rapport/casebook/closed";

  private final CasebookStore store;
  private final IEventBroker events;
  private OpenCasebook current;

  public ActiveCasebook(CasebookStore store, IEventBroker events) {
    this.store = store;
    this.events = events;
  }

  public Optional<OpenCasebook> current() {
    return Optional.ofNullable(current);
  }

  /** Opens {@code folder}, closing the casebook open before; on failure the previous one stays open. */
  public OpenCasebook open(Path folder) throws StoreException {
    return open(folder, null);
  }

  /** {@link #open(Path)} for a casebook that may be encrypted. */
  public OpenCasebook open(Path folder, char[] passphrase) throws StoreException {
    if (current != null && current.folder().equals(folder.toAbsolutePath().normalize())) {
      close();   // reopening the same casebook: release our own lock first
    }
    OpenCasebook opened = store.open(folder, passphrase);
    close();
    current = opened;
    events.send(TOPIC_OPENED, opened);
    return opened;
  }

  /**
   * Makes a casebook opened elsewhere (e.g. off the UI thread, with progress) the active one,
   * closing the one open before.
   */
  public void adopt(OpenCasebook opened) {
    if (opened != current) {
      close();
      current = opened;
      events.send(TOPIC_OPENED, opened);
    }
  }

  /** Creates a casebook in an empty folder and makes it the active one. */
  public OpenCasebook create(Path folder, String title) throws StoreException {
    return create(folder, title, null);
  }

  /** Creates a casebook, encrypted under {@code passphrase} unless it is null, and makes it the active one. */
  public OpenCasebook create(Path folder, String title, char[] passphrase) throws StoreException {
    OpenCasebook created = store.create(folder, title, passphrase);
    close();
    current = created;
    events.send(TOPIC_OPENED, created);
    return created;
  }

  /** Releases the casebook's lock. */
  public void close() {
    if (current != null) {
      current.close();
      current = null;
      events.send(TOPIC_CLOSED, Boolean.TRUE);
    }
  }
}
