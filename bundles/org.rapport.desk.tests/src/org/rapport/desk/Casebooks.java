// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Person;
import org.rapport.model.ReflectionNote;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/** Casebooks for the desk's tests: copies of the demo, shared with a lab folder and cloned as a supervisor's workstation would. */
final class Casebooks {

  static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  /** The demo's three notes awaiting review, all addressed to P-sup-1, the longest waiting first. */
  static final String[] AWAITING = {"CL-0552-S02-reflection", "CL-0417-S05-reflection", "CL-0630-S02-reflection"};

  private Casebooks() {
  }

  /** The store the product runs on, from the service registry. */
  static CasebookStore store() throws InterruptedException {
    var context = FrameworkUtil.getBundle(Casebooks.class).getBundleContext();
    ServiceTracker<CasebookStore, CasebookStore> tracker = new ServiceTracker<>(context, CasebookStore.class, null);
    tracker.open();
    try {
      CasebookStore store = tracker.waitForService(10_000);
      assertNotNull(store, "the store is published as a DS service");
      return store;
    } finally {
      tracker.close();
    }
  }

  /** A copy of the demo casebook in {@code folder}, titled {@code title} (null: the demo's own title). */
  static Path demo(CasebookStore store, Path folder, String title) throws Exception {
    CasebookFolders.copy(SEEDS.resolve("demo-casebook"), folder);
    if (title != null) {
      try (OpenCasebook open = store.open(folder)) {
        open.index().setTitle(title);
        open.saveIndex();
      }
    }
    return folder;
  }

  /** Shares the trainee's casebook with a new lab folder {@code lab} and clones it into {@code clone}. */
  static Path sharedAndCloned(CasebookStore store, Path trainee, Path lab, Path clone) throws Exception {
    return sharedAndCloned(store, trainee, null, lab, clone);
  }

  /**
   * {@link #sharedAndCloned(CasebookStore, Path, Path, Path)} for a casebook that may be encrypted
   * under {@code passphrase}: the clone opens it with Hollis's own passphrase.
   */
  static Path sharedAndCloned(CasebookStore store, Path trainee, String passphrase, Path lab, Path clone) throws Exception {
    CasebookSync sync = new CasebookSync(store);
    try (OpenCasebook open = store.open(trainee, passphrase == null ? null : passphrase.toCharArray())) {
      assertEquals(CasebookSync.State.IN_STEP,
          sync.share(open, lab.toString(), LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { }).state());
    }
    CasebookSync.Outcome cloned = sync.clone(lab.toString(), clone, LabCredentials.none(), () -> "hollis demo 2026".toCharArray(),
        "P-sup-1", step -> { });
    assertEquals(CasebookSync.State.IN_STEP, cloned.state(), cloned.message());
    return clone;
  }

  /**
   * {@code personId} of the demo signed in with {@code passphrase}, their demo passphrase, as the
   * window's sign-in does (it opens an encrypted casebook shared with them too).
   */
  static Signer signIn(CasebookStore store, Path casebook, String personId, String passphrase) throws Exception {
    try (OpenCasebook open = store.openForReading(casebook, passphrase.toCharArray())) {
      return open.signing().signIn(personId, passphrase.toCharArray());
    }
  }

  /** P-sup-1 of the demo, signed in. */
  static Signer hollis(CasebookStore store, Path casebook) throws Exception {
    return signIn(store, casebook, "P-sup-1", "hollis demo 2026");
  }

  /**
   * The demo in {@code folder}, encrypted under {@code passphrase} by its owner and its key wrapped
   * for every person whose key the owner endorsed (the trainee and both supervisors).
   */
  static Path encryptedDemo(CasebookStore store, Path folder, String passphrase) throws Exception {
    demo(store, folder, null);
    try (OpenCasebook open = store.open(folder)) {
      open.keys().changePassphrase(passphrase.toCharArray(), "P-trainee-1");
      assertEquals(java.util.List.of("P-sup-1", "P-sup-2", "P-trainee-1"),
          open.keys().grantAccess("P-trainee-1").stream().sorted().toList());
    }
    return folder;
  }

  static DocumentEntry entry(OpenCasebook casebook, String documentId) {
    return casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> documentId.equals(e.getDocumentId())).findFirst()
        .orElseThrow();
  }

  /** The note approved in {@code casebook} by P-sup-1, with their demo passphrase, and saved. */
  static void approveAsHollis(OpenCasebook casebook, String documentId) throws Exception {
    ReflectionNote note = (ReflectionNote) casebook.load(entry(casebook, documentId)).document();
    Signer signer = casebook.signing().signIn("P-sup-1", "hollis demo 2026".toCharArray());
    ReviewWorkflow.take(note, ReviewWorkflow.Step.APPROVE, signer, LocalDateTime.now().withNano(0), null);
    casebook.save(note, "P-sup-1");
  }

  /** Every file under {@code folder} with its bytes, to show that reading changed nothing. */
  static java.util.Map<Path, String> contents(Path folder) throws Exception {
    java.util.Map<Path, String> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
      }
    }
    return files;
  }
}
