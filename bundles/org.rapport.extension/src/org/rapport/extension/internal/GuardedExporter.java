// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.rapport.extension.Exporter;
import org.rapport.model.Casebook;
import org.rapport.model.Document;

/**
 * An institution's exporter as the registry hands it out: its identity is the one given when it
 * was bound, and every call into the institution's code is contained, so that a dialog being
 * built or a command being run never fails because of it. A failure becomes a problem of its bundle.
 */
final class GuardedExporter extends Guarded<Exporter> implements Exporter {

  /** The file extension used when the exporter gives none. */
  static final String FALLBACK_EXTENSION = "dat";

  GuardedExporter(Registered<Exporter> registered, ServiceFailures failures) {
    super(registered, failures);
  }

  @Override
  public String label() {
    return textOrId("label", () -> registered.service().label());
  }

  @Override
  public String fileExtension() {
    String extension = failures.text(registered, "fileExtension", () -> registered.service().fileExtension());
    // the extension becomes part of a file name: nothing that could leave the chosen folder
    return extension == null || !extension.matches("[A-Za-z0-9._-]{1,16}") ? FALLBACK_EXTENSION : extension;
  }

  @Override
  public void export(Casebook index, List<Document> documents, OutputStream out) throws IOException {
    try {
      registered.service().export(index, documents, out);
    } catch (RuntimeException | LinkageError e) {
      failures.failed(registered, "export", e);
      throw new IOException("the exporter " + registered.qualifiedId() + " failed: "
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
    }
  }
}
