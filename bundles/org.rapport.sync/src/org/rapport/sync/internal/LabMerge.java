// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jgit.lib.ObjectId;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Casebook;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.ReflectionNote;
import org.rapport.model.signing.AgreementUnion;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.NoteUnion;
import org.rapport.model.signing.StepChain;
import org.rapport.store.CasebookStore;
import org.rapport.store.IncomingDocument;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * Merges the lab's version of a casebook into this workstation's, file by file, and writes what it
 * takes through the store. For each file: what only the lab changed is taken (checked first: a
 * document must parse, sit where its id and client say, keep every signed step this side has, and
 * verify); what only this side changed stays; the index is merged object by object; a document both
 * sides changed is a conflict, kept here with the lab's version beside it under {@code conflicts/},
 * which travels too, so that no workstation loses either version and a person chooses. XML is never
 * merged line by line.
 */
final class LabMerge {

  /** What the merge did, for the user. */
  record Result(Map<String, ObjectId> files, List<String> received, List<String> conflicts, List<String> refused,
      List<String> arrivedKeys) {
  }

  private final OpenCasebook casebook;
  private final CasebookStore store;
  private final LabRepository lab;
  private final String actorId;
  private final String source;
  private final List<String> received = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final List<String> arrivedKeys = new ArrayList<>();
  /** Documents checked and waiting to be written, all at once (each with this side's version, kept should the store refuse it). */
  private final List<Checked> pending = new ArrayList<>();
  /** Whether the lab's index was merged into this one, whose travelling form then changed. */
  private boolean indexMerged;
  private final List<Arrival> arrivals = new ArrayList<>();
  /** Notes written as the union of both sides' steps, with the lab's version, kept as a conflict should the store refuse the union. */
  private final Map<String, ObjectId> unitedFrom = new TreeMap<>();

  LabMerge(OpenCasebook casebook, CasebookStore store, LabRepository lab, String actorId, String source) {
    this.casebook = casebook;
    this.store = store;
    this.lab = lab;
    this.actorId = actorId;
    this.source = source;
  }

  /** Merges {@code theirs} into {@code ours}, both descended from {@code base} (empty maps for none). */
  Result merge(Map<String, ObjectId> base, Map<String, ObjectId> ours, Map<String, ObjectId> theirs)
      throws IOException, StoreException {
    Map<String, ObjectId> merged = new TreeMap<>();
    Set<String> paths = new TreeSet<>(Comparator.comparingInt(LabMerge::order).thenComparing(Comparator.naturalOrder()));
    paths.addAll(base.keySet());
    paths.addAll(ours.keySet());
    paths.addAll(theirs.keySet());
    for (String path : paths) {
      if (!CasebookSnapshot.travels(path)) {
        if (theirs.containsKey(path) && !ours.containsKey(path)) {
          refused.add(path + ": not a file of a Rapport casebook; not taken");
        }
        continue;
      }
      ObjectId b = base.get(path);
      ObjectId o = ours.get(path);
      ObjectId t = theirs.get(path);
      ObjectId kept;
      if (CasebookSnapshot.KEY_FILE.equals(path)) {
        kept = Objects.equals(t, b) ? o : mergeKeyFile(o, t);   // unchanged in the lab: this side's (moved to a new key, say) goes
      } else if (Objects.equals(o, t)) {
        kept = o;
      } else if (Objects.equals(o, b)) {
        kept = take(path, o, t, o) ? t : o;
      } else if (Objects.equals(t, b)) {
        kept = o;
      } else {
        kept = bothChanged(path, b, o, t, merged);
      }
      if (kept != null) {
        merged.put(path, kept);
      }
    }
    checkArrivals(merged);
    writePending(merged);
    if (indexMerged) {
      // the index as the merge left it: what both sides added, with this side's values where both changed them
      merged.put(CasebookSnapshot.INDEX, lab.store(CasebookSnapshot.INDEX, store.toBytes(CasebookSnapshot.travelling(casebook.index())), keys()));
    }
    return new Result(merged, received, conflicts, refused, arrivedKeys);
  }

  private org.rapport.store.CasebookKeys keys() {
    return casebook.keys();
  }

  /**
   * The key file of an encrypted casebook: the wraps and revocations the lab's copy holds are taken
   * in (a copy under another key is refused by the store), and the result goes back to the lab.
   */
  private ObjectId mergeKeyFile(ObjectId ours, ObjectId theirs) throws IOException, StoreException {
    if (theirs == null || theirs.equals(ours)) {
      return ours;
    }
    if (keys().takeKeyFile(lab.read(theirs), actorId)) {
      received.add(CasebookSnapshot.KEY_FILE + " (who has access)");
    }
    return lab.store(keys().keyFileBytes());
  }

