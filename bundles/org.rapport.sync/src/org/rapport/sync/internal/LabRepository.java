// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FileUtils;

/**
 * The Git repository of a casebook linked to a lab: a bare repository in {@code <casebook>/.lab},
 * never a checkout. Rapport builds its commits from the files it chooses to send, so workbench
 * state can never reach the server, and it writes what arrives through the store only.
 * {@code refs/heads/main} is this workstation's history, {@code refs/remotes/origin/main} the
 * lab's as last fetched.
 */
public final class LabRepository implements AutoCloseable {

  /** The folder of the repository inside the casebook. */
  public static final String FOLDER = org.rapport.store.CasebookFolders.LAB;
  static final String MAIN = "refs/heads/main";
  static final String LAB_MAIN = "refs/remotes/origin/main";
  private static final int TIMEOUT_SECONDS = 20;

  private final Repository repository;
  private ObjectInserter inserter;

  private LabRepository(Repository repository) {
    this.repository = repository;
  }

  /** Whether {@code casebook} is linked to a lab repository. */
  public static boolean isLinked(Path casebook) {
    return Files.isRegularFile(casebook.resolve(FOLDER).resolve("config"));
  }

  /** Opens the repository of a linked casebook. */
  public static LabRepository open(Path casebook) throws IOException {
    if (!isLinked(casebook)) {
      throw new IOException("The casebook " + casebook + " is not shared with a lab; share it first.");
    }
    return new LabRepository(new FileRepositoryBuilder().setGitDir(casebook.resolve(FOLDER).toFile()).setBare().build());
  }

  /** Removes the link of {@code casebook} (its repository); the casebook's own files are untouched. */
  public static void unlink(Path casebook) throws IOException {
    FileUtils.delete(casebook.resolve(FOLDER).toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
  }

  /** Creates the repository of {@code casebook} and links it to {@code remote}. */
  public static LabRepository create(Path casebook, String remote) throws IOException {
    Repository repository = new FileRepositoryBuilder().setGitDir(casebook.resolve(FOLDER).toFile()).setBare().build();
    repository.create(true);
    RefUpdate head = repository.updateRef(Constants.HEAD);
    head.link(MAIN);
    LabRepository lab = new LabRepository(repository);
    lab.setRemote(remote);
    return lab;
  }

  /**
   * Refuses a remote that carries a password in it: credentials live in the workstation's
   * secure store or the environment, never in a casebook's configuration.
   */
  public static String refusal(String remote) {
    if (remote == null || remote.isBlank()) {
      return "no lab repository was given";
    }
    try {
      URIish uri = new URIish(remote.strip());
      if (uri.getPass() != null) {
        return "the address holds a password; give the address without it, and the password when asked";
      }
    } catch (URISyntaxException e) {
      return "\"" + remote + "\" is not an address of a Git repository (" + e.getReason() + ")";
    }
    return null;
  }

  void setRemote(String remote) throws IOException {
    StoredConfig config = repository.getConfig();
    config.setString("remote", "origin", "url", remote.strip());
    config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
    config.setBoolean("gc", null, "autodetach", false);
    config.save();
  }

  /** The repository's own folder ({@code <casebook>/.lab}). */
  Path directory() {
    return repository.getDirectory().toPath();
  }

  /** The address of the lab repository. */
  public String remote() {
    return repository.getConfig().getString("remote", "origin", "url");
  }

  /** This workstation's newest commit, or null before the first. */
  ObjectId main() throws IOException {
    return repository.resolve(MAIN);
  }

  /** The lab's newest commit as last fetched, or null when the lab had none. */
  ObjectId labMain() throws IOException {
    return repository.resolve(LAB_MAIN);
  }

  /** Every file of a commit by path, or an empty map for none. */
  Map<String, ObjectId> files(ObjectId commit) throws IOException {
    Map<String, ObjectId> files = new TreeMap<>();
    if (commit == null) {
      return files;
    }
    try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
      tree.addTree(walk.parseCommit(commit).getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        files.put(tree.getPathString(), tree.getObjectId(0));
      }
    }
    return files;
  }

  /** The bytes of a blob as the lab holds them. */
  byte[] read(ObjectId blob) throws IOException {
    return repository.open(blob, Constants.OBJ_BLOB).getBytes(CasebookSnapshot.MAX_FILE_BYTES);
  }

  /**
   * The plain bytes of the file at {@code path} held in {@code blob}: opened with {@code keys} when
   * the casebook is encrypted and the file is sealed in the lab (everything but the key files).
   *
   * @throws StoreException when an encrypted casebook's file is not sealed under its key
   */
  byte[] read(String path, ObjectId blob, org.rapport.store.CasebookKeys keys) throws IOException, org.rapport.store.StoreException {
    byte[] bytes = read(blob);
    return CasebookSnapshot.sealedInLab(path) ? keys.openFromLab(bytes, "The lab's " + path) : bytes;
  }

