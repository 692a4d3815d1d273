package org.rapport.store;

import java.nio.file.Path;

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

  /** Creates an empty casebook in a new or empty folder and opens it. */
  OpenCasebook create(Path folder, String title) throws StoreException;
}
