// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import static org.rapport.benchmark.SyncBenchmark.bytes;
import static org.rapport.benchmark.SyncBenchmark.expect;
import static org.rapport.benchmark.SyncBenchmark.git;
import static org.rapport.benchmark.SyncBenchmark.kilobytes;
import static org.rapport.benchmark.SyncBenchmark.middle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.rapport.cli.CasebookGenerator;
import org.rapport.desk.DeskCasebook;
import org.rapport.desk.DeskReader;
import org.rapport.model.Catalogue;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;

/**
 * A simulated lab through Debian's git daemon on 127.0.0.1: {@value #TRAINEES} trainee casebooks of
 * {@value #SESSIONS} sessions, each shared with a lab repository of its own, and {@value
 * #SUPERVISORS} supervisors, each of whom clones every casebook onto a workstation folder of their
 * own. Then a lab day: every trainee changes one plan and syncs, and every supervisor syncs each
 * casebook in turn (opened, synced, closed, as a desk following them would), taking the change in.
 * The first supervisor's Lab Desk reads the 30 indexes as it does when shown. Floors: Debian's
 * {@code git clone} of the 30 repositories, one ls-remote round trip to each, and the index files' bytes.
 */
final class LabScaleBenchmark {

  private static final int TRAINEES = 30;
  private static final int SESSIONS = 300;
  private static final int SUPERVISORS = 5;

  private final CasebookStore store;
  private final Catalogue catalogue;
  private final Path work;

  LabScaleBenchmark(CasebookStore store, Catalogue catalogue, Path work) {
    this.store = store;
    this.catalogue = catalogue;
    this.work = work;
  }

  List<String[]> measure() throws Exception {
    SyncBenchmark.deleteTree(work);
    Path srv = Files.createDirectories(work.resolve("srv"));
    int port = SyncBenchmark.freePort();
    Process daemon = SyncBenchmark.gitDaemon(srv, port, work.resolve("git-daemon.log"));
    String size = TRAINEES + " x " + SESSIONS;
    String all = "x " + TRAINEES;
    List<String[]> rows = new ArrayList<>();
    try {
      CasebookSync sync = new CasebookSync(store);
      System.out.printf("a simulated lab: %d trainee casebooks of %d sessions and %d supervisors ...%n", TRAINEES, SESSIONS, SUPERVISORS);
      List<String> names = new ArrayList<>();
      List<Path> trainees = new ArrayList<>();
      for (int t = 0; t < TRAINEES; t++) {
        String name = String.format(Locale.ROOT, "trainee-%02d", t + 1);
        git(srv, "init", "-q", "--bare", "--initial-branch=main", srv.resolve(name + ".git").toString());
        Path folder = work.resolve("trainees").resolve(name);
        new CasebookGenerator(store, catalogue).generate(folder, SESSIONS, 2026 + t);
        try (OpenCasebook casebook = store.open(folder)) {
          expect(sync.share(casebook, remote(port, name), LabCredentials.none(), null, Runnable::run, step -> { }));
        }
        names.add(name);
        trainees.add(folder);
      }
      double roundTrips = StoreBenchmark.median(1, 3, () -> {
        for (String name : names) {
          Git.lsRemoteRepository().setRemote(remote(port, name)).setHeads(true).call();
        }
      });
      long plainStarted = System.nanoTime();
      for (String name : names) {
        git(work, "clone", "-q", remote(port, name), work.resolve("plain").resolve(name).toString());
      }
      double plainClones = (System.nanoTime() - plainStarted) / 1e6;

      double[] clones = new double[SUPERVISORS];
      for (int s = 0; s < SUPERVISORS; s++) {
        long started = System.nanoTime();
        for (String name : names) {
          expect(sync.clone(remote(port, name), desk(s).resolve(name), LabCredentials.none(), null, step -> { }));
        }
        clones[s] = (System.nanoTime() - started) / 1e6;
      }
      rows.add(StoreBenchmark.tableRow("lab of 30: a supervisor's first clone of every trainee's casebook", size, middle(clones),
          "git clone " + all, plainClones, "(measured)", true));

      // the Lab Desk of the first supervisor: every index read without a lock, as the desk does
      List<Path> desk = names.stream().map(name -> desk(0).resolve(name)).toList();
      DeskReader reader = new DeskReader(store);
      double deskRead = StoreBenchmark.median(1, 5, () -> {
        int awaiting = 0;
        for (Path folder : desk) {
          DeskCasebook read = reader.read(folder, null);
          if (read.problem() != null) {
            throw new IllegalStateException(folder + ": " + read.problem());
          }
          awaiting += read.awaiting().size();
        }
        if (awaiting == 0) {
          throw new IllegalStateException("the generated casebooks hold no note awaiting review");
        }
      });
      double indexBytes = StoreBenchmark.median(1, 5, () -> {
        for (Path folder : desk) {
          Files.readAllBytes(folder.resolve(CasebookStore.INDEX_FILE));
        }
      });
      rows.add(StoreBenchmark.tableRow("lab of 30: the Lab Desk reads every casebook's index", size, deskRead,
          "read the 30 index files", indexBytes, "< 1,000 ms", deskRead < 1000));

      double[] idle = new double[SUPERVISORS];
      for (int s = 0; s < SUPERVISORS; s++) {
        idle[s] = round(sync, s, names, null);
      }
      StoreBenchmark.noteRuns(3);   // the ls-remote floor above, a median of 3
      rows.add(StoreBenchmark.tableRow("lab of 30: a supervisor syncs every casebook, nothing new", size, middle(idle),
          "ls-remote " + all, roundTrips, "< 30,000 ms (1 s each)", middle(idle) < 30_000));

      double[] sends = new double[TRAINEES];
      for (int t = 0; t < TRAINEES; t++) {
        try (OpenCasebook casebook = store.open(trainees.get(t))) {
          DocumentEntry entry = changedPlan(casebook);
          SessionPlan plan = (SessionPlan) casebook.load(entry).document();
          plan.setMaterials("Lab day edit");
          casebook.save(plan, null);
          long started = System.nanoTime();
          expect(sync.sync(casebook, LabCredentials.none(), null, Runnable::run, step -> { }));
          sends[t] = (System.nanoTime() - started) / 1e6;
        }
      }
      StoreBenchmark.noteRuns(3);   // the ls-remote floor above, a median of 3
      rows.add(StoreBenchmark.tableRow("lab of 30: a trainee's sync sending one changed plan", String.valueOf(SESSIONS), middle(sends),
          "ls-remote", roundTrips / TRAINEES, "< 1,000 ms", middle(sends) < 1000));

      double[] takes = new double[SUPERVISORS];
      for (int s = 0; s < SUPERVISORS; s++) {
        takes[s] = round(sync, s, names, "Lab day edit");
      }
      StoreBenchmark.noteRuns(3);   // the ls-remote floor above, a median of 3
      rows.add(StoreBenchmark.tableRow("lab of 30: a supervisor syncs every casebook, taking in one plan from each", size, middle(takes),
          "ls-remote " + all, roundTrips, "< 30,000 ms (1 s each)", middle(takes) < 30_000));
      rows.add(new String[] {"lab of 30: the server's 30 repositories after the first day", size, kilobytes(bytes(srv)), "", "",
          "(measured)", "-"});
    } finally {
      daemon.destroyForcibly();
      daemon.waitFor(10, TimeUnit.SECONDS);
    }
    return rows;
  }

