// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.rapport.model.Casebook;
import org.rapport.model.Person;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.internal.LabRepository;
import org.rapport.sync.internal.LabSteps;

/**
 * Shares a casebook with a lab's Git server and keeps it in step: commits this workstation's saves,
 * fetches the lab's, merges them document by document and sends the result. Working never waits for
 * the network: a sync that cannot reach the lab says so and changes nothing but this workstation's
 * own history. Plain casebooks only for now; an encrypted one is refused with a message.
 */
public final class CasebookSync {

  /** How far a sync got. */
  public enum State {
    /** This workstation and the lab hold the same casebook. */
    IN_STEP,
    /** In step, but documents both sides changed wait for a person to choose a version. */
    CONFLICTS,
    /** The lab could not be reached; saves are kept here and go at the next sync. */
    OFFLINE,
    /** The lab refused the user name and password (or asked for some and got none). Nothing was sent or taken. */
    DENIED,
    /** The sync could not be done; {@link Outcome#message} says why. Nothing in the casebook was lost. */
    FAILED
  }

  /**
   * What a sync did: how many files it sent, which documents it took in, which wait for a person,
   * which it refused and why, and keys that arrived (to compare fingerprints with their owners).
   */
  public record Outcome(State state, String message, int sent, List<String> received, List<String> conflicts,
      List<String> refused, List<String> arrivedKeys) {

    static Outcome failed(State state, String message) {
      return new Outcome(state, message, 0, List.of(), List.of(), List.of(), List.of());
    }
  }

  private static final int ATTEMPTS = 3;

  private final CasebookStore store;

  public CasebookSync(CasebookStore store) {
    this.store = store;
  }

  /** Why {@code remote} cannot be used as a lab's address (a password in it, say), or null when it can. */
  public static String addressRefusal(String remote) {
    return LabRepository.refusal(remote);
  }

  /** Whether {@code remote} is reached over SSH, where a refusal is of the workstation's key rather than a password. */
  public static boolean overSsh(String remote) {
    return remote != null && LabSteps.overSsh(remote);
  }

  /** Whether {@code casebook} (a folder) is shared with a lab. */
  public static boolean isShared(Path casebook) {
    return LabRepository.isLinked(casebook);
  }

