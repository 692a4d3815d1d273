// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.RapportFactory;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * The casebook store on XMI files, registered as a DS service: clients (the workbench, the check
 * command) ask for {@link CasebookStore} and never construct it. Its methods return the
 * implementation's own type, so that tests reach its hooks without a cast.
 */
@Component(service = CasebookStore.class)
public class XmiCasebookStore implements CasebookStore {

  private final SafeXmi xmi = new SafeXmi();

  @Override
  public OpenCasebookImpl open(Path folder) throws StoreException {
    return open(folder, null);
  }

  @Override
  public OpenCasebookImpl open(Path folder, char[] passphrase) throws StoreException {
    return openWith(folder, () -> sealing(folder, passphrase));
  }

  @Override
  public OpenCasebookImpl openAs(Path folder, Signer holder) throws StoreException {
    return openWith(folder, () -> sealing(folder, holder));
  }

  /** How an opening reaches the casebook's key. */
  @FunctionalInterface
  private interface KeySource {
    Unlocked unlock() throws StoreException;
  }

  /**
   * The key of a casebook (null: plain), and the key pair of the person whose wrap gave it (null:
   * the casebook's passphrase did), kept while the casebook is open to follow a move to a new key.
   */
  private record Unlocked(Sealing sealing, java.security.KeyPair holder) {
    static final Unlocked PLAIN = new Unlocked(null, null);
  }

