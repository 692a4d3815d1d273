// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.store.CasebookRecovery;
import org.rapport.store.LoadResult;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/** The recovery copies of an open casebook, one file per document in {@code .recovery/}, sealed as the documents are. */
final class RecoveryCopies implements CasebookRecovery {

  /** Unsaved changes of open documents, kept here until they are saved or discarded. */
  static final String FOLDER = ".recovery";

  private final OpenCasebookImpl casebook;

  RecoveryCopies(OpenCasebookImpl casebook) {
    this.casebook = casebook;
  }

  @Override
  public void keep(Document document) throws StoreException {
    casebook.refuseIfReadOnly();
    if (casebook.entry(document.getId()) == null) {
      throw new StoreException("The document " + document.getId() + " is not in this casebook; it was not kept for recovery.");
    }
    Path file = fileOf(document.getId());
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StoreException("Could not create the recovery folder " + file.getParent() + ": " + e.getMessage(), e);
    }
    casebook.writeCurrent(document, file, "Could not keep unsaved changes of " + document.getId() + " for recovery", 0);
  }

  @Override
  public List<DocumentEntry> recoverable() {
    List<DocumentEntry> found = new ArrayList<>();
    for (DocumentEntry entry : casebook.allEntries()) {
      if (Files.isRegularFile(fileOf(entry.getDocumentId()))) {
        found.add(entry);
      }
    }
    found.sort(Comparator.comparing(DocumentEntry::getDocumentId));
    return found;
  }

  @Override
  public LoadResult load(DocumentEntry entry) {
    Path file = fileOf(entry.getDocumentId());
    try {
      Document document = casebook.read(file);
      String outdated = FormatVersions.bringUpToDate(document);
      if (outdated != null || !entry.getDocumentId().equals(document.getId())) {
        return LoadResult.failed(new StoreProblem(file, outdated != null ? outdated : "the recovered file holds another document"));
      }
      return LoadResult.of(document);
    } catch (SafeXmi.UnreadableException e) {
      return LoadResult.failed(new StoreProblem(file, e.line(), e.getMessage()));
    }
  }

  @Override
  public void drop(String documentId) {
    if (documentId != null && !casebook.readOnly()) {
      Path file = fileOf(documentId);
      OpenCasebookImpl.deleteQuietly(file);
      OpenCasebookImpl.deleteQuietly(AtomicFile.backupOf(file));
    }
  }

  @Override
  public void dropAll() {
    if (casebook.readOnly()) {
      return;
    }
    Path recovery = casebook.folder().resolve(FOLDER);
    if (Files.isDirectory(recovery)) {
      try (Stream<Path> files = Files.list(recovery)) {
        files.forEach(OpenCasebookImpl::deleteQuietly);
      } catch (IOException e) {
        // what is left is offered again at the next start, which is safe
      }
      OpenCasebookImpl.deleteQuietly(recovery);
    }
  }

  /** Where the copy of {@code documentId} is kept. */
  Path fileOf(String documentId) {
    return casebook.folder().resolve(FOLDER).resolve(String.valueOf(documentId).replaceAll("[^A-Za-z0-9._-]", "_") + ".xmi");
  }
}
