// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.rapport.model.Casebook;
import org.rapport.store.CasebookKeys;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.LabCredentials;

/** The steps of a sync, each small enough to run on the thread that owns the casebook. */
public final class LabSteps {

  /** What the lab's history asks for: a merge, or nothing; or why it cannot be used. */
  public record Plan(ObjectId ours, ObjectId theirs, boolean merge, String refusal) {
  }

  /** What a merge took in, refused, and which keys came with it. */
  public record Merged(List<String> received, List<String> refused, List<String> arrivedKeys) {
  }

  private LabSteps() {
  }

  public static CredentialsProvider provider(LabCredentials credentials) {
    return credentials == null || credentials.isEmpty() ? null
        : new UsernamePasswordCredentialsProvider(credentials.user(), credentials.password());
  }

  /** Commits the casebook's travelling files when they differ from this workstation's last commit; returns how many changed. */
  public static Integer commitSaves(LabRepository lab, OpenCasebook casebook, CasebookStore store, PersonIdent who)
      throws IOException, StoreException {
    Map<String, ObjectId> now = CasebookSnapshot.of(casebook, store, lab);
    ObjectId main = lab.main();
    Map<String, ObjectId> before = lab.files(main);
    for (Map.Entry<String, ObjectId> was : before.entrySet()) {
      // a document missing from the snapshot is sent as deleted only when it was deleted: its entry gone
      // and its file too. One whose file could not be read, or that the index no longer lists while its
      // file is still here (an index put back from its backup, say), stays as it was.
      String path = was.getKey();
      if (CasebookSnapshot.isDocument(path) && !now.containsKey(path)
          && (Files.exists(casebook.folder().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS) || listed(casebook, path))) {
        now.put(path, was.getValue());
      }
    }
    int changed = differences(before, now);
    if (changed == 0) {
      return 0;
    }
    ObjectId commit = lab.commit(now, "Saved on " + host() + ": " + changed + " file(s)", who,
        main == null ? new ObjectId[0] : new ObjectId[] {main});
    lab.moveMain(commit, main);
    return changed;
  }

  private static boolean listed(OpenCasebook casebook, String path) {
    return casebook.entries(java.util.EnumSet.allOf(org.rapport.model.DocumentKind.class)).stream()
        .anyMatch(entry -> path.equals(entry.getFile()));
  }

  /** What a clone of an encrypted lab casebook needs to be sealed under its key: its key file and its people's, by person id. */
  public record SealedCasebook(byte[] keyFile, Map<String, byte[]> personKeyFiles) {
  }

  /** The key files of a lab holding an encrypted casebook, just fetched; null when its casebook is plain, or there is none yet. */
  public static SealedCasebook sealedCasebook(LabRepository lab) throws IOException {
    Map<String, ObjectId> files = lab.files(lab.labMain());
    if (!files.containsKey(CasebookSnapshot.KEY_FILE)) {
      return null;
    }
    Map<String, byte[]> people = new java.util.TreeMap<>();
    for (Map.Entry<String, ObjectId> file : files.entrySet()) {
      String path = file.getKey();
      if (path.startsWith(CasebookSnapshot.KEYS) && CasebookSnapshot.travels(path)) {
        people.put(path.substring(CasebookSnapshot.KEYS.length(), path.length() - ".key".length()), lab.read(file.getValue()));
      }
    }
    return new SealedCasebook(lab.read(files.get(CasebookSnapshot.KEY_FILE)), people);
  }

  /** Decides what the lab's history, just fetched, asks of this workstation. */
  public static Plan plan(LabRepository lab, boolean cloning, Casebook index, boolean encrypted) throws IOException, StoreException {
    ObjectId ours = lab.main();
    ObjectId theirs = lab.labMain();
    if (theirs == null) {
      return new Plan(ours, null, false, cloning ? "the lab repository at " + lab.remote() + " holds no casebook yet" : null);
    }
    Map<String, ObjectId> files = lab.files(theirs);
    if (!files.containsKey(CasebookSnapshot.INDEX)) {
      return new Plan(ours, theirs, false, "The lab repository at " + lab.remote() + " is not a Rapport casebook (it has no "
          + CasebookSnapshot.INDEX + "); nothing was sent or taken.");
    }
    boolean labEncrypted = files.containsKey(CasebookSnapshot.KEY_FILE);
    if (labEncrypted != encrypted) {
      return new Plan(ours, theirs, false, labEncrypted
          ? "The lab's copy of this casebook is encrypted and this one is not; nothing was sent or taken. Clone it from the lab"
              + " (File > Open from Lab) to work on it here."
          : "This casebook is encrypted and the lab's copy is not: it was shared before it was encrypted, and the lab's history holds"
              + " it in plain. Nothing was sent or taken. To share it encrypted, share it with a new, empty lab repository.");
    }
    if (ours == null) {
      return new Plan(null, theirs, true, null);
    }
    if (ours.equals(theirs) || lab.contains(ours, theirs)) {
      return new Plan(ours, theirs, false, null);
    }
    return new Plan(ours, theirs, true, null);
  }

