// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import org.rapport.model.Document;

/** Either a document or the problem that kept it from loading. */
public record LoadResult(Document document, StoreProblem problem) {

  public static LoadResult of(Document document) {
    return new LoadResult(document, null);
  }

  public static LoadResult failed(StoreProblem problem) {
    return new LoadResult(null, problem);
  }

  public boolean ok() {
    return document != null;
  }
}
