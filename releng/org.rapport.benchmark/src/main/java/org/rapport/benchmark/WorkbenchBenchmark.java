// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.rapport.store.CasebookFolders;

/**
 * Measures the installed product: start-up to a usable window beside a minimal e4 product started
 * the same way and a plain SWT shell, and opening documents in their editors on a 10,000-session
 * casebook. Both products are made from the product archive the build produced: Rapport as it
 * ships plus the probe bundle, and the minimal product from the same files with only the bundles
 * an e4 window needs and a bundle holding an application model with one empty part. The probe
 * (see {@code probe.Probe}) prints the times; this class starts the processes and reads them.
 */
final class WorkbenchBenchmark {

  private static final int WARMUPS = 1;
  private static final int RUNS = 5;
  private static final int LONGEST_RUN_SECONDS = 120;

  private final Path archive;
  private final Path work;
  private final Path bundleSources;
  private final Path probeClasses;

  WorkbenchBenchmark(Path archive, Path work, Path bundleSources, Path probeClasses) {
    this.archive = archive;
    this.work = work;
    this.bundleSources = bundleSources;
    this.probeClasses = probeClasses;
  }

  /** The measured rows, or one row saying why nothing could be measured. */
  List<String[]> measure(Path casebook, List<String> documentIds) throws Exception {
    List<String[]> rows = new ArrayList<>();
    if (System.getenv("DISPLAY") == null) {
      rows.add(new String[] {"product start / open an editor", "", "not measured: no X display (run releng/scripts/benchmark.sh)", "", "",
          "", "-"});
      return rows;
    }
    if (!Files.isRegularFile(archive)) {
      rows.add(new String[] {"product start / open an editor", "", "not measured: no product archive at " + archive
          + " (build it first)", "", "", "", "-"});
      return rows;
    }
    Path rapport = unpack();
    Path bare = bareFrom(rapport);
    for (String home : List.of("home-swt", "home-bare", "home-demo", "home-bare-no-aot", "home-demo-no-aot", "home-10000")) {
      deleteTree(work.resolve(home));   // each product starts from its own first run, not another's saved window
    }

    double[] rapportStarts = new double[RUNS];
    double[] bareStarts = new double[RUNS];
    double[] swtStarts = new double[RUNS];
    double[] bareWithoutAot = new double[RUNS];
    double[] rapportWithoutAot = new double[RUNS];
    for (int i = -WARMUPS; i < RUNS; i++) {
      // alternated, so that a slow moment of the machine falls on all; the warm-up run of each
      // product records what it loads, and the start script makes its AOT cache as it closes
      double s = startPlainSwt(rapport, work.resolve("home-swt"));
      double b = start(bare, work.resolve("home-bare"), List.of(), "").ready();
      double r = start(rapport, work.resolve("home-demo"), List.of(), "").ready();
      double bn = start(bare, work.resolve("home-bare-no-aot"), List.of(), "", false).ready();
      double rn = start(rapport, work.resolve("home-demo-no-aot"), List.of(), "", false).ready();
      if (i >= 0) {
        swtStarts[i] = s;
        bareStarts[i] = b;
        rapportStarts[i] = r;
        bareWithoutAot[i] = bn;
        rapportWithoutAot[i] = rn;
      }
    }
    double rapportStart = median(rapportStarts);
    double bareStart = median(bareStarts);
    double swtStart = median(swtStarts);
    StoreBenchmark.noteRuns(RUNS);
    rows.add(StoreBenchmark.tableRow("minimal e4 product (" + minimalBundles + " bundles: one window, one empty part; the same start"
        + " script, so with its AOT cache) beside a plain SWT shell", "-", bareStart, "plain SWT shell, no OSGi, same Java runtime", swtStart,
        "(the floors)", true));
    StoreBenchmark.noteRuns(RUNS);
    rows.add(StoreBenchmark.tableRow("product start to a usable window with the demo casebook", "demo", rapportStart,
        "minimal e4 product", bareStart, "<= 0.8 x floor", rapportStart <= 0.8 * bareStart));
    StoreBenchmark.noteRuns(RUNS);
    rows.add(StoreBenchmark.tableRow("the same two without the AOT cache (RAPPORT_AOT=off): Rapport", "demo", median(rapportWithoutAot),
        "minimal e4 product", median(bareWithoutAot), "(for comparison)", true));

    double[] bigStarts = new double[RUNS];
    double[] heaps = new double[RUNS];
    List<Double> opens = new ArrayList<>();
    List<Double> firstOpens = new ArrayList<>();
    for (int i = -WARMUPS; i < RUNS; i++) {
      Launch launch = start(rapport, work.resolve("home-10000"), List.of("--casebook", casebook.toString()),
          "-Drapport.probe.open=" + String.join(",", documentIds));
      if (launch.opens().size() != documentIds.size()) {
        throw new IllegalStateException("the probe opened " + launch.opens().size() + " of " + documentIds.size() + " documents");
      }
      if (i >= 0) {
        bigStarts[i] = launch.ready();
        heaps[i] = launch.heapMegabytes();
        firstOpens.add(launch.opens().get(0));
        // the first few opens load the editor's classes; they are the warm-up
        opens.addAll(launch.opens().subList(3, launch.opens().size()));
      }
    }
    double bigStart = median(bigStarts);
    StoreBenchmark.noteRuns(RUNS);
    // plain: an encrypted casebook asks for its passphrase in a dialog, which the probe does not fill in
    rows.add(StoreBenchmark.tableRow("product start to a usable window with the 10,000-session casebook (plain)", "10,000", bigStart,
        "minimal e4 product", bareStart, "<= 1.0 x floor", bigStart <= bareStart));
    double open = median(opens.stream().mapToDouble(Double::doubleValue).toArray());
    StoreBenchmark.noteRuns(opens.size());
    rows.add(StoreBenchmark.tableRow("open one document in its editor (plans, reflections, agreements; not the first of each kind)",
        "10,000", open, "", Double.NaN, "< 100 ms", open < 100));
    double heap = median(heaps);
    rows.add(new String[] {"heap in use after opening the 10,000-session casebook and " + documentIds.size()
        + " documents (each closed after it opened), collections settled", "10,000", StoreBenchmark.fmt(heap) + " MB", "", "", "< 150 MB",
        heap < 150 ? "met" : "MISSED", String.valueOf(RUNS)});
    double first = median(firstOpens.stream().mapToDouble(Double::doubleValue).toArray());
    StoreBenchmark.noteRuns(firstOpens.size());
    rows.add(StoreBenchmark.tableRow("the first document opened after start (editor classes loading)", "10,000", first, "", Double.NaN,
        "< 250 ms", first < 250));
    return rows;
  }

