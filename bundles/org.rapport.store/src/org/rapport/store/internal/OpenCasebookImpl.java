// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.operations.Agreements;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.CasebookAudit;
import org.rapport.store.CasebookRecovery;
import org.rapport.store.CasebookSearch;
import org.rapport.store.OpenCasebook;
import org.rapport.store.IncomingDocument;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;
import org.rapport.model.time.Dates;

/** A casebook held open: its index in memory, documents read on demand, each in its own resource set. */
public final class OpenCasebookImpl implements OpenCasebook {

  /** Ids and client codes become folder and file names: letters, digits, dot, dash, underscore, not starting with a dot. */
  private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

  private final Path folder;
  private final Casebook index;
  private final List<StoreProblem> problems;
  private final CasebookLock lock;
  private final SafeXmi xmi;
  private final Map<String, DocumentEntry> entries = new HashMap<>();
  private final IndexJournal journal;
  private final AuditLog audit;
  /** Who signs the trail entries recorded in their name: the person signed in, or null. */
  private volatile org.rapport.model.signing.Signer trailSigner;
  /** The key pair that unwrapped the casebook key for its holder, kept to follow a new key; null when the casebook's passphrase opened it. */
  private volatile java.security.KeyPair holderKeys;
  /** The key of an encrypted casebook (null: plain); replaced when the passphrase changes. */
  private volatile Sealing sealing;
  private final RecoveryCopies recovery = new RecoveryCopies(this);
  private final CasebookSearch search = new FileSearch(this);
  private final CasebookAudit auditTrail = new SealedAuditTrail(this);
  private final Passphrase keys = new Passphrase(this);
  final SharedKey shared = new SharedKey(this);
  private final PersonKeys signing = new PersonKeys(this);
  /** The key file as read while the casebook was reachable; null until first needed, and after a change of passphrase. */
  private KeyFile keyFile;
  private AtomicFile.StepListener steps = AtomicFile.StepListener.NONE;
  private int documentsRead;
  private boolean closed;
  /** The index on disk lags the one in memory (its last write failed): the next save writes it whole. */
  private boolean indexBehind;

  /** {@code lock} is null for a casebook opened for reading only: it then refuses every save. */
  OpenCasebookImpl(Path folder, Casebook index, List<StoreProblem> problems, CasebookLock lock, SafeXmi xmi, Sealing sealing) {
    this.folder = folder.toAbsolutePath().normalize();
    this.sealing = sealing;
    this.index = index;
    List<StoreProblem> found = new ArrayList<>(problems);
    this.lock = lock;
    this.xmi = xmi;
    for (ClientCase client : index.getClients()) {
      client.getAgreements().forEach(entry -> entries.put(entry.getDocumentId(), entry));
      for (Session session : client.getSessions()) {
        session.getDocuments().forEach(entry -> entries.put(entry.getDocumentId(), entry));
      }
    }
    journal = new IndexJournal(this.folder, () -> this.sealing);
    audit = new AuditLog(this.folder, () -> this.sealing, () -> this.trailSigner);
    int damaged = journal.replay(entries);
    if (damaged > 0) {
      found.add(new StoreProblem(this.folder.resolve(IndexJournal.FILE), damaged + (damaged == 1 ? " record" : " records")
          + " of recent index changes could not be read (perhaps cut short by a crash) and were skipped; the documents"
          + " themselves are whole, and the list shows their state as of their previous save"));
    }
    this.problems = new java.util.concurrent.CopyOnWriteArrayList<>(found);
    if (sealing != null) {
      try {
        keyFile = KeyFile.read(this.folder.resolve(KeyFile.FILE));
      } catch (IOException e) {
        keyFile = null;   // read again when the passphrase is next checked
      }
    }
  }

  /** The entry of {@code documentId}, or null when the casebook has no such document. */
  DocumentEntry entry(String documentId) {
    return entries.get(documentId);
  }

  /** Every document's entry, in no particular order. */
  java.util.Collection<DocumentEntry> allEntries() {
    return entries.values();
  }

  /**
   * Why this casebook is older than when this workstation last worked in it, or null: its trail
   * ends before the entry this workstation saw (the whole casebook put back from a backup), or it
   * was found so before and no administrator accepted the restore. Reads only the trail's end.
   */
  String olderThanSeen() {
    if (index.getId() == null) {
      return null;
    }
    SeenTrails.Seen seen = SeenTrails.of(index.getId(), folder);
    String anchor = audit.anchor();
    if (seen != null && anchor == null && (index.getAuditAnchor() == null || index.getAuditAnchor().isBlank())) {
      // no trail, and an index that never anchored one: a fresh copy (the demo again), not a casebook put back
      SeenTrails.forget(index.getId(), folder);
      return null;
    }
    long now = SeenTrails.sequence(anchor);
    if (seen == null || !seen.behind() && now >= seen.sequence()) {
      return null;
    }
    SeenTrails.markBehind(index.getId(), folder, seen);
    return "the casebook is older than when this workstation last worked in it: its audit trail had reached entry " + seen.sequence()
        + (now < seen.sequence() ? ", but it now ends at entry " + now : " before the casebook was found put back")
        + ". The whole casebook was put back from an older backup, or its trail cut back, so work done since is not in it."
        + " If a backup was restored on purpose, an administrator accepts it with: rapport audit accept-restore " + folder;
  }