  /** The key file, the index (documents need its sessions and people), then keys, documents, and conflicts last. */
  private static int order(String path) {
    if (CasebookSnapshot.KEY_FILE.equals(path)) {
      return -1;   // first: a lab under another key is refused before anything is taken
    }
    if (CasebookSnapshot.INDEX.equals(path)) {
      return 0;
    }
    if (path.startsWith(CasebookSnapshot.KEYS)) {
      return 1;
    }
    return path.startsWith(CasebookSnapshot.CONFLICTS) ? 3 : 2;
  }

  private ObjectId bothChanged(String path, ObjectId b, ObjectId o, ObjectId t, Map<String, ObjectId> merged)
      throws IOException, StoreException {
    if (CasebookSnapshot.INDEX.equals(path)) {
      mergeIndex(t, b, false);
      return o;
    }
    if (CasebookSnapshot.isDocument(path)) {
      if (o == null) {
        take(path, null, t, null);   // deleted here, changed there: the change is not lost
        return t;
      }
      if (t == null) {
        refused.add(path + ": deleted on another workstation but changed here; kept");
        return o;
      }
      ObjectId united = b == null ? null : unite(path, b, o, t);
      if (united != null) {
        return united;
      }
      // both changed it: keep this version in place and theirs beside it until a person chooses
      String beside = CasebookSnapshot.CONFLICTS + path;
      writeFile(beside, lab.read(path, t, keys()));
      merged.put(beside, t);
      conflicts.add(path);
      return o;
    }
    if (path.startsWith(CasebookSnapshot.KEYS)) {
      refused.add(path + ": the key file changed on both workstations; this one's is kept");
      return o;
    }
    if (o == null && t != null) {
      writeFile(path, lab.read(path, t, keys()));   // a conflict both sides recorded: either copy holds the other version
      return t;
    }
    return o;
  }

  /**
   * A document both sides took signed steps on, united when the steps commute (comments on a note,
   * {@link NoteUnion}; signatures recorded on a proposed agreement, {@link AgreementUnion}) and the
   * union verifies: written with the documents taken, and its blob id; null when it is a conflict
   * for a person.
   */
  private ObjectId unite(String path, ObjectId b, ObjectId o, ObjectId t) throws IOException {
    Document union;
    try {
      Document base = store.readIncoming(lab.read(path, b, keys()), "the shared " + path, Document.class);
      Document ours = store.readIncoming(lab.read(path, o, keys()), "this workstation's " + path, Document.class);
      Document theirs = store.readIncoming(lab.read(path, t, keys()), "the lab's " + path, Document.class);
      if (base instanceof ReflectionNote shared && ours instanceof ReflectionNote mine && theirs instanceof ReflectionNote other) {
        union = NoteUnion.of(shared, mine, other).orElse(null);
      } else if (base instanceof BoundaryAgreement shared && ours instanceof BoundaryAgreement mine
          && theirs instanceof BoundaryAgreement other) {
        union = AgreementUnion.of(shared, mine, other).orElse(null);
      } else {
        return null;
      }
      if (union == null || !new ChainCheck(casebook.signing().roster()).verify(union).findings().isEmpty()) {
        return null;
      }
      byte[] bytes = store.toBytes(union);
      ObjectId id = lab.store(path, bytes, keys());
      pending.add(new Checked(new Arrival(path, o, id), new IncomingDocument(union, bytes, path), null));
      unitedFrom.put(path, t);
      return id;
    } catch (StoreException unreadable) {
      return null;   // one of the three does not read: the conflict keeps both versions as they are
    }
  }