  private static String remote(int port, String name) {
    return "git://127.0.0.1:" + port + "/" + name + ".git";
  }

  private Path desk(int supervisor) {
    return work.resolve("supervisor-" + (supervisor + 1));
  }

  /** The plan a trainee changes on the lab day: the one in the middle of the casebook. */
  private static DocumentEntry changedPlan(OpenCasebook casebook) {
    List<DocumentEntry> plans = casebook.entries(EnumSet.of(DocumentKind.PLAN));
    return plans.get(plans.size() / 2);
  }

  /**
   * One supervisor syncing each casebook on their desk in turn, in milliseconds; with {@code
   * expected}, each sync must take in the trainee's changed plan holding it.
   */
  private double round(CasebookSync sync, int supervisor, List<String> names, String expected) throws Exception {
    long started = System.nanoTime();
    for (String name : names) {
      try (OpenCasebook casebook = store.open(desk(supervisor).resolve(name))) {
        CasebookSync.Outcome outcome = sync.sync(casebook, LabCredentials.none(), null, Runnable::run, step -> { });
        expect(outcome);
        if (expected != null) {
          DocumentEntry entry = changedPlan(casebook);
          if (!outcome.received().contains(entry.getFile())
              || !expected.equals(((SessionPlan) casebook.load(entry).document()).getMaterials())) {
            throw new IllegalStateException(name + ": the changed plan did not arrive: " + outcome.received());
          }
        } else if (!outcome.received().isEmpty()) {
          throw new IllegalStateException(name + ": a sync with nothing new took in " + outcome.received());
        }
      }
    }
    return (System.nanoTime() - started) / 1e6;
  }
}