  /** What is wrong when {@code entries}, the whole trail, no longer hold the entry this workstation saw, or empty. */
  Optional<String> trailSeenHere(List<org.rapport.store.AuditEntry> entries) {
    SeenTrails.Seen seen = index.getId() == null ? null : SeenTrails.of(index.getId(), folder);
    if (seen == null) {
      return Optional.empty();
    }
    return AuditLog.holds(entries, seen.anchor(), "this workstation")
        .or(() -> seen.behind() ? Optional.of("this workstation found the casebook put back to an older state, and no administrator"
            + " has accepted the restore (rapport audit accept-restore)") : Optional.empty());
  }

  /** Signs the trail entries recorded in {@code signer}'s name from now on; null stops. */
  /** The person signed in, or null. */
  org.rapport.model.signing.Signer trailSigner() {
    return trailSigner;
  }

  /** The key pair of the person whose wrap opened this casebook (with their passphrase or signed in), or null. */
  java.security.KeyPair holderKeys() {
    return holderKeys;
  }

  void openedBy(java.security.KeyPair keys) {
    holderKeys = keys;
  }

  void recordAs(org.rapport.model.signing.Signer signer) {
    trailSigner = signer;
  }

  /** Takes the trail as it is now as what this workstation has seen, recording that an administrator accepted a restored backup. */
  void acceptRestore(String actorId) throws StoreException {
    refuseIfReadOnly();
    SeenTrails.Seen seen = index.getId() == null ? null : SeenTrails.of(index.getId(), folder);
    record(actorId, "accept restore", null, seen == null ? "nothing was seen here before"
        : "this workstation had seen entry " + seen.sequence() + "; the trail went on from entry " + SeenTrails.sequence(audit.anchor()));
    try {
      SeenTrails.accept(index.getId(), folder, audit.anchor());
    } catch (IOException e) {
      throw new StoreException("The restore was recorded in the trail, but " + e.getMessage() + ".", e);
    }
  }

  /** Reads a document file of this casebook (a recovery copy, say), opened with its key when sealed. */
  Document read(Path file) throws SafeXmi.UnreadableException {
    return xmi.read(file, Document.class, xmi.newResourceSet(), sealing, SafeXmi.nameIn(folder, file));
  }

  /** The key sealing the files, or null for a plain casebook. */
  Sealing sealing() {
    return sealing;
  }

  /** Lets tests interrupt saves between their steps. */
  public void setStepListener(AtomicFile.StepListener listener) {
    steps = listener;
  }

  @Override
  public Path folder() {
    return folder;
  }

  @Override
  public Casebook index() {
    return index;
  }

  @Override
  public List<StoreProblem> problems() {
    return List.copyOf(problems);
  }

  /** A problem found after the index was read (e.g. the audit trail could not record the opening). */
  void addProblem(StoreProblem problem) {
    problems.add(problem);
  }

  @Override
  public LoadResult load(DocumentEntry entry) {
    return load(entry, new int[1]);
  }

  /** {@link #load(DocumentEntry)}, telling in {@code formatOnDisk[0]} the format the file was written in. */
  private LoadResult load(DocumentEntry entry, int[] formatOnDisk) {
    Path file = folder.resolve(String.valueOf(entry.getFile())).normalize();
    String refused = entry.getFile() == null ? "the index names no file" : CasebookPaths.refusal(folder, file);
    if (refused != null) {
      return LoadResult.failed(new StoreProblem(file, refused + "; the file was not read"));
    }
    documentsRead++;
    try {
      byte[] bytes = xmi.bytesOf(file);
      Document document = xmi.read(bytes, file, Document.class, xmi.newResourceSet(), sealing, SafeXmi.nameIn(folder, file));
      formatOnDisk[0] = FormatVersions.versionOf(document);
      String outdated = FormatVersions.bringUpToDate(document);
      if (outdated != null) {
        return LoadResult.failed(new StoreProblem(file, outdated));
      }
      if (entry.getDocumentId() != null && !entry.getDocumentId().equals(document.getId())) {
        return LoadResult.failed(new StoreProblem(file, "the file holds document " + document.getId()
            + " where the index expects " + entry.getDocumentId()));
      }
      String stale = staleness(entry, bytes);
      if (stale != null) {
        return LoadResult.failed(new StoreProblem(file, stale));
      }
      return LoadResult.of(document);
    } catch (SafeXmi.UnreadableException e) {
      return LoadResult.failed(new StoreProblem(file, e.line(), e.getMessage()));
    }
  }