  /** Takes the lab's version of a file only the lab changed; false when it was refused. */
  private boolean take(String path, ObjectId o, ObjectId t, ObjectId b) throws IOException, StoreException {
    if (CasebookSnapshot.INDEX.equals(path)) {
      if (t == null) {
        return false;   // an index is never deleted from afar
      }
      mergeIndex(t, b, true);
      return true;
    }
    if (path.startsWith(CasebookSnapshot.KEYS)) {
      if (t == null) {
        return false;   // nor is a person's key
      }
      Path here = casebook.folder().resolve(path);
      byte[] theirKey = lab.read(t);
      if (Files.exists(here) && java.util.Arrays.equals(Files.readAllBytes(here), theirKey)) {
        return true;   // the same key file (a clone writes them before the first merge)
      }
      if (Files.exists(here)) {
        // a sealed key file here is someone's only way to sign on this workstation: never replaced from afar
        refused.add(path + ": another workstation sent a different key file for this person; the one here is kept");
        return false;
      }
      writeFile(path, theirKey);   // a key file, as it is
      received.add(path);
      return true;
    }
    if (path.startsWith(CasebookSnapshot.CONFLICTS)) {
      if (t == null) {
        Files.deleteIfExists(casebook.folder().resolve(path));   // settled on another workstation
      } else {
        writeFile(path, lab.read(path, t, keys()));
        conflicts.add(path.substring(CasebookSnapshot.CONFLICTS.length()));
      }
      return true;
    }
    return t == null ? deleteDocument(path) : takeDocument(path, o, t);
  }

  /**
   * Merges the lab's index into this one. {@code onlyTheyChanged}: this side's index is the shared
   * version, so what the lab changed is taken (for a first clone there is no shared version, and
   * the new casebook's own values then give way too).
   */
  private void mergeIndex(ObjectId theirs, ObjectId base, boolean onlyTheyChanged) throws IOException, StoreException {
    Casebook theirIndex = store.readIncoming(lab.read(CasebookSnapshot.INDEX, theirs, keys()), "the lab's casebook index", Casebook.class);
    Casebook baseIndex = base != null ? store.readIncoming(lab.read(CasebookSnapshot.INDEX, base, keys()), "the shared casebook index", Casebook.class)
        : onlyTheyChanged ? CasebookSnapshot.travelling(casebook.index()) : null;
    IndexMerge merge = new IndexMerge(casebook.index(), baseIndex);
    merge.merge(theirIndex);
    indexMerged = true;
    arrivedKeys.addAll(merge.arrivedKeys());
    merge.withheld().forEach(what -> refused.add(CasebookSnapshot.INDEX + ": " + what));
    casebook.saveIndex();
  }

  /**
   * A document the lab changed: taken for now, checked with the others once the loop is done (the
   * index, and so the people who sign, is merged first).
   */
  private boolean takeDocument(String path, ObjectId o, ObjectId t) {
    arrivals.add(new Arrival(path, o, t));
    return true;
  }

  /** A document the lab changed, and this side's version of it (null when this side has none). */
  private record Arrival(String path, ObjectId ours, ObjectId theirs) {
  }

  /** An arrival checked: ready to write, or why not. */
  private record Checked(Arrival arrival, IncomingDocument incoming, String refusal) {
  }

  /**
   * Checks every arrival, on all processors (parsing and verifying signatures is most of a first
   * clone's time), and takes back the merge's choice for each refused one.
   */
  private void checkArrivals(Map<String, ObjectId> merged) throws IOException, StoreException {
    List<byte[][]> versions = new ArrayList<>();
    List<String> unopened = new ArrayList<>();
    for (Arrival arrival : arrivals) {
      try {
        String path = arrival.path();
        versions.add(new byte[][] {lab.read(path, arrival.theirs(), keys()),
            arrival.ours() == null ? null : lab.read(path, arrival.ours(), keys())});
        unopened.add(null);
      } catch (StoreException e) {
        versions.add(new byte[][] {null, null});   // not sealed under this casebook's key: refused, and nothing kept beside
        unopened.add(e.getMessage());
      }
    }
    ChainCheck chains = new ChainCheck(casebook.signing().roster());
    List<Checked> checked = java.util.stream.IntStream.range(0, arrivals.size()).parallel()
        .mapToObj(i -> unopened.get(i) != null ? new Checked(arrivals.get(i), null, unopened.get(i))
            : check(arrivals.get(i), versions.get(i)[0], versions.get(i)[1], chains)).toList();
    for (int i = 0; i < checked.size(); i++) {
      Checked each = checked.get(i);
      String path = each.arrival().path();
      if (each.refusal() != null) {
        refused.add(path + ": " + each.refusal());
        keepOurs(merged, path, each.arrival().ours());
        if (each.arrival().ours() != null && versions.get(i)[0] != null) {
          // kept beside this side's version, so the sender's work is not lost where it was meant to go
          String beside = CasebookSnapshot.CONFLICTS + path;
          writeFile(beside, versions.get(i)[0]);
          merged.put(beside, each.arrival().theirs());
          conflicts.add(path);
        }
      } else {
        pending.add(each);
      }
    }
  }