  /** Stores the plain bytes of the file at {@code path}, sealed for the lab when the casebook is encrypted. */
  ObjectId store(String path, byte[] plain, org.rapport.store.CasebookKeys keys) throws IOException {
    return store(CasebookSnapshot.sealedInLab(path) ? keys.sealForLab(plain) : plain);
  }

  /** Stores {@code bytes} and returns their id; the same bytes always give the same id. */
  ObjectId store(byte[] bytes) throws IOException {
    if (inserter == null) {
      inserter = repository.newObjectInserter();   // one for many files: a first share stores thousands
    }
    return inserter.insert(Constants.OBJ_BLOB, bytes);
  }

  /** Writes a commit of {@code files} (path to stored blob) on {@code parents}. */
  ObjectId commit(Map<String, ObjectId> files, String message, PersonIdent who, ObjectId... parents) throws IOException {
    if (inserter != null) {
      inserter.flush();
    }
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      DirCache tree = DirCache.newInCore();
      DirCacheBuilder builder = tree.builder();
      for (Map.Entry<String, ObjectId> file : files.entrySet()) {
        DirCacheEntry entry = new DirCacheEntry(file.getKey());
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(file.getValue());
        builder.add(entry);
      }
      builder.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree.writeTree(inserter));
      commit.setParentIds(parents);
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  /** Moves this workstation's history to {@code commit}, refused when it moved since {@code expected}. */
  void moveMain(ObjectId commit, ObjectId expected) throws IOException {
    RefUpdate update = repository.updateRef(MAIN);
    update.setNewObjectId(commit);
    update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
    update.setRefLogMessage("rapport sync", false);
    update.setForceUpdate(true);   // a merge result is not always a descendant in Git's sense of the ref's reflog
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
        // moved
      }
      default -> throw new IOException("The lab repository of this casebook could not record the sync (" + result + ").");
    }
  }

  /** The newest commit both histories share, or null when they share none. */
  ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(a));
      walk.markStart(walk.parseCommit(b));
      RevCommit base = walk.next();
      return base == null ? null : base.copy();
    }
  }

  /** Whether {@code ancestor} is {@code commit} or in its history. */
  boolean contains(ObjectId commit, ObjectId ancestor) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(commit));
    }
  }

  String author(ObjectId commit) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      PersonIdent who = walk.parseCommit(commit).getAuthorIdent();
      return who.getName();
    }
  }

  /** Fetches the lab's history; throws when the lab cannot be reached or refuses. */
  public void fetch(CredentialsProvider credentials) throws GitAPIException {
    try (Git git = Git.wrap(repository); LabSsh ssh = new LabSsh()) {
      git.fetch().setRemote("origin").setCredentialsProvider(credentials).setTimeout(TIMEOUT_SECONDS).setTransportConfigCallback(ssh)
          .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*")).call();   // a lab with no history yet has no main
    }
  }

  /**
   * Sends this workstation's history; returns null when the lab took it, else why it did not
   * (typically that the lab moved on since the fetch, and a new merge is needed).
   */
  public String send(CredentialsProvider credentials) throws GitAPIException, IOException {
    try (Git git = Git.wrap(repository); LabSsh ssh = new LabSsh()) {
      Iterable<PushResult> results = git.push().setRemote("origin").setCredentialsProvider(credentials).setTransportConfigCallback(ssh)
          .setTimeout(TIMEOUT_SECONDS).setRefSpecs(new RefSpec(MAIN + ":" + MAIN)).call();
      for (PushResult result : results) {
        RemoteRefUpdate update = result.getRemoteUpdate(MAIN);
        if (update == null) {
          return "the lab did not answer for the main history";
        }
        switch (update.getStatus()) {
          case OK, UP_TO_DATE -> {
            RefUpdate tracking = repository.updateRef(LAB_MAIN);
            tracking.setNewObjectId(update.getNewObjectId());
            tracking.setForceUpdate(true);
            tracking.update();
          }
          case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
            return "moved on";
          }
          default -> {
            return update.getStatus() + (update.getMessage() == null ? "" : ": " + update.getMessage());
          }
        }
      }
      return null;
    }
  }

  @Override
  public void close() {
    if (inserter != null) {
      try {
        inserter.flush();
      } catch (IOException e) {
        // objects not flushed are stored again at the next snapshot
      }
      inserter.close();
    }
    repository.close();
  }
}