  /**
   * Why an encrypted document's file is refused as an older copy of itself, or null. A file newer
   * than the index expects is whole (the index lags after a crash cut its journal short): the index
   * catches up instead.
   */
  private String staleness(DocumentEntry entry, byte[] file) {
    if (sealing == null) {
      return null;
    }
    int found = Sealing.generationOf(file);   // of the bytes just opened: the seal vouches for it
    if (found < entry.getGeneration()) {
      return "the file is an older copy of this document (saved " + found + (found == 1 ? " time" : " times") + ", where the casebook"
          + " records " + entry.getGeneration() + " saves); it was put in place of the current file, perhaps from a backup, and was"
          + " not used. Recover the current version from a backup of the whole casebook, or ask the lab administrator";
    }
    if (found > entry.getGeneration()) {
      entry.setGeneration(found);
    }
    return null;
  }

  @Override
  public DocumentEntry save(Document document, String actorId) throws StoreException {
    return saveAll(List.of(document), actorId).get(0);
  }

  @Override
  public List<DocumentEntry> saveAll(List<? extends Document> documents, String actorId) throws StoreException {
    return write(documents, actorId, null, Map.of());
  }

  /** Documents rewritten per batch: each batch writes the index once, and holds this many documents in memory. */
  private static final int UPGRADE_BATCH = 200;

  @Override
  public FormatUpgrade upgradeFormat(String actorId, java.util.function.BiConsumer<Integer, Integer> progress) throws StoreException {
    refuseIfReadOnly();
    List<DocumentEntry> all = new ArrayList<>(allEntries());
    List<StoreProblem> unreadable = new ArrayList<>();
    List<Document> batch = new ArrayList<>();
    int rewritten = 0;
    for (int i = 0; i < all.size(); i++) {
      int[] formatOnDisk = new int[1];
      LoadResult loaded = load(all.get(i), formatOnDisk);   // with every check of an ordinary load
      if (!loaded.ok()) {
        unreadable.add(loaded.problem());
      } else if (formatOnDisk[0] < FormatVersions.CURRENT) {
        batch.add(loaded.document());
      }
      if (batch.size() == UPGRADE_BATCH || i == all.size() - 1) {
        if (!batch.isEmpty()) {
          Map<String, XMLGregorianCalendar> modified = new HashMap<>();
          batch.forEach(document -> modified.put(document.getId(), entries.get(document.getId()).getModified()));
          for (DocumentEntry saved : saveAll(batch, actorId)) {
            saved.setModified(modified.get(saved.getDocumentId()));   // a new format is no change of the document
            rewritten++;
          }
        }
        batch.clear();
      }
      progress.accept(i + 1, all.size());
    }
    saveIndex();   // the index, whatever its format was, is now written in the current one
    return new FormatUpgrade(rewritten, List.copyOf(unreadable));
  }

  @Override
  public DocumentEntry receive(Document document, byte[] bytes, String file, String actorId, String source) throws StoreException {
    String refused = receiveRefusal(document, file);
    if (refused != null) {
      throw new StoreException(refused);
    }
    IncomingDocument incoming = new IncomingDocument(document, bytes, file);
    return write(List.of(document), actorId, source == null ? "another workstation" : source, Map.of(document, incoming)).get(0);
  }

  @Override
  public Map<String, String> receiveAll(List<IncomingDocument> incoming, String actorId, String source) throws StoreException {
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    Map<Document, IncomingDocument> taken = new java.util.IdentityHashMap<>();
    List<Document> documents = new ArrayList<>();
    for (IncomingDocument each : incoming) {
      String refused = receiveRefusal(each.document(), each.file());
      if (refused != null) {
        refusals.put(each.file(), refused);
      } else {
        taken.put(each.document(), each);
        documents.add(each.document());
      }
    }
    if (documents.isEmpty()) {
      return refusals;
    }
    String from = source == null ? "another workstation" : source;
    if (documents.size() == 1) {
      write(documents, actorId, from, taken);
    } else {
      writeReceived(documents, taken, actorId, from);
    }
    return refusals;
  }