  private Checked check(Arrival arrival, byte[] bytes, byte[] mine, ChainCheck chains) {
    String path = arrival.path();
    Document document;
    try {
      document = store.readIncoming(bytes, "the lab's " + path, Document.class);
    } catch (StoreException e) {
      return new Checked(arrival, null, e.getMessage());
    }
    if (!path.startsWith("clients/" + document.getClientCode() + "/")) {
      return new Checked(arrival, null, "the document inside is " + document.getId() + " of client " + document.getClientCode()
          + ", which belongs elsewhere; not taken");
    }
    String dropped = mine == null ? null : droppedSteps(mine, path, document);
    if (dropped != null) {
      return new Checked(arrival, null, dropped + "; not taken");
    }
    ChainCheck.Result result = chains.verify(document);
    if (!result.findings().isEmpty()) {
      // a warning too: a note or agreement past its draft with no signed steps is one nobody vouches for
      String first = result.findings().stream().sorted(java.util.Comparator.comparing(ChainCheck.Finding::severity))
          .map(ChainCheck.Finding::message).findFirst().orElse("");
      return new Checked(arrival, null, "its signed steps do not verify (" + first + "); not taken");
    }
    return new Checked(arrival, new IncomingDocument(document, bytes, path), null);
  }

  private static void keepOurs(Map<String, ObjectId> merged, String path, ObjectId mine) {
    if (mine == null) {
      merged.remove(path);
    } else {
      merged.put(path, mine);
    }
  }

  /** Writes the documents taken, the index once; one the store refuses keeps this side's version in the merge. */
  private void writePending(Map<String, ObjectId> merged) throws StoreException, IOException {
    if (pending.isEmpty()) {
      return;
    }
    Map<String, String> refusals = casebook.receiveAll(pending.stream().map(Checked::incoming).toList(), actorId, source);
    for (Checked taken : pending) {
      String path = taken.arrival().path();
      String why = refusals.get(path);
      if (why == null) {
        received.add(path);
      } else {
        refused.add(path + ": " + why);
        keepOurs(merged, path, taken.arrival().ours());
        ObjectId theirs = unitedFrom.get(path);
        if (theirs != null) {
          String beside = CasebookSnapshot.CONFLICTS + path;
          writeFile(beside, lab.read(path, theirs, keys()));
          merged.put(beside, theirs);
          conflicts.add(path);
        }
      }
    }
  }

  /** Why {@code incoming} cannot replace this side's version: it lacks signed steps this side has. */
  private String droppedSteps(byte[] ours, String path, Document incoming) {
    Document mine;
    try {
      mine = store.readIncoming(ours, "this workstation's " + path, Document.class);
    } catch (StoreException e) {
      return null;   // this side's own copy could not be read: nothing signed to protect
    }
    int missing = StepChain.firstMissing(mine.getSteps(), incoming.getSteps());
    return missing < 0 ? null : "it drops or changes signed step " + (missing + 1) + " of this workstation's copy";
  }

  private boolean deleteDocument(String path) {
    DocumentEntry entry = casebook.entries(EnumSet.allOf(DocumentKind.class)).stream()
        .filter(e -> path.equals(e.getFile())).findFirst().orElse(null);
    if (entry == null) {
      return true;
    }
    org.rapport.store.LoadResult loaded = casebook.load(entry);
    if (loaded.ok() && !loaded.document().getSteps().isEmpty()) {
      refused.add(path + ": deleted on another workstation, but it holds signed steps; kept here. Delete it for good on this"
          + " workstation if that is what was meant");
      return false;
    }
    try {
      casebook.deleteSecurely(entry, "deleted on another workstation (" + source + ")", actorId);
      received.add(path + " (deleted)");
      return true;
    } catch (StoreException e) {
      refused.add(path + ": deleted on another workstation, kept here (" + e.getMessage() + ")");
      return false;
    }
  }

  /** Writes a file the store does not manage (a key file, a conflict's other version) whole or not at all. */
  private void writeFile(String path, byte[] plain) throws IOException, StoreException {
    Path file = casebook.folder().resolve(path);
    byte[] bytes = CasebookSnapshot.sealedInLab(path) ? keys().sealedFor(file, plain) : plain;   // a conflict is sealed as any file
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling("." + file.getFileName() + ".incoming");
    Files.write(temporary, bytes);
    try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