  /** The lab address a shared casebook syncs with, or null when it is not shared. */
  public static String remoteOf(Path casebook) {
    if (!isShared(casebook)) {
      return null;
    }
    try (LabRepository lab = LabRepository.open(casebook)) {
      return lab.remote();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Links an open casebook to the lab repository at {@code remote} and sends it. A folder that is
   * not yet a repository (a USB stick, a network share) becomes one. The link stays when the lab
   * cannot be reached or refuses the password: the casebook then goes at the next sync. When the
   * first sync fails for another reason (not a Rapport casebook, a host key nobody checked) the
   * link is removed again, so the user can correct the address and share once more.
   */
  public Outcome share(OpenCasebook casebook, String remote, LabCredentials credentials, String actorId,
      Executor onCasebook, Consumer<String> progress) {
    String refusal = LabRepository.refusal(remote);
    if (refusal != null) {
      return Outcome.failed(State.FAILED, "Not shared: " + refusal + ".");
    }
    if (isShared(casebook.folder())) {
      return Outcome.failed(State.FAILED, "Already shared with " + remoteOf(casebook.folder()) + "; sync it to send what changed.");
    }
    try {
      Path local = LabSteps.localFolder(remote);
      if (local != null && (!Files.exists(local) || isEmptyFolder(local))) {
        LabSteps.createLocalRemote(local);
      }
      LabRepository.create(casebook.folder(), remote).close();
    } catch (IOException | GitAPIException e) {
      return Outcome.failed(State.FAILED, "Not shared: the lab repository could not be set up (" + e.getMessage() + ").");
    }
    Outcome first = sync(casebook, credentials, actorId, onCasebook, progress);
    if (first.state() != State.FAILED) {
      return first;
    }
    try {
      LabRepository.unlink(casebook.folder());
    } catch (IOException e) {
      return Outcome.failed(State.FAILED, first.message() + " The link to the lab could not be removed (" + e.getMessage() + ").");
    }
    return Outcome.failed(State.FAILED, first.message() + " The casebook is not linked; share it again once this is put right.");
  }

  /**
   * Brings a lab's casebook into {@code folder} (new or empty) and links it. On failure the folder is
   * removed again, so a half-made casebook is never left behind.
   */
  public Outcome clone(String remote, Path folder, LabCredentials credentials, String actorId, Consumer<String> progress) {
    return clone(remote, folder, credentials, () -> null, actorId, progress);
  }

  /**
   * {@link #clone(String, Path, LabCredentials, String, Consumer)}, for a lab that may hold an
   * encrypted casebook: then {@code passphrase} is asked (on the calling thread) for the casebook's
   * passphrase or the user's own, and the copy here is sealed under the same key.
   */
  public Outcome clone(String remote, Path folder, LabCredentials credentials, java.util.function.Supplier<char[]> passphrase,
      String actorId, Consumer<String> progress) {
    String refusal = LabRepository.refusal(remote);
    if (refusal != null) {
      return Outcome.failed(State.FAILED, "Not cloned: " + refusal + ".");
    }
    if (Files.exists(folder) && !isEmptyFolder(folder)) {
      return Outcome.failed(State.FAILED, "Not cloned: " + folder + " is not empty; choose a new folder.");
    }
    boolean created = !Files.exists(folder);
    Outcome outcome;
    try (OpenCasebook casebook = createFor(remote, folder, credentials, passphrase, progress)) {
      outcome = sync(casebook, credentials, actorId, Runnable::run, progress, true);
    } catch (StoreException | IOException e) {
      outcome = Outcome.failed(State.FAILED, "Not cloned: " + e.getMessage());
    }
    if (outcome.state() == State.FAILED || outcome.state() == State.OFFLINE || outcome.state() == State.DENIED) {
      LabSteps.removeQuietly(folder, created);
      return Outcome.failed(outcome.state() == State.DENIED ? State.DENIED : State.FAILED,
          outcome.message().startsWith("Not cloned") ? outcome.message() : "Not cloned: " + outcome.message());
    }
    return outcome;
  }

  /**
   * The empty casebook a clone fills: linked to the lab, and sealed under the key of the lab's copy
   * when that is encrypted. A lab that cannot be reached yet gets a plain one, whose sync says why.
   */
  private OpenCasebook createFor(String remote, Path folder, LabCredentials credentials, java.util.function.Supplier<char[]> passphrase,
      Consumer<String> progress) throws StoreException, IOException {
    Files.createDirectories(folder);
    LabSteps.SealedCasebook sealed;
    try (LabRepository lab = LabRepository.create(folder, remote)) {
      progress.accept("Fetching from " + lab.remote());
      try {
        lab.fetch(LabSteps.provider(credentials));
      } catch (GitAPIException e) {
        return store.create(folder, "Lab casebook");
      }
      sealed = LabSteps.sealedCasebook(lab);
    }
    if (sealed == null) {
      return store.create(folder, "Lab casebook");
    }
    char[] given = passphrase.get();
    if (given == null || given.length == 0) {
      throw new StoreException("the lab's casebook is encrypted; it opens with its passphrase, or with the passphrase of someone it"
          + " is shared with");
    }
    try {
      return store.createSealed(folder, "Lab casebook", sealed.keyFile(), sealed.personKeyFiles(), given);
    } finally {
      java.util.Arrays.fill(given, '\0');
    }
  }

  /**
   * Commits this workstation's saves, fetches the lab's, merges and sends. Everything that reads or
   * writes the casebook runs through {@code onCasebook} (the UI thread in the workbench, which owns
   * the open casebook); the network is used on the calling thread.
   */
  public Outcome sync(OpenCasebook casebook, LabCredentials credentials, String actorId, Executor onCasebook,
      Consumer<String> progress) {
    return sync(casebook, credentials, actorId, onCasebook, progress, false);
  }

  private Outcome sync(OpenCasebook casebook, LabCredentials credentials, String actorId, Executor onCasebook,
      Consumer<String> progress, boolean cloning) {
    if (casebook.readOnly()) {
      return Outcome.failed(State.FAILED, "The casebook is open for reading only; sync needs it open for writing.");
    }
    PersonIdent who = identity(casebook.index(), actorId);
    List<String> received = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    List<String> arrivedKeys = new ArrayList<>();
    int sent = 0;
    try (LabRepository lab = LabRepository.open(casebook.folder())) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (!cloning) {
          progress.accept("Recording this workstation's saves");
          call(onCasebook, () -> {
            casebook.keys().grantAccess(actorId);   // everyone the owner endorsed can open an encrypted casebook as themselves
            return LabSteps.commitSaves(lab, casebook, store, who);
          });
        }
        progress.accept("Fetching from " + lab.remote());
        try {
          lab.fetch(LabSteps.provider(credentials));
        } catch (TransportException e) {
          return Outcome.failed(stateOf(e, cloning), LabSteps.unreachable(lab.remote(), e));
        }
        LabSteps.Plan plan = LabSteps.plan(lab, cloning, casebook.index(), casebook.keys().encrypted());
        if (plan.refusal() != null) {
          return Outcome.failed(State.FAILED, plan.refusal());
        }
        if (plan.merge()) {
          progress.accept("Merging the lab's changes");
          LabSteps.Merged merged = call(onCasebook, () -> LabSteps.merge(lab, casebook, store, who, actorId, plan));
          received.addAll(merged.received());
          refused.addAll(merged.refused());
          arrivedKeys.addAll(merged.arrivedKeys());
        }
        if (!LabSteps.ahead(lab)) {
          break;
        }
        progress.accept("Sending to " + lab.remote());
        String rejected;
        try {
          sent += LabSteps.changedFiles(lab);
          rejected = lab.send(LabSteps.provider(credentials));
        } catch (TransportException e) {
          return new Outcome(stateOf(e, false), LabSteps.unreachable(lab.remote(), e), 0, received, List.of(), refused, arrivedKeys);
        }
        if (rejected == null) {
          break;
        }
        if (!"moved on".equals(rejected) || attempt == ATTEMPTS - 1) {
          return new Outcome(State.FAILED, "The lab did not take this workstation's changes (" + rejected + "); they are kept here.",
              0, received, List.of(), refused, arrivedKeys);
        }
        // someone sent changes between our fetch and our send: fetch and merge again
      }
      List<String> open = LabSteps.openConflicts(lab);
      State state = open.isEmpty() ? State.IN_STEP : State.CONFLICTS;
      String message = state == State.IN_STEP ? "In step with " + lab.remote() + "."
          : open.size() + " document(s) changed on two workstations wait for you to choose a version.";
      return new Outcome(state, message, sent, received, open, refused, arrivedKeys);
    } catch (GitAPIException | IOException | StoreException | RuntimeException e) {
      return Outcome.failed(State.FAILED, "The sync stopped: " + LabSteps.describe(e) + ". Nothing in the casebook was lost;"
          + " sync again when the cause is fixed.");
    }
  }

  private static State stateOf(TransportException e, boolean cloning) {
    if (LabSteps.denied(e)) {
      return State.DENIED;
    }
    return LabSteps.offline(e) && !cloning ? State.OFFLINE : State.FAILED;
  }

  private static PersonIdent identity(Casebook index, String actorId) {
    String name = index.getPeople().stream().filter(p -> actorId != null && actorId.equals(p.getId())).map(Person::getName)
        .findFirst().orElse("Rapport");
    return new PersonIdent(name, (actorId == null ? "rapport" : actorId) + "@" + LabSteps.host());
  }

  private static boolean isEmptyFolder(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs {@code work} through {@code executor} and hands back its result or its failure. */
  private static <T> T call(Executor executor, Callable<T> work) throws IOException, StoreException, GitAPIException {
    FutureTask<T> task = new FutureTask<>(work);
    executor.execute(task);
    try {
      return task.get();
    } catch (java.util.concurrent.CancellationException e) {
      // the casebook's owner (the workbench) declined the step: a document had unsaved changes then
      throw new IOException("a document had unsaved changes when the lab's were to be taken in; save it and sync again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the sync was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof StoreException store) {
        throw store;
      }
      if (cause instanceof GitAPIException git) {
        throw git;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause);
    }
  }
}
