// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.rapport.model.Casebook;
import org.rapport.model.Document;

/**
 * A named export of a casebook's documents to a file format, registered as an OSGi service.
 * Rapport chooses the file, writes it atomically and audits the export; the exporter only writes
 * bytes. Exports leave the training lab, so an exporter should write pseudonymous codes only.
 */
public interface Exporter {

  String institution();

  String id();

  /** What the user picks in Casebook > Export With..., e.g. "Sessions as CSV". */
  String label();

  /** The extension of the file written, without the dot, e.g. {@code csv}. */
  String fileExtension();

  /**
   * Writes the export. {@code documents} are the casebook's documents that could be read, in the
   * index's order; the stream is closed by the caller.
   */
  void export(Casebook index, List<Document> documents, OutputStream out) throws IOException;
}