  record Launch(double ready, List<Double> opens, double heapMegabytes) {
  }

  /** Starts an installation with its own start script and reads what the probe prints. */
  private Launch start(Path installation, Path home, List<String> args, String vmArgs) throws Exception {
    return start(installation, home, args, vmArgs, true);
  }

  /** The same, with the start script's AOT cache switched off when {@code aot} is false. */
  private Launch start(Path installation, Path home, List<String> args, String vmArgs, boolean aot) throws Exception {
    Files.createDirectories(home);
    List<String> command = new ArrayList<>(List.of(installation.resolve("rapport").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("HOME", home.toString());
    if (!aot) {
      builder.environment().put("RAPPORT_AOT", "off");
    }
    // Java takes user.home from the password database, not $HOME: without this every run would
    // share the real ~/.rapport and reopen whichever casebook was open last
    builder.environment().put("RAPPORT_VM_ARGS", ("-Duser.home=" + home + " " + vmArgs).strip());
    Output run = launch(builder);
    double ready = Double.NaN;
    double heap = Double.NaN;
    List<Double> opens = new ArrayList<>();
    for (String line : run.lines()) {
      String[] words = line.split(" ");
      if (line.startsWith("rapport-probe ready ")) {
        ready = Long.parseLong(words[2]) - run.spawned();
      } else if (line.startsWith("rapport-probe heap ")) {
        heap = Long.parseLong(words[2]) / (1024.0 * 1024.0);
      } else if (line.startsWith("rapport-probe open ")) {
        if (!"ok".equals(words[4])) {
          throw new IllegalStateException("the probe could not open " + words[2]);
        }
        opens.add(Double.parseDouble(words[3]));
      }
    }
    if (Double.isNaN(ready) || run.exit() != 0) {
      throw new IllegalStateException(installation + " never reported a usable window or did not close by itself within "
          + LONGEST_RUN_SECONDS + " s:\n" + String.join("\n", run.lines()));
    }
    return new Launch(ready, opens, heap);
  }

  /**
   * Starts the plain SWT floor on the product's own Java runtime and SWT jar, and returns the
   * milliseconds from starting it to its shell open with the UI loop come round.
   */
  private double startPlainSwt(Path rapport, Path home) throws Exception {
    Files.createDirectories(home);
    Path swt;
    try (var plugins = Files.list(rapport.resolve("plugins"))) {
      swt = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.swt.gtk.linux.x86_64_")).findFirst().orElseThrow();
    }
    Path classes = probeClasses.resolve("../../../..").normalize();
    ProcessBuilder builder = new ProcessBuilder(rapport.resolve("jre/bin/java").toString(), "-Duser.home=" + home, "-cp",
        classes + java.io.File.pathSeparator + swt, "org.rapport.benchmark.floor.SwtShell");
    builder.environment().put("HOME", home.toString());
    Output run = launch(builder);
    double ready = run.lines().stream().filter(line -> line.startsWith("rapport-probe ready "))
        .mapToDouble(line -> Long.parseLong(line.split(" ")[2]) - run.spawned()).findFirst().orElse(Double.NaN);
    if (Double.isNaN(ready)) {
      throw new IllegalStateException("the plain SWT shell never opened:\n" + String.join("\n", run.lines()));
    }
    return ready;
  }

  /** What a started process printed, when it was started, and how it ended. */
  private record Output(long spawned, List<String> lines, int exit) {
  }

  /**
   * Starts {@code builder}, reads what it prints until it ends, and stops it when it runs longer
   * than {@link #LONGEST_RUN_SECONDS} (a dialog left open, say: the caller then sees no clean exit).
   */
  private static Output launch(ProcessBuilder builder) throws Exception {
    long spawned = System.currentTimeMillis();
    Process process = builder.redirectErrorStream(true).start();
    Thread watchdog = Thread.ofVirtual().start(() -> {
      try {
        if (!process.waitFor(LONGEST_RUN_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        // the run ended in time
      }
    });
    List<String> lines = new ArrayList<>();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        lines.add(line);
      }
    }
    int exit = process.waitFor();   // the watchdog makes this end
    watchdog.interrupt();
    return new Output(spawned, lines, exit);
  }

  /** The product archive unpacked, with the probe bundle added. */
  private Path unpack() throws Exception {
    Path target = work.resolve("products");
    deleteTree(target);
    Files.createDirectories(target);
    run(List.of("tar", "-xzf", archive.toString(), "-C", target.toString()));
    Path rapport = target.resolve("rapport");
    Path probe = rapport.resolve("plugins/org.rapport.benchmark.probe_1.0.0");
    CasebookFolders.copy(bundleSources.resolve("probe"), probe);
    CasebookFolders.copy(probeClasses, probe.resolve("org/rapport/benchmark/probe"));
    appendBundle(rapport, "org.rapport.benchmark.probe,1.0.0,plugins/org.rapport.benchmark.probe_1.0.0/,4,true");
    return rapport;
  }

  /** How many bundles the minimal e4 product starts with. */
  private int minimalBundles;

  /**
   * The minimal e4 product: the same start script, Java runtime (linked) and launcher, and of the
   * platform's bundles only those the bare application bundle and an e4 workbench need
   * ({@link MinimalBundles}): no p2, PDFBox, Bouncy Castle, JGit or EMF edit. Its bundles are hard
   * links in a folder of its own: with the whole plugins folder linked, the launcher would follow
   * the link to Rapport's installation and start Rapport's configuration instead.
   */
  private Path bareFrom(Path rapport) throws Exception {
    Path bare = rapport.resolveSibling("bare");
    Files.createDirectories(bare.resolve("configuration/org.eclipse.equinox.simpleconfigurator"));
    Files.createDirectories(bare.resolve("plugins"));
    Files.createSymbolicLink(bare.resolve("jre"), rapport.resolve("jre"));
    Files.copy(rapport.resolve("rapport"), bare.resolve("rapport"));
    CasebookFolders.copy(bundleSources.resolve("bare"), rapport.resolve("plugins/org.rapport.benchmark.bare_1.0.0"));
    // p2's old state API is a framework extension of Rapport's product, not of an e4 window
    String config = Files.readString(rapport.resolve("configuration/config.ini"))
        .replace("eclipse.product=org.rapport.app.product", "eclipse.product=org.rapport.benchmark.bare.product")
        .replaceAll("(?m)^osgi\\.framework\\.extensions=.*\\R", "");
    Files.writeString(bare.resolve("configuration/config.ini"), config);
    Path info = Path.of("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    List<String> all = new ArrayList<>(Files.readAllLines(rapport.resolve(info)));
    all.add("org.rapport.benchmark.bare,1.0.0,plugins/org.rapport.benchmark.bare_1.0.0/,4,false");
    List<String> roots = new ArrayList<>(MinimalBundles.E4_RUNTIME);
    roots.addAll(List.of("org.rapport.benchmark.bare", "org.rapport.benchmark.probe"));
    List<String> bundles = MinimalBundles.closure(rapport, all, roots);
    List<String> names = new ArrayList<>();
    for (String line : bundles) {
      if (!line.startsWith("#")) {
        String[] fields = line.split(",");
        names.add(fields[0]);
        linkOrCopy(rapport.resolve(fields[2]), bare.resolve(fields[2]));
      }
    }
    try (var plugins = Files.list(rapport.resolve("plugins"))) {
      for (Path launcher : plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).toList()) {
        linkOrCopy(launcher, bare.resolve("plugins").resolve(launcher.getFileName()));
      }
    }
    minimalBundles = names.size();
    System.out.println("minimal e4 product (" + names.size() + " bundles): " + String.join(" ", names));
    Files.write(bare.resolve(info), bundles);
    return bare;
  }

  /** A bundle of the minimal product: a jar as a hard link, a folder copied. */
  private static void linkOrCopy(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      return;
    }
    if (Files.isDirectory(from)) {
      CasebookFolders.copy(from, to);
    } else {
      Files.createDirectories(to.getParent());
      Files.createLink(to, from);
    }
  }

  private static void appendBundle(Path installation, String line) throws IOException {
    Path info = installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    Files.writeString(info, Files.readString(info).stripTrailing() + "\n" + line + "\n");
  }

  private static void deleteTree(Path folder) throws Exception {
    if (Files.exists(folder)) {
      run(List.of("rm", "-rf", folder.toString()));
    }
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
