// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.LabCredentials;
import org.rapport.sync.internal.LabRepository;

/**
 * Lab sync on a generated casebook through Debian's git daemon on 127.0.0.1: the first share and
 * clone, a sync with nothing to do, one that sends one changed plan and one that receives it, beside
 * the floor of asking the server for its branches (JGit's ls-remote, one round trip); then what one
 * daily save costs the repository, loose and after {@code git gc}.
 */
final class SyncBenchmark {

  private static final int RUNS = 5;
  private static final int DAILY_SAVES = 30;
  private static final String PASSPHRASE = "benchmark lab passphrase";

  private final CasebookStore store;
  private final Path work;
  private final List<String[]> rows = new ArrayList<>();

  SyncBenchmark(CasebookStore store, Path work) {
    this.store = store;
    this.work = work;
  }

  List<String[]> measure(Path generated, int sessions) throws Exception {
    return measure(generated, sessions, false);
  }

  /**
   * {@link #measure(Path, int)}, on a copy encrypted first when {@code encrypted} (as new casebooks
   * are): every blob in the lab is then sealed, and the rows say so.
   */
  List<String[]> measure(Path generated, int sessions, boolean encrypted) throws Exception {
    String size = String.format(Locale.ROOT, "%,d", sessions);
    String kind = encrypted ? " (encrypted)" : "";
    char[] passphrase = encrypted ? PASSPHRASE.toCharArray() : null;
    deleteTree(work);
    Path srv = Files.createDirectories(work.resolve("srv"));
    git(srv, "init", "-q", "--bare", "--initial-branch=main", srv.resolve("lab.git").toString());
    git(srv, "--git-dir=" + srv.resolve("lab.git"), "config", "daemon.receivepack", "true");
    int port = freePort();
    Process daemon = gitDaemon(srv, port, work.resolve("git-daemon.log"));
    try {
      String remote = "git://127.0.0.1:" + port + "/lab.git";
      CasebookSync sync = new CasebookSync(store);
      System.out.printf("lab sync on %s sessions through %s ...%n", size, remote);
      Path trainee = CasebookFolders.copy(generated, work.resolve("trainee"));
      Files.deleteIfExists(trainee.resolve(".rapport.lock"));
      if (encrypted) {
        try (OpenCasebook mine = store.open(trainee)) {
          mine.keys().changePassphrase(passphrase, mine.index().getOwner().getId());
        }
      }
      Path supervisor = work.resolve("supervisor");
      try (OpenCasebook mine = store.open(trainee, passphrase)) {
        long started = System.nanoTime();
        expect(sync.share(mine, remote, LabCredentials.none(), null, Runnable::run, step -> { }));
        double share = (System.nanoTime() - started) / 1e6;
        rows.add(StoreBenchmark.tableRow("lab: first share (the whole casebook sent)" + kind, size, share, "", Double.NaN, "(measured)", true));
      }
      long started = System.nanoTime();
      expect(sync.clone(remote, supervisor, LabCredentials.none(), () -> PASSPHRASE.toCharArray(), null, step -> { }));
      double clone = (System.nanoTime() - started) / 1e6;
      long plainStarted = System.nanoTime();
      git(work, "clone", "-q", remote, work.resolve("plain-clone").toString());
      double plainClone = (System.nanoTime() - plainStarted) / 1e6;
      rows.add(StoreBenchmark.tableRow("lab: first clone onto a second workstation (every document checked and verified)" + kind, size, clone,
          "git clone", plainClone, "< 30 s", clone < 30_000));

      double floor = StoreBenchmark.median(2, RUNS, () -> Git.lsRemoteRepository().setRemote(remote).setHeads(true).call());
      try (OpenCasebook mine = store.open(trainee, passphrase); OpenCasebook theirs = store.open(supervisor, passphrase)) {
        double idle = StoreBenchmark.median(1, RUNS, () -> expect(sync.sync(mine, LabCredentials.none(), null, Runnable::run, step -> { })));
        rows.add(StoreBenchmark.tableRow("lab: sync with nothing to send or take" + kind, size, idle, "ls-remote", floor, "< 1,000 ms",
            idle < 1000));
        DocumentEntry entry = mine.entries(EnumSet.of(DocumentKind.PLAN)).get(sessions / 2);
        SessionPlan plan = (SessionPlan) mine.load(entry).document();
        double[] send = new double[RUNS];
        double[] receive = new double[RUNS];
        for (int i = -1; i < RUNS; i++) {   // the first round warms up
          plan.setMaterials("Sync benchmark edit " + i);
          mine.save(plan, null);
          long sent = System.nanoTime();
          expect(sync.sync(mine, LabCredentials.none(), null, Runnable::run, step -> { }));
          long received = System.nanoTime();
          CasebookSync.Outcome taken = sync.sync(theirs, LabCredentials.none(), null, Runnable::run, step -> { });
          long done = System.nanoTime();
          expect(taken);
          if (!taken.received().contains(entry.getFile())) {
            throw new IllegalStateException("the changed plan did not arrive: " + taken.received());
          }
          if (i >= 0) {
            send[i] = (received - sent) / 1e6;
            receive[i] = (done - received) / 1e6;
          }
        }
        StoreBenchmark.noteRuns(RUNS);   // the ls-remote floor of the row above
        rows.add(StoreBenchmark.tableRow("lab: sync sending one changed plan" + kind, size, middle(send), "ls-remote", floor, "< 1,000 ms",
            middle(send) < 1000));
        StoreBenchmark.noteRuns(RUNS);
        rows.add(StoreBenchmark.tableRow("lab: sync taking in one changed plan" + kind, size, middle(receive), "ls-remote", floor,
            "< 1,000 ms", middle(receive) < 1000));

        // a month of daily saves, one plan each, from a packed repository, then packed again as git gc would
        Path lab = trainee.resolve(LabRepository.FOLDER);
        git(lab, "--git-dir=" + lab, "gc", "-q", "--prune=now");
        long before = bytes(lab);
        for (int day = 0; day < DAILY_SAVES; day++) {
          plan.setMaterials("Daily save " + day);
          mine.save(plan, null);
          expect(sync.sync(mine, LabCredentials.none(), null, Runnable::run, step -> { }));
        }
        long loose = (bytes(lab) - before) / DAILY_SAVES;
        git(lab, "--git-dir=" + lab, "gc", "-q", "--prune=now");
        long packed = (bytes(lab) - before) / DAILY_SAVES;
        rows.add(new String[] {"lab: what one daily save (one plan) adds to the repository, loose / after git gc" + kind, size,
            kilobytes(loose) + " / " + kilobytes(packed), "the casebook packed: " + kilobytes(before), "",
            "(measured; a year of daily saves: about " + kilobytes(365 * packed) + " packed)", "-"});
      }
    } finally {
      daemon.destroyForcibly();
      daemon.waitFor(10, TimeUnit.SECONDS);
    }
    return rows;
  }

  static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }

  /** Debian's git daemon serving every repository under {@code srv} on 127.0.0.1, once it listens; stopped by the caller. */
  static Process gitDaemon(Path srv, int port, Path log) throws IOException, InterruptedException {
    Process daemon = new ProcessBuilder("/usr/lib/git-core/git-daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
        "--base-path=" + srv, "--export-all", "--enable=receive-pack", srv.toString()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    awaitPort(port);
    return daemon;
  }

  static void expect(CasebookSync.Outcome outcome) {
    if (outcome.state() != CasebookSync.State.IN_STEP) {
      throw new IllegalStateException("the sync did not end in step: " + outcome.message());
    }
  }

  static double middle(double[] times) {
    StoreBenchmark.noteRuns(times.length);
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static long bytes(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  static String kilobytes(long bytes) {
    return String.format(Locale.ROOT, "%,.1f KB", bytes / 1024.0);
  }

  private static void awaitPort(int port) throws IOException, InterruptedException {
    for (int i = 0; i < 300; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException("git daemon did not listen on port " + port);
  }

  static void git(Path folder, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!git.waitFor(120, TimeUnit.SECONDS) || git.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