  private OpenCasebookImpl openWith(Path folder, KeySource key) throws StoreException {
    Path index = indexOf(folder);
    CasebookLock lock = CasebookLock.acquire(folder);
    try {
      try {
        Rekeying.recover(folder);   // a change of passphrase cut short by a crash is finished or undone first
      } catch (IOException e) {
        throw new StoreException("The casebook " + folder + " was changing its passphrase when Rapport stopped, and that could not be"
            + " completed (" + e.getMessage() + "). Nothing was changed further; ask your administrator.", e);
      }
      Unlocked unlocked = key.unlock();
      Sealing sealing = unlocked.sealing();
      List<StoreProblem> problems = new ArrayList<>();
      Casebook casebook = readIndex(index, problems, sealing, folder);
      OpenCasebookImpl open = new OpenCasebookImpl(folder, casebook, problems, lock, xmi, sealing);
      open.openedBy(unlocked.holder());
      reportIfOlderThanSeen(open);   // before this opening adds an entry to the trail
      try {
        open.record(null, "open", null, null);
      } catch (StoreException e) {
        open.addProblem(new StoreProblem(folder.resolve(AuditLog.FILE), e.getMessage()));   // the casebook still opens
      }
      return open;
    } catch (StoreException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  @Override
  public OpenCasebookImpl openForReading(Path folder) throws StoreException {
    return openForReading(folder, null);
  }

  @Override
  public OpenCasebookImpl openForReading(Path folder, char[] passphrase) throws StoreException {
    return openForReadingWith(folder, () -> sealing(folder, passphrase));
  }

  @Override
  public OpenCasebookImpl openForReadingAs(Path folder, Signer holder) throws StoreException {
    return openForReadingWith(folder, () -> sealing(folder, holder));
  }

  private OpenCasebookImpl openForReadingWith(Path folder, KeySource key) throws StoreException {
    // reading writes nothing, so it cannot finish or undo a change of passphrase cut short; half the
    // files would be under one key and half under the other
    if (Files.exists(folder.resolve(Rekeying.COMMIT)) || Files.exists(folder.resolve(Rekeying.NEW_KEY))) {
      throw new StoreException("The casebook " + folder + " was changing its passphrase when Rapport stopped. Open it in Rapport"
          + " (File > Open Casebook) to finish or undo that change; it cannot be read before.");
    }
    Unlocked unlocked = key.unlock();
    Sealing sealing = unlocked.sealing();
    List<StoreProblem> problems = new ArrayList<>();
    Casebook casebook = readIndex(indexOf(folder), problems, sealing, folder);
    OpenCasebookImpl open = new OpenCasebookImpl(folder, casebook, problems, null, xmi, sealing);
    open.openedBy(unlocked.holder());
    reportIfOlderThanSeen(open);
    return open;
  }

  private static void reportIfOlderThanSeen(OpenCasebookImpl open) {
    String older = open.olderThanSeen();
    if (older != null) {
      open.addProblem(new StoreProblem(open.folder().resolve(AuditLog.FILE), older));
    }
  }

  /** The key file of an encrypted casebook; null for a plain casebook. */
  private static Path keyFileOf(Path folder) throws StoreException {
    Path keyFile = folder.resolve(KeyFile.FILE);
    if (!Files.isRegularFile(keyFile)) {
      if (EncryptedCasebooks.remembers(folder)) {
        throw new StoreException("The casebook " + folder + " was encrypted when this workstation last opened it, but its key file "
            + KeyFile.FILE + " is gone. It was not opened as a plain casebook, which would trust files anyone could have put there."
            + " Put " + KeyFile.FILE + " back from a backup of the casebook.");
      }
      return null;
    }
    return keyFile;
  }

  /** The key of an encrypted casebook from the wrap made for {@code holder}'s key; null for a plain casebook. */
  private static Unlocked sealing(Path folder, Signer holder) throws StoreException {
    Path keyFile = keyFileOf(folder);
    if (keyFile == null) {
      return Unlocked.PLAIN;
    }
    if (holder == null) {
      throw new org.rapport.store.PassphraseException("The casebook " + folder.getFileName() + " is encrypted; sign in to open it"
          + " with your own key, or open it with its passphrase.", false);
    }
    try {
      Sealing sealing = KeyFile.read(keyFile).unlock(holder.keyPair());
      if (sealing == null) {
        throw new org.rapport.store.PassphraseException("The casebook " + folder.getFileName() + " is encrypted and not shared with "
            + holder.person().getId() + "'s key: its owner's workstation wraps its key for the people whose keys the owner endorsed,"
            + " at its next sync. Until then it opens with its passphrase.", true);
      }
      EncryptedCasebooks.remember(folder);
      return new Unlocked(sealing, holder.keyPair());
    } catch (IOException e) {
      throw new StoreException("The casebook " + folder + " cannot be opened: " + e.getMessage() + ".", e);
    }
  }

  /** The key of an encrypted casebook from its passphrase, or that of a person it is wrapped for. */
  private static Unlocked sealing(Path folder, char[] passphrase) throws StoreException {
    Path keyFile = keyFileOf(folder);
    if (keyFile == null) {
      return Unlocked.PLAIN;
    }
    if (passphrase == null || passphrase.length == 0) {
      throw new org.rapport.store.PassphraseException("The casebook " + folder.getFileName() + " is encrypted; it opens with its passphrase.", false);
    }
    try {
      KeyFile key = KeyFile.read(keyFile);
      Sealing sealing = key.unlock(passphrase);
      Unlocked unlocked = sealing != null ? new Unlocked(sealing, null) : unlockAsHolder(folder, key, passphrase);
      if (unlocked == null) {
        throw new org.rapport.store.PassphraseException("Wrong passphrase for the casebook " + folder.getFileName()
            + (key.holders().isEmpty() ? "." : ": neither the casebook's passphrase nor that of anyone it is shared with."), true);
      }
      EncryptedCasebooks.remember(folder);
      return unlocked;
    } catch (IOException e) {
      throw new StoreException("The casebook " + folder + " cannot be opened: " + e.getMessage() + ".", e);
    }
  }

  /**
   * The casebook key unwrapped by the person with access whose own key file here opens with
   * {@code passphrase}; null when there is none. Each key file tried costs one Argon2id run.
   */
  private static Unlocked unlockAsHolder(Path folder, KeyFile key, char[] passphrase) {
    for (String personId : key.holders()) {
      Path file = folder.resolve(PersonKeys.FOLDER).resolve(personId + ".key");
      if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        java.security.KeyPair keys = PersonKeyFile.read(Files.readAllBytes(file), "The key file " + file).open(passphrase);
        Sealing sealing = keys == null ? null : key.unlock(personId, keys);
        if (sealing != null) {
          return new Unlocked(sealing, keys);
        }
      } catch (IOException damaged) {
        // a damaged key file opens nothing; the next holder's may
      }
    }
    return null;
  }

  @Override
  public Catalogue readCatalogue(Path file) throws StoreException {
    try {
      return current(xmi.read(file, Catalogue.class, xmi.newResourceSet()), file);
    } catch (SafeXmi.UnreadableException e) {
      throw new StoreException("The catalogue " + file + " cannot be used: " + e.getMessage() + ".");
    }
  }

  @Override
  public Catalogue readCatalogue(java.io.InputStream in, String name) throws StoreException {
    try {
      return current(xmi.read(in, name, Catalogue.class, xmi.newResourceSet()), Path.of(lastSegment(name)));
    } catch (SafeXmi.UnreadableException e) {
      throw new StoreException("The catalogue " + name + " cannot be used: " + e.getMessage() + ".");
    }
  }

  @Override
  public <T extends EObject> T readIncoming(byte[] bytes, String name, Class<T> type) throws StoreException {
    if (Sealing.isSealed(bytes)) {
      throw new StoreException(name + " cannot be used: it is sealed, and only plain content is read from outside a casebook.");
    }
    try {
      return current(xmi.read(new java.io.ByteArrayInputStream(bytes), name, type, xmi.newResourceSet()), Path.of(lastSegment(name)));
    } catch (SafeXmi.UnreadableException e) {
      throw new StoreException(name + " cannot be used: " + e.getMessage() + ".");
    }
  }

  @Override
  public byte[] toBytes(EObject root) throws StoreException {
    EObject written = EcoreUtil.copy(root);
    FormatVersions.setVersion(written, FormatVersions.CURRENT);
    try {
      return xmi.write(written, Path.of("content.xmi"));
    } catch (java.io.IOException | RuntimeException e) {
      throw new StoreException("The content could not be turned into XML (" + e.getMessage() + ").", e);
    }
  }

  /** The file name at the end of a path or URI, for messages that name only the file. */
  private static String lastSegment(String name) {
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return last.isEmpty() ? "catalogue" : last.replace(':', '_');
  }

  private static Path indexOf(Path folder) throws StoreException {
    Path index = folder.resolve(INDEX_FILE);
    if (!Files.isDirectory(folder)) {
      throw new StoreException("There is no folder " + folder + ".");
    }
    if (!CasebookFolders.isCasebook(folder)) {
      throw new StoreException("The folder " + folder + " is not a Rapport casebook: it has no " + INDEX_FILE + ".");
    }
    // the index, its backup, the key file and the audit trail are read and written by name: none may lead elsewhere
    try (Stream<Path> top = Files.list(folder)) {
      Path link = top.filter(Files::isSymbolicLink).findFirst().orElse(null);
      if (link != null) {
        throw new StoreException("The casebook " + folder + " was not opened: " + link.getFileName()
            + " in it is a symbolic link, and Rapport never follows links inside a casebook. Replace the link by the file itself.");
      }
    } catch (IOException e) {
      throw new StoreException("The casebook folder " + folder + " cannot be listed: " + e.getMessage(), e);
    }
    return index;
  }

  @Override
  public OpenCasebookImpl create(Path folder, String title) throws StoreException {
    return create(folder, title, null);
  }

  @Override
  public OpenCasebookImpl create(Path folder, String title, char[] passphrase) throws StoreException {
    String weakness = passphrase == null ? null : org.rapport.store.CasebookSigning.weakness(passphrase);
    if (weakness != null) {
      throw new StoreException(weakness + " The casebook was not created.");
    }
    requireEmpty(folder);
    CasebookLock lock = CasebookLock.acquire(folder);
    Sealing sealing = null;
    if (passphrase != null) {
      Sealing[] key = new Sealing[1];
      try {
        AtomicFile.write(folder.resolve(KeyFile.FILE), KeyFile.create(passphrase, key).bytes(), AtomicFile.StepListener.NONE);
      } catch (IOException e) {
        lock.close();
        throw new StoreException("Could not write the key file of the new casebook in " + folder + ": " + e.getMessage(), e);
      }
      sealing = key[0];
    }
    return createWith(folder, title, lock, sealing);
  }

  @Override
  public OpenCasebookImpl createSealed(Path folder, String title, byte[] keyFile, java.util.Map<String, byte[]> personKeyFiles,
      char[] passphrase) throws StoreException {
    try {
      KeyFile.read(keyFile, "the lab's " + KeyFile.FILE);
      for (var person : personKeyFiles.entrySet()) {
        if (!PersonKeys.SAFE_ID.matcher(person.getKey()).matches()) {
          throw new StoreException("The lab's casebook has a key file for " + person.getKey() + ", which cannot name a file; it was not cloned.");
        }
        PersonKeyFile.read(person.getValue(), "the lab's key file of " + person.getKey());
      }
    } catch (IOException e) {
      throw new StoreException("The lab's casebook was not cloned: " + e.getMessage() + ".", e);
    }
    requireEmpty(folder);
    List<Path> written = new ArrayList<>();
    try {
      for (var person : personKeyFiles.entrySet()) {
        Path file = folder.resolve(PersonKeys.FOLDER).resolve(person.getKey() + ".key");
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, person.getValue(), AtomicFile.StepListener.NONE);
        written.add(file);
      }
      AtomicFile.write(folder.resolve(KeyFile.FILE), keyFile, AtomicFile.StepListener.NONE);
      written.add(folder.resolve(KeyFile.FILE));
      Unlocked unlocked = sealing(folder, passphrase);
      CasebookLock lock = CasebookLock.acquire(folder);
      OpenCasebookImpl created = createWith(folder, title, lock, unlocked.sealing());
      created.openedBy(unlocked.holder());
      return created;
    } catch (IOException | StoreException e) {
      for (Path file : written) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // the caller removes the whole folder of a failed clone
        }
      }
      if (e instanceof StoreException store) {
        throw store;
      }
      throw new StoreException("The lab's casebook could not be written to " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void requireEmpty(Path folder) throws StoreException {
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
  }

  private OpenCasebookImpl createWith(Path folder, String title, CasebookLock lock, Sealing sealing) throws StoreException {
    Casebook casebook = RapportFactory.eINSTANCE.createCasebook();
    casebook.setId(UUID.randomUUID().toString());
    casebook.setTitle(title);
    casebook.setFormatVersion(FormatVersions.CURRENT);
    // in a resource, as an opened index is, so that ID lookups and editing domains work the same
    xmi.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(folder.resolve(INDEX_FILE).toString()))
        .getContents().add(casebook);
    OpenCasebookImpl open = new OpenCasebookImpl(folder, casebook, List.of(), lock, xmi, sealing);
    try {
      open.saveIndex();
      open.record(null, "create casebook", null, title);
    } catch (StoreException e) {
      open.close();
      throw e;
    }
    return open;
  }

  private Casebook readIndex(Path index, List<StoreProblem> problems, Sealing sealing, Path folder) throws StoreException {
    String damage;
    try {
      return current(xmi.read(index, Casebook.class, xmi.newResourceSet(), sealing, INDEX_FILE), index);
    } catch (SafeXmi.UnreadableException e) {
      damage = e.getMessage();
    }
    Path backup = AtomicFile.backupOf(index);
    try {
      Casebook casebook;
      try {
        casebook = current(xmi.read(backup, Casebook.class, xmi.newResourceSet(), sealing, INDEX_FILE + ".bak"), backup);
      } catch (SafeXmi.UnreadableException ownName) {
        casebook = current(xmi.read(backup, Casebook.class, xmi.newResourceSet(), sealing, INDEX_FILE), backup);   // sealed before backups had names of their own
      }
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
