// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.rapport.extension.Exporter;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * Runs an institution's {@link Exporter} on every document of a casebook and writes its file
 * atomically: a failing exporter or a full disk leaves no half-written file where the user looks.
 * Shared by {@code rapport export} and Casebook > Export With...
 */
public final class CasebookExport {

  /**
   * What was exported.
   *
   * @param unreadable the documents that could not be read and were left out
   */
  public record Result(Path file, int documents, List<StoreProblem> unreadable) {
  }

  private CasebookExport() {
  }

  /**
   * Reads every document, hands them to the exporter and moves its file into place.
   *
   * @param progress told after each document read; may stop the export (nothing is then written)
   * @throws IOException when the file cannot be written or the exporter fails; {@code target} is untouched
   * @throws InterruptedException when {@code progress} stopped it
   */
  public static Result write(OpenCasebook open, Exporter exporter, Path target, CasebookCheck.Progress progress)
      throws IOException, InterruptedException {
    List<DocumentEntry> entries = open.entries(EnumSet.allOf(DocumentKind.class));
    List<Document> documents = new ArrayList<>();
    List<StoreProblem> unreadable = new ArrayList<>();
    for (DocumentEntry entry : entries) {
      LoadResult loaded = open.load(entry);
      if (loaded.ok()) {
        documents.add(loaded.document());
      } else {
        unreadable.add(loaded.problem());
      }
      if (!progress.checked(documents.size() + unreadable.size(), entries.size())) {
        throw new InterruptedException("export stopped");
      }
    }
    Path file = target.toAbsolutePath().normalize();
    Path folder = file.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        exporter.export(open.index(), List.copyOf(documents), out);
      } catch (RuntimeException | LinkageError e) {
        // an institution's code failed: say whose, and keep the failure from reaching the caller as a crash
        throw new IOException("the exporter " + nameOf(exporter) + " failed: "
            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return new Result(file, documents.size(), List.copyOf(unreadable));
  }

  /**
   * Records a written export in the casebook's audit trail, as every export that leaves the lab
   * is recorded.
   *
   * @throws StoreException when the casebook was opened for reading only, or the trail cannot be written
   */
  public static void audit(OpenCasebook open, Exporter exporter, Result result, String actorId) throws StoreException {
    open.audit().record(actorId, "export", null, nameOf(exporter) + " of " + result.documents() + " documents to " + result.file().getFileName());
  }

  /** {@code institution/id}, also for an exporter that fails to say (the registry's never does). */
  private static String nameOf(Exporter exporter) {
    try {
      return exporter.institution() + "/" + exporter.id();
    } catch (RuntimeException | LinkageError e) {
      return exporter.getClass().getName();
    }
  }
}
