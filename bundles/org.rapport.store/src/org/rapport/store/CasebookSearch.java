// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.util.List;
import java.util.Set;

import org.rapport.model.DocumentKind;
import org.rapport.model.DocumentEntry;

/** Text search over an open casebook's saved documents: it reads the files but builds no model objects. */
public interface CasebookSearch {

  /**
   * The saved documents of {@code kinds} whose text contains {@code text} (ignoring case), each with
   * the passage around the match, in the index's order. Walks the index, so call it where the index
   * is changed (the UI thread).
   */
  List<SearchHit> find(String text, Set<DocumentKind> kinds);

  /**
   * Searches the files of {@code candidates} (from {@link OpenCasebook#entries}) as
   * {@link #find(String, Set)} does. It reads only files and the entries' file names, so it may
   * run on any thread while the index is in use.
   */
  List<SearchHit> find(String text, List<DocumentEntry> candidates);
}
