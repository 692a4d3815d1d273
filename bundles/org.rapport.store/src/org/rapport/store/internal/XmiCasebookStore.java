package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.RapportFactory;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/** The casebook store on XMI files. Registered as a DS component (OSGI-INF/org.rapport.store.xml). */
public class XmiCasebookStore implements CasebookStore {

  private final SafeXmi xmi = new SafeXmi();

  @Override
  public OpenCasebook open(Path folder) throws StoreException {
    Path index = indexOf(folder);
    CasebookLock lock = CasebookLock.acquire(folder);
    try {
      List<StoreProblem> problems = new ArrayList<>();
      Casebook casebook = readIndex(index, problems);
      return new OpenCasebookImpl(folder, casebook, problems, lock, xmi);
    } catch (StoreException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public OpenCasebook openForReading(Path folder) throws StoreException {
    List<StoreProblem> problems = new ArrayList<>();
    Casebook casebook = readIndex(indexOf(folder), problems);
    return new OpenCasebookImpl(folder, casebook, problems, null, xmi);
  }

  @Override
  public Catalogue readCatalogue(Path file) throws StoreException {
    try {
      return current(xmi.read(file, Catalogue.class, xmi.newResourceSet()), file);
    } catch (SafeXmi.UnreadableException e) {
      throw new StoreException("The catalogue " + file + " cannot be used: " + e.getMessage() + ".");
    }
  }

  private static Path indexOf(Path folder) throws StoreException {
    Path index = folder.resolve(INDEX_FILE);
    if (!Files.isDirectory(folder)) {
      throw new StoreException("There is no folder " + folder + ".");
    }
    if (!CasebookFolders.isCasebook(folder)) {
      throw new StoreException("The folder " + folder + " is not a Rapport casebook: it has no " + INDEX_FILE + ".");
    }
    return index;
  }

  @Override
  public OpenCasebook create(Path folder, String title) throws StoreException {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> content = Files.list(folder)) {
        if (content.anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
          throw new StoreException("The folder " + folder + " is not empty; a new casebook needs an empty folder.");
        }
      }
    } catch (IOException e) {
      throw new StoreException("Could not create the casebook folder " + folder + ": " + e.getMessage(), e);
    }
    CasebookLock lock = CasebookLock.acquire(folder);
    Casebook casebook = RapportFactory.eINSTANCE.createCasebook();
    casebook.setId(UUID.randomUUID().toString());
    casebook.setTitle(title);
    casebook.setFormatVersion(FormatVersions.CURRENT);
    // in a resource, as an opened index is, so that ID lookups and editing domains work the same
    xmi.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(folder.resolve(INDEX_FILE).toString()))
        .getContents().add(casebook);
    OpenCasebookImpl open = new OpenCasebookImpl(folder, casebook, List.of(), lock, xmi);
    try {
      open.saveIndex();
    } catch (StoreException e) {
      open.close();
      throw e;
    }
    return open;
  }

  private Casebook readIndex(Path index, List<StoreProblem> problems) throws StoreException {
    String damage;
    try {
      return current(xmi.read(index, Casebook.class, xmi.newResourceSet()), index);
    } catch (SafeXmi.UnreadableException e) {
      damage = e.getMessage();
    }
    Path backup = AtomicFile.backupOf(index);
    try {
      Casebook casebook = current(xmi.read(backup, Casebook.class, xmi.newResourceSet()), backup);
      problems.add(new StoreProblem(index, "the index could not be read (" + damage + "); its backup from "
          + Files.getLastModifiedTime(backup) + " was used instead, so the latest changes to the list of clients and sessions may be missing. The damaged file was left as it is"));
      return casebook;
    } catch (SafeXmi.UnreadableException | IOException e) {
      throw new StoreException("The casebook index " + index + " cannot be read: " + damage + ".");
    }
  }

  private static <T extends EObject> T current(T root, Path file) throws SafeXmi.UnreadableException {
    String problem = FormatVersions.bringUpToDate(root);
    if (problem != null) {
      throw new SafeXmi.UnreadableException(problem + " (" + file.getFileName() + ")");
    }
    return root;
  }
}