  /** Merges the lab's history into this workstation's and records the result in the lab repository. */
  public static Merged merge(LabRepository lab, OpenCasebook casebook, CasebookStore store, PersonIdent who, String actorId,
      Plan plan) throws IOException, StoreException {
    ObjectId base = plan.ours() == null ? null : lab.mergeBase(plan.ours(), plan.theirs());
    Map<String, ObjectId> theirs = lab.files(plan.theirs());
    if (plan.ours() != null && base == null) {
      // two histories with nothing in common: only the same casebook may be merged
      Casebook their = store.readIncoming(lab.read(CasebookSnapshot.INDEX, theirs.get(CasebookSnapshot.INDEX), casebook.keys()),
          "the lab's casebook index", Casebook.class);
      if (!Objects.equals(their.getId(), casebook.index().getId())) {
        throw new StoreException("The lab repository at " + lab.remote() + " holds another casebook (\"" + their.getTitle()
            + "\"); nothing was sent or taken.");
      }
    }
    String source = "commit " + plan.theirs().abbreviate(7).name() + " by " + lab.author(plan.theirs());
    Map<String, ObjectId> baseFiles = lab.files(base);
    Map<String, ObjectId> ourFiles = lab.files(plan.ours());
    List<String> received = new ArrayList<>();
    ObjectId theirKey = theirs.get(CasebookSnapshot.KEY_FILE);
    if (theirKey != null && plan.ours() != null && !theirKey.equals(ourFiles.get(CasebookSnapshot.KEY_FILE))) {
      CasebookKeys.KeyMove move = casebook.keys().followKeyFile(lab.read(theirKey), actorId);
      if (move != null) {
        // what both histories share, and what this one sent, as the owner's new key seals them: the
        // merge then sees only real changes, since equal content is an equal blob under one key
        Map<ObjectId, ObjectId> resealed = new java.util.HashMap<>();
        baseFiles = resealed(lab, baseFiles, move, resealed);
        ourFiles = resealed(lab, ourFiles, move, resealed);
        received.add(CasebookSnapshot.KEY_FILE + " (the owner's new key, followed)");
      }
    }
    LabMerge.Result result = new LabMerge(casebook, store, lab, actorId, source).merge(baseFiles, ourFiles, theirs);
    boolean sameAsTheirs = differences(result.files(), theirs) == 0;
    if (sameAsTheirs && (plan.ours() == null || lab.contains(plan.theirs(), plan.ours()))) {
      lab.moveMain(plan.theirs(), plan.ours());   // nothing of ours the lab lacks: take its history as it is
    } else {
      ObjectId[] parents = plan.ours() == null ? new ObjectId[] {plan.theirs()} : new ObjectId[] {plan.ours(), plan.theirs()};
      ObjectId commit = lab.commit(result.files(), "Merged the lab's changes on " + host(), who, parents);
      lab.moveMain(commit, plan.ours());
    }
    received.addAll(result.received());
    return new Merged(received, result.refused(), result.arrivedKeys());
  }

  /** {@code files} with each sealed blob carried over to the new key of {@code move}. */
  private static Map<String, ObjectId> resealed(LabRepository lab, Map<String, ObjectId> files, CasebookKeys.KeyMove move,
      Map<ObjectId, ObjectId> done) throws IOException, StoreException {
    Map<String, ObjectId> carried = new java.util.TreeMap<>();
    for (Map.Entry<String, ObjectId> file : files.entrySet()) {
      ObjectId id = file.getValue();
      if (CasebookSnapshot.sealedInLab(file.getKey()) && !done.containsKey(id)) {
        done.put(id, lab.store(move.resealForLab(lab.read(id), file.getKey())));
      }
      carried.put(file.getKey(), CasebookSnapshot.sealedInLab(file.getKey()) ? done.get(id) : id);
    }
    return carried;
  }

  /** Whether this workstation has commits the lab lacks. */
  public static boolean ahead(LabRepository lab) throws IOException {
    ObjectId main = lab.main();
    ObjectId theirs = lab.labMain();
    return main != null && !main.equals(theirs) && (theirs == null || lab.contains(main, theirs));
  }

  /** How many files differ between this workstation's history and the lab's. */
  public static int changedFiles(LabRepository lab) throws IOException {
    return differences(lab.files(lab.labMain()), lab.files(lab.main()));
  }

  /** The documents that wait for a person to choose between two versions. */
  public static List<String> openConflicts(LabRepository lab) throws IOException {
    List<String> open = new ArrayList<>();
    for (String path : lab.files(lab.main()).keySet()) {
      if (path.startsWith(CasebookSnapshot.CONFLICTS)) {
        open.add(path.substring(CasebookSnapshot.CONFLICTS.length()));
      }
    }
    return open;
  }