  /**
   * Puts many received documents in place as they came, flushing each file once and the folders,
   * the audit trail and the index once for all (a first clone brings thousands). When a file cannot
   * be put in place, the documents after it stay as they were and new ones are not listed. In an
   * encrypted casebook each is sealed here, one generation on, as a save would seal it.
   */
  private void writeReceived(List<Document> documents, Map<Document, IncomingDocument> received, String actorId, String from)
      throws StoreException {
    refuseIfReadOnly();
    refuseChangedAgreements(documents, "taken");
    Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    List<DocumentEntry> listed = new ArrayList<>();
    List<DocumentEntry> added = new ArrayList<>();
    Map<DocumentEntry, Integer> generations = new HashMap<>();
    for (Document document : documents) {
      DocumentEntry entry = entries.get(document.getId());
      if (entry == null) {
        entry = addEntry(document, received.get(document).file());
        added.add(entry);
      }
      listed.add(entry);
      Path file = fileOf(entry);
      byte[] bytes = received.get(document).bytes();
      if (sealing != null) {
        // the lab's bytes as they came, sealed here: every workstation then holds the same content
        int generation = entry.getGeneration() + 1;
        generations.put(entry, generation);
        bytes = sealing.seal(bytes, SafeXmi.nameIn(folder, file), generation);
      }
      files.put(file, bytes);
    }
    int written = files.size();
    StoreException failure = null;
    try {
      AtomicFile.writeAll(files, steps);
    } catch (AtomicFile.PartlyWritten e) {
      written = e.written();
      failure = new StoreException("Could not put the received documents in place (" + e.getMessage() + "); " + written
          + " of " + files.size() + " were. Check that the disk has room and sync again.", e);
    } catch (IOException e) {
      written = 0;
      failure = new StoreException("Could not put the received documents in place (" + e.getMessage()
          + "); none was written. Check that the disk has room and sync again.", e);
    }
    List<String[]> trail = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      DocumentEntry entry = listed.get(i);
      if (i < written) {
        if (generations.containsKey(entry)) {
          entry.setGeneration(generations.get(entry));
        }
        summarise(entry, documents.get(i));
        trail.add(new String[] {actorId, "receive", entry.getDocumentId(), from});
      } else if (added.contains(entry)) {
        EcoreUtil.remove(entry);   // never list a document whose file was not written
        entries.remove(entry.getDocumentId());
      }
    }
    try {
      audit.appendAll(trail);
    } catch (IOException e) {
      StoreException unrecorded = new StoreException("The audit trail of " + folder + " could not be written (" + e.getMessage()
          + "); the received documents are saved, but not recorded. Check the disk and try again.", e);
      if (failure == null) {
        failure = unrecorded;
      } else {
        failure.addSuppressed(unrecorded);
      }
    }
    try {
      saveIndex();
    } catch (StoreException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Why a received document cannot be put at {@code file}, or null when it can. */
  private String receiveRefusal(Document document, String file) {
    if (document.getId() == null || !SAFE_NAME.matcher(document.getId()).matches() || document.getClientCode() == null
        || !SAFE_NAME.matcher(document.getClientCode()).matches()) {
      return "Document " + document.getId() + " of client " + document.getClientCode() + " was not taken: its id or client code"
          + " cannot be used in a file name.";
    }
    ClientCase client = index.getClients().stream().filter(c -> document.getClientCode().equals(c.getCode())).findFirst().orElse(null);
    String session = document instanceof SessionPlan plan ? plan.getSessionId()
        : document instanceof ReflectionNote note ? note.getSessionId() : null;
    if (client == null || !(document instanceof BoundaryAgreement)
        && client.getSessions().stream().noneMatch(s -> s.getId() != null && s.getId().equals(session))) {
      return "Document " + document.getId() + " was not taken: this casebook has no " + (client == null ? "client "
          + document.getClientCode() : "session " + session + " of client " + document.getClientCode()) + ".";
    }
    for (DocumentEntry other : entries.values()) {
      // one file, one document: also where a file system does not tell upper from lower case
      if (other.getFile() != null && other.getFile().equalsIgnoreCase(String.valueOf(file))
          && !other.getDocumentId().equals(document.getId())) {
        return "Document " + document.getId() + " was not taken: " + file + " is the file of document " + other.getDocumentId() + ".";
      }
    }
    String folderOfClient = "clients/" + document.getClientCode() + "/";
    Path resolved = file == null ? null : folder.resolve(file).normalize();
    if (file == null || !file.startsWith(folderOfClient) || !file.endsWith(".xmi") || file.contains("..")
        || CasebookPaths.refusal(folder, resolved) != null) {
      return "Document " + document.getId() + " was not taken: " + file + " is not a place for a document of client "
          + document.getClientCode() + ".";
    }
    DocumentEntry known = entries.get(document.getId());
    if (known != null && !file.equals(known.getFile())) {
      return "Document " + document.getId() + " was not taken: this casebook files it as " + known.getFile()
          + ", the other workstation as " + file + ".";
    }
    return null;
  }

  /** A signed text never changes on disk, whatever an editor, a script or another workstation does in memory. */
  private static void refuseChangedAgreements(List<? extends Document> documents, String what) throws StoreException {
    for (Document document : documents) {
      if (document instanceof BoundaryAgreement agreement) {
        Optional<String> changed = Agreements.verify(agreement);
        if (changed.isPresent()) {
          throw new StoreException("Agreement " + agreement.getId() + " was not " + what + ": its text no longer matches its signatures. "
              + changed.get());
        }
      }
    }
  }

  /**
   * Saves {@code documents}; {@code receivedFrom} is null for the user's own saves, else where they
   * came from, and {@code received} holds, for each received document, its place in the lab and its
   * bytes as they came.
   */
  private List<DocumentEntry> write(List<? extends Document> documents, String actorId, String receivedFrom,
      Map<Document, IncomingDocument> received) throws StoreException {
    refuseIfReadOnly();
    refuseChangedAgreements(documents, "saved");
    List<DocumentEntry> saved = new ArrayList<>(documents.size());
    boolean added = false;
    try {
      for (Document document : documents) {
        DocumentEntry entry = entries.get(document.getId());
        boolean isNew = entry == null;
        IncomingDocument came = received.get(document);
        if (isNew) {
          entry = addEntry(document, came == null ? null : came.file());
          added = true;
        }
        try {
          Path file = fileOf(entry);
          int generation = entry.getGeneration() + 1;
          if (came != null && sealing == null) {
            writeBytes(file, came.bytes(), "Could not save " + file);
          } else if (came != null) {
            // the lab's bytes as they came, sealed here: every workstation then holds the same content
            writeBytes(file, sealing.seal(came.bytes(), SafeXmi.nameIn(folder, file), generation), "Could not save " + file);
          } else {
            writeCurrent(document, file, "Could not save " + file, generation);   // a plain casebook ignores it
          }
          if (sealing != null) {
            entry.setGeneration(generation);
          }
        } catch (StoreException failure) {
          if (isNew) {
            // never list a document whose file was not written
            EcoreUtil.remove(entry);
            entries.remove(entry.getDocumentId());
          }
          throw failure;
        }
        summarise(entry, document);
        saved.add(entry);
        record(actorId, receivedFrom != null ? "receive" : isNew ? "create" : "update", document.getId(), receivedFrom);
      }
    } catch (StoreException failure) {
      try {
        saveIndex();   // the documents written before the failure stay listed
      } catch (StoreException alsoFailed) {
        failure.addSuppressed(alsoFailed);
      }
      throw failure;
    }
    if (added || indexBehind || saved.size() > 1 || journal.wantsCompaction()) {
      saveIndex();
    } else {
      try {
        for (DocumentEntry entry : saved) {
          journal.append(entry);
        }
      } catch (IOException e) {
        saveIndex();   // the journal could not take it: the whole index then
      }
    }
    return saved;
  }

  @Override
  public void saveIndex() throws StoreException {
    refuseIfReadOnly();
    Path file = folder.resolve(CasebookStore.INDEX_FILE);
    indexBehind = true;
    String anchor = audit.anchor();
    if (anchor != null) {
      index.setAuditAnchor(anchor);   // the trail must keep this entry from now on
    }
    writeCurrent(index, file, "Could not save the casebook index " + file, 0);
    indexBehind = false;
    if (index.getId() != null) {
      SeenTrails.advance(index.getId(), folder, anchor);   // outside the casebook, which a restored backup does not reach
    }
    try {
      journal.discard();
    } catch (IOException e) {
      // replaying it again onto the new index changes nothing: its records are in the index now
    }
  }

  /**
   * Writes a copy of {@code root} stamped with the current format, atomically. The copy keeps the
   * stamp off the caller's object, so an editor's undo history and dirty state are not touched. In
   * an encrypted casebook a document is sealed at {@code generation} (above 0), anything else without one.
   */
  void writeCurrent(EObject root, Path file, String failure, int generation) throws StoreException {
    EObject written = EcoreUtil.copy(root);
    FormatVersions.setVersion(written, FormatVersions.CURRENT);
    byte[] bytes;
    try {
      bytes = xmi.write(written, file);
    } catch (IOException | RuntimeException e) {
      // e.g. a control character pasted into a field, which XML 1.0 cannot hold
      throw new StoreException(failure + ": the document could not be turned into XML (" + e.getMessage()
          + "). The previous version of the file is unchanged.", e);
    }
    Sealing current = sealing;
    if (current != null) {
      String name = SafeXmi.nameIn(folder, file);   // plaintext never reaches the disk
      bytes = generation > 0 ? current.seal(bytes, name, generation) : current.seal(bytes, name);
    }
    writeBytes(file, bytes, failure);
  }

  /**
   * Keeps the sealed version a save replaces as its {@code .bak}, sealed again under the backup's
   * own name (with its generation), so that the backup put in place of the file does not open as it.
   * A file that does not open is kept byte for byte: a backup never loses what was there.
   */
  private void keepSealedUnderItsOwnName(Path target, Path backup) throws IOException {
    byte[] old = Files.readAllBytes(target);
    Sealing current = sealing;
    byte[] plain;
    try {
      plain = current.open(old, SafeXmi.nameIn(folder, target));
    } catch (Sealing.SealException e) {
      Files.copy(target, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    int generation = Sealing.generationOf(old);
    String name = SafeXmi.ownNameIn(folder, backup);
    Files.write(backup, generation > 0 ? current.seal(plain, name, generation) : current.seal(plain, name));
  }

  /** Writes {@code bytes} to {@code file} atomically; {@code failure} begins the message when it cannot. */
  private void writeBytes(Path file, byte[] bytes, String failure) throws StoreException {
    try {
      AtomicFile.write(file, bytes, steps, sealing == null ? AtomicFile.Backup.COPY : this::keepSealedUnderItsOwnName);
    } catch (IOException e) {
      throw new StoreException(failure + " (" + e.getMessage()
          + "). The previous version of the file is unchanged; check that the disk has room and try again.", e);
    }
  }

  /** The file of an entry, refused when the index names none or one outside the casebook folder. */
  private Path fileOf(DocumentEntry entry) throws StoreException {
    Path file = entry.getFile() == null ? null : folder.resolve(entry.getFile()).normalize();
    String refused = file == null ? "it names none" : CasebookPaths.refusal(folder, file);
    if (refused != null) {
      throw new StoreException("The casebook index names no usable file for document " + entry.getDocumentId()
          + " (" + entry.getFile() + ": " + refused + "); nothing was written. Run Check Casebook to find the damage.");
    }
    return file;
  }

  @Override
  public CasebookRecovery recovery() {
    return recovery;
  }

  @Override
  public CasebookSearch search() {
    return search;
  }

  @Override
  public CasebookAudit audit() {
    return auditTrail;
  }

  @Override
  public Passphrase keys() {
    return keys;
  }

  @Override
  public org.rapport.store.CasebookSigning signing() {
    return signing;
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover recovery file is offered again, never lost
    }
  }

  void refuseIfReadOnly() throws StoreException {
    if (lock == null) {
      throw new StoreException("The casebook " + folder + " was opened for reading only; nothing was saved.");
    }
    if (writesRefused != null) {
      throw new StoreException(writesRefused);
    }
    if (closed) {
      // its lock is released: another Rapport may have it open now (a sync that outlived the window, say)
      throw new StoreException("The casebook " + folder + " was closed; nothing was saved.");
    }
  }

  /**
   * Steps that cannot be undone and concern the whole casebook (its passphrase, deleting for good)
   * are its owner's alone, when it names one: a supervisor signed in to a trainee's casebook does
   * not take them.
   */
  private void refuseUnlessOwner(String actorId, String what) throws StoreException {
    org.rapport.model.Person owner = index.getOwner();
    if (owner != null && owner.eIsProxy()) {
      throw new StoreException("The casebook index names an owner outside the casebook, so no one may " + what + "; nothing was changed."
          + " Run Check Casebook to find the damage.");
    }
    if (owner != null && owner.getId() != null && !owner.getId().equals(actorId)) {
      String name = owner.getName() != null && !owner.getName().isBlank() ? owner.getName() : owner.getId();
      throw new StoreException("Only the casebook's owner, " + name + ", can " + what + "; nothing was changed.");
    }
  }

  /** Set when a change of passphrase stopped half-way: writing on with either key could lose data, so nothing is written. */
  private volatile String writesRefused;

  /** The plain text of a casebook file, opened when the casebook is encrypted; null when it cannot be read. */
  String plainText(Path file) {
    try {
      return new String(SafeXmi.unseal(Files.readAllBytes(file), sealing, SafeXmi.nameIn(folder, file)), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | SafeXmi.UnreadableException e) {
      return null;   // an unreadable file is reported when it is opened, not by a search
    }
  }

  @Override
  public List<DocumentEntry> entries(Set<DocumentKind> kinds) {
    List<DocumentEntry> candidates = new ArrayList<>();
    for (ClientCase client : index.getClients()) {
      client.getAgreements().stream().filter(entry -> kinds.contains(entry.getKind())).forEach(candidates::add);
      for (Session session : client.getSessions()) {
        session.getDocuments().stream().filter(entry -> kinds.contains(entry.getKind())).forEach(candidates::add);
      }
    }
    return candidates;
  }

  boolean encrypted() {
    return sealing != null;
  }

  boolean checkPassphrase(char[] passphrase) {
    try {
      if (keyFile == null) {
        keyFile = KeyFile.read(folder.resolve(KeyFile.FILE));
      }
      // the key file is kept from the first read: a drive that dropped while idle must not lock the user out
      return sealing != null && passphrase != null && keyFile.unlock(passphrase) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether {@code passphrase} opens the key file of the person signed in, else of the person whose
   * wrap opened the casebook: only that person's file is tried (one Argon2id run), so nobody else's
   * passphrase takes over their session.
   */
  boolean opensOwnKey(char[] passphrase) {
    org.rapport.model.signing.Signer signer = trailSigner;
    java.security.KeyPair who = signer != null ? signer.keyPair() : holderKeys;
    if (sealing == null || who == null || passphrase == null) {
      return false;
    }
    String publicKey = org.rapport.model.signing.Keys.encode(who.getPublic());
    for (org.rapport.model.Person person : index.getPeople()) {
      if (person.getId() != null && org.rapport.model.signing.Keys.keyOf(person, publicKey).isPresent()) {
        try {
          // the sign-in's own checks: the person's key file, holding the key the index lists for them
          return publicKey.equals(org.rapport.model.signing.Keys.encode(signing().signIn(person.getId(), passphrase).publicKey()));
        } catch (StoreException wrongOrUnreadable) {
          return false;
        }
      }
    }
    return false;
  }

  /** Changes the passphrase (see {@link CasebookKeys#changePassphrase}), stopped at {@code interruption} by tests as a crash would. */
  synchronized void changePassphrase(char[] passphrase, String actorId, RekeyInterruption interruption) throws StoreException {
    changePassphrase(passphrase, actorId, interruption, null);
  }

  /**
   * {@link #changePassphrase}, with the access the casebook keeps: that of {@code access} (a key file
   * changed in memory, with someone's access taken away), else that of the key file on disk.
   */
  synchronized void changePassphrase(char[] passphrase, String actorId, RekeyInterruption interruption, KeyFile access)
      throws StoreException {
    refuseIfReadOnly();
    refuseUnlessOwner(actorId, "change the passphrase");
    String weakness = org.rapport.store.CasebookSigning.weakness(passphrase);
    if (weakness != null) {
      throw new StoreException(weakness + " Nothing was changed.");
    }
    boolean wasEncrypted = sealing != null;
    try {
      saveIndex();   // the journal folds into the index first, so fewer files change
      KeyFile old = access != null ? access : wasEncrypted ? shared.read() : null;
      sealing = Rekeying.rekey(folder, sealing, passphrase, interruption, (fresh, to) -> shared.carry(old, fresh, to));
      keyFile = null;
      EncryptedCasebooks.remember(folder);
      shredLeftovers();
    } catch (IOException e) {
      try {
        Rekeying.recover(folder);   // finishes the change if every file was done, else undoes it
        if (Files.exists(folder.resolve(KeyFile.FILE))) {
          Sealing now = KeyFile.read(folder.resolve(KeyFile.FILE)).unlock(passphrase);
          if (now != null) {
            sealing = now;
          }
        }
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      if (Files.exists(folder.resolve(Rekeying.COMMIT)) || Files.exists(folder.resolve(Rekeying.NEW_KEY))) {
        // neither finished nor undone (a file held open by another program, say): the next opening completes it
        writesRefused = "The casebook's change of passphrase could not be completed, so nothing more is written to it now."
            + " Close the casebook (your unsaved changes stay in the editors until then) and open it again: opening completes the"
            + " change, after which the new passphrase opens it.";
        throw new StoreException("The passphrase could not be changed (" + e.getMessage() + "). " + writesRefused, e);
      }
      throw new StoreException("The passphrase could not be changed (" + e.getMessage() + "). The casebook is as it was and opens with "
          + (wasEncrypted ? "its old passphrase." : "no passphrase."), e);
    }
    record(actorId, wasEncrypted ? "change passphrase" : "encrypt", null, null);
  }

  /**
   * Moves the casebook to the key another workstation moved it to: {@code key}, its key file, and
   * {@code to}, the key it wraps for someone here. Atomic and resumable as a change of passphrase.
   */
  synchronized void moveToKey(KeyFile key, Sealing to, String actorId) throws StoreException {
    refuseIfReadOnly();
    try {
      saveIndex();
      Rekeying.moveTo(folder, sealing, key, to, RekeyInterruption.NONE);
      sealing = to;
      keyFile = null;
      shredLeftovers();
    } catch (IOException e) {
      try {
        Rekeying.recover(folder);   // finishes the move if every file was done, else undoes it
        if (KeyFile.read(folder.resolve(KeyFile.FILE)).opens(to)) {
          sealing = to;
        }
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw new StoreException("This copy could not move to the casebook's new key (" + e.getMessage() + "); it is under "
          + (sealing == to ? "the new key" : "its old key") + " and nothing in it was lost. Sync again.", e);
    }
    record(actorId, "follow new key", null, "generation " + key.generation());
  }

  @Override
  public void deleteSecurely(DocumentEntry entry, String reason, String actorId) throws StoreException {
    refuseIfReadOnly();
    refuseUnlessOwner(actorId, "delete documents for good");
    Path file = fileOf(entry);
    String id = entry.getDocumentId();
    try {
      Path recovered = recovery.fileOf(id);
      for (Path copy : List.of(file, AtomicFile.backupOf(file), recovered, AtomicFile.backupOf(recovered))) {
        shred(copy);
      }
    } catch (IOException e) {
      throw new StoreException("Could not delete " + file + " (" + e.getMessage() + "); the document is still listed.", e);
    }
    EcoreUtil.remove(entry);
    entries.remove(id);
    saveIndex();
    record(actorId, "delete", id, reason);
  }

  /**
   * A save cut short by a crash leaves its hidden temporary copy behind, which nothing reads again;
   * in a casebook being encrypted it holds a document in clear, so it goes (the passphrase change
   * itself is done by then, and one that cannot be removed is left for the next change).
   */
  private void shredLeftovers() {
    try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
      for (Path file : all.filter(Files::isRegularFile).filter(AtomicFile::isLeftOver).toList()) {
        try {
          shred(file);
        } catch (IOException e) {
          // left as it was: a leftover is never read
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // the folder could not be walked: nothing was removed, nothing is lost
    }
  }

  /** Overwrites a file with random bytes, flushes, and removes it (the copy on disk, not any the file system kept elsewhere). */
  private static void shred(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      // overwriting would overwrite what the link points at, which is not the casebook's
      throw new IOException(file.getFileName() + " is a symbolic link; Rapport never follows links inside a casebook");
    }
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    long size = Files.size(file);
    byte[] noise = new byte[(int) Math.min(size, 1 << 20)];
    java.security.SecureRandom random = new java.security.SecureRandom();
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      for (long written = 0; written < size; written += noise.length) {
        random.nextBytes(noise);
        channel.write(java.nio.ByteBuffer.wrap(noise, 0, (int) Math.min(noise.length, size - written)), written);
      }
      channel.force(true);
    }
    Files.delete(file);
  }

  /** Appends to the audit trail; a write that fails says so, and what was done stays done. */
  void record(String actorId, String action, String documentId, String detail) throws StoreException {
    try {
      audit.append(actorId, action, documentId, detail);
    } catch (IOException e) {
      throw new StoreException("The audit trail of " + folder + " could not be written (" + e.getMessage() + "); what was done is saved,"
          + " but not recorded. Check the disk and try again.", e);
    }
  }

  byte[] plainBytes(Path file) throws StoreException {
    Path resolved = file.toAbsolutePath().normalize();
    if (!resolved.startsWith(folder)) {
      throw new StoreException(file + " is not a file of the casebook " + folder + ".");
    }
    try {
      return SafeXmi.unseal(Files.readAllBytes(resolved), sealing, SafeXmi.nameIn(folder, resolved));
    } catch (IOException | SafeXmi.UnreadableException e) {
      throw new StoreException(file + " could not be read: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean readOnly() {
    return lock == null;
  }

  @Override
  public int documentsRead() {
    return documentsRead;
  }

  @Override
  public void close() {
    if (!closed) {
      if (lock != null) {
        // fold the journal into the index, and anchor the trail's newest entry in it; if this fails the
        // journal is replayed next time, and the anchor stays at an older entry the trail still holds
        // (not when opening met problems, such as a damaged index kept for inspection)
        if (journal.records() > 0 || problems.isEmpty() && !java.util.Objects.equals(audit.anchor(), index.getAuditAnchor())) {
          try {
            saveIndex();
          } catch (StoreException e) {
            // nothing is lost: the journal stays and is read at the next open
          }
        }
      }
      closed = true;   // from here every write is refused: the lock goes next
      if (lock != null) {
        lock.close();
      }
    }
  }

  /** Lists a new document, filed at {@code file}, or under its client by its id when that is null. */
  private DocumentEntry addEntry(Document document, String file) throws StoreException {
    DocumentEntry entry = RapportFactory.eINSTANCE.createDocumentEntry();
    entry.setDocumentId(document.getId());
    ClientCase client = index.getClients().stream().filter(c -> c.getCode() != null && c.getCode().equals(document.getClientCode()))
        .findFirst().orElseThrow(() -> new StoreException("The casebook has no client " + document.getClientCode()
            + "; add the client before saving a document for them."));
    if (!SAFE_NAME.matcher(client.getCode()).matches() || document.getId() == null || !SAFE_NAME.matcher(document.getId()).matches()) {
      throw new StoreException("The document id " + document.getId() + " or client code " + client.getCode()
          + " cannot be used in a file name; nothing was written.");
    }
    entry.setFile(file != null ? file : "clients/" + client.getCode() + "/" + document.getId() + ".xmi");
    if (document instanceof BoundaryAgreement) {
      entry.setKind(DocumentKind.AGREEMENT);
      client.getAgreements().add(entry);
    } else {
      String sessionId = document instanceof SessionPlan plan ? plan.getSessionId() : ((ReflectionNote) document).getSessionId();
      Session session = client.getSessions().stream().filter(s -> s.getId() != null && s.getId().equals(sessionId))
          .findFirst().orElseThrow(() -> new StoreException("The client " + client.getCode() + " has no session " + sessionId + "."));
      entry.setKind(document instanceof SessionPlan ? DocumentKind.PLAN : DocumentKind.REFLECTION);
      session.getDocuments().add(entry);
    }
    entries.put(document.getId(), entry);
    return entry;
  }

  private static void summarise(DocumentEntry entry, Document document) {
    entry.setModified(Dates.of(LocalDateTime.now().withNano(0)));
    switch (document) {
      case BoundaryAgreement agreement -> {
        entry.setStatus(agreement.getStatus().getLiteral());
        entry.setVersion(agreement.getVersion());
        entry.setReviewDate(agreement.getReviewDate());
      }
      case ReflectionNote note -> entry.setStatus(note.getStatus().getLiteral());
      default -> entry.setStatus("draft");
    }
  }
}
