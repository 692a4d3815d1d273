// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.util.List;
import java.util.Set;

import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.store.CasebookSearch;
import org.rapport.store.SearchHit;

/** Search over the saved files of an open casebook (see {@link TextSearch}), opening sealed files in memory. */
final class FileSearch implements CasebookSearch {

  private final OpenCasebookImpl casebook;

  FileSearch(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  @Override
  public List<SearchHit> find(String text, Set<DocumentKind> kinds) {
    return find(text, casebook.entries(kinds));
  }

  @Override
  public List<SearchHit> find(String text, List<DocumentEntry> candidates) {
    return TextSearch.search(casebook.folder(), candidates, text, casebook::plainText);
  }
}