  private static int differences(Map<String, ObjectId> a, Map<String, ObjectId> b) {
    int count = 0;
    for (Map.Entry<String, ObjectId> file : a.entrySet()) {
      if (!file.getValue().equals(b.get(file.getKey()))) {
        count++;
      }
    }
    for (String path : b.keySet()) {
      if (!a.containsKey(path)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether a failure came from this workstation's own disk being full. JGit reports it as a
   * transport failure, but the lab is there and waiting longer will not help.
   */
  public static boolean diskFull(Throwable e) {
    String text = describe(e).toLowerCase(Locale.ROOT);
    return text.contains("no space left on device") || text.contains("disk quota exceeded");
  }

  /** Whether the lab's SSH host key is not one this workstation knows (or has changed): waiting will not help. */
  public static boolean hostKeyUnchecked(TransportException e) {
    String text = reasons(e);
    return text.contains("server key did not validate") || text.contains("host key");
  }

  /** Whether a transport failure means the lab could not be reached (rather than refused us). */
  public static boolean offline(TransportException e) {
    String text = reasons(e);
    return !(denied(e) || diskFull(e) || hostKeyUnchecked(e) || HTTP_FORBIDDEN.matcher(text).find() || text.contains("not found") || text.contains("not exported")
        || text.contains("not a git repository") || text.contains("not appear to be a git repository")
        || text.contains("repository not"));
  }

  /** Whether a transport failure means the lab refused (or asked for) a user name and password. */
  public static boolean denied(TransportException e) {
    String text = reasons(e);
    return text.contains("not authorized") || text.contains("authentication") || HTTP_UNAUTHORIZED.matcher(text).find()
        || text.contains("credentialsprovider");
  }

  private static final Pattern ADDRESS = Pattern.compile("[a-z][a-z0-9+.-]*://\\S*");
  private static final Pattern HTTP_UNAUTHORIZED = Pattern.compile("\\b401\\b");
  private static final Pattern HTTP_FORBIDDEN = Pattern.compile("\\b403\\b");

  /**
   * A failure's messages in lower case with every address taken out: JGit starts its messages with the
   * lab's address, and a port such as 41401 must not read as an HTTP status.
   */
  private static String reasons(TransportException e) {
    return ADDRESS.matcher(describe(e).toLowerCase(Locale.ROOT)).replaceAll("<address>");
  }

  /** One line on a failure to reach or use the lab. */
  public static String unreachable(String remote, TransportException e) {
    if (hostKeyUnchecked(e)) {
      return "The lab at " + remote + " answered with an SSH host key that is not in this workstation's known_hosts (" + describe(e)
          + "). Rapport does not trust a server on first sight: check the key with the lab's administrator and add it to known_hosts"
          + " (connecting once with ssh does). Nothing was sent or taken.";
    }
    if (diskFull(e)) {
      return "This workstation's disk is full (" + describe(e) + "): nothing was taken in from " + remote
          + " and nothing in the casebook was lost. Free some space and sync again.";
    }
    if (!offline(e)) {
      String text = describe(e);
      if (denied(e) && overSsh(remote)) {
        return "The lab at " + remote + " did not accept this workstation's SSH key (" + text + "). Give the lab's administrator"
            + " your public key (in ~/.ssh, ending in .pub); a key sealed with a passphrase takes it as the password."
            + " Nothing was sent or taken.";
      }
      if (denied(e)) {
        return "The lab at " + remote + " refused the user name or password (" + text + "). Nothing was sent or taken.";
      }
      return "The lab at " + remote + " has no casebook repository there (" + text + "). Nothing was sent or taken.";
    }
    return "Could not reach the lab at " + remote + " (" + describe(e) + "). Your saves are kept on this workstation"
        + " and go at the next sync.";
  }

  /** Whether {@code remote} is reached over SSH: an {@code ssh://} address or the short {@code user@host:path}. */
  public static boolean overSsh(String remote) {
    try {
      URIish uri = new URIish(remote.strip());
      return "ssh".equals(uri.getScheme()) || uri.getScheme() == null && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The messages of a failure and its causes, without repeats. */
  public static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      if (text.indexOf(message) < 0) {
        text.append(text.length() == 0 ? "" : ": ").append(message);
      }
    }
    return text.toString();
  }

  /** The folder of a lab that is a plain folder (a USB stick, a network share), or null for a server. */
  public static Path localFolder(String remote) {
    String address = remote.strip();
    if (address.startsWith("file://")) {
      try {
        return Path.of(java.net.URI.create(address));
      } catch (IllegalArgumentException e) {
        return null;   // file://host/...: not a folder of this workstation; JGit says what it makes of it
      }
    }
    if (address.contains("://") || address.matches("^[^/\\\\]+@[^:]+:.*")) {
      return null;
    }
    return Path.of(address).isAbsolute() ? Path.of(address) : null;
  }

  /** Makes an empty bare repository in a local folder for a first share. */
  public static void createLocalRemote(Path folder) throws GitAPIException {
    Git.init().setBare(true).setInitialBranch("main").setDirectory(folder.toFile()).call().close();
  }

  /** Removes what a failed clone left: the folder when it made it, else what it put in it. */
  public static void removeQuietly(Path folder, boolean madeFolder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        if (madeFolder || !path.equals(folder)) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException e) {
      // what could not be removed is named by the failure the user sees; it holds nothing of theirs
    }
  }

  /** This workstation's name, for the commits it makes. */
  public static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "workstation";
    }
  }
}
