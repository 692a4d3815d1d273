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
 * Measures the installed product: start-up to a usable window beside a bare e4 product started the
 * same way, and opening documents in their editors on a 10,000-session casebook. Both products are
 * made from the product archive the build produced: Rapport as it ships plus the probe bundle, and
 * the bare product from the same files with Rapport's bundles taken out and a bundle holding an
 * application model with one empty part put in. The probe (see {@code probe.Probe}) prints the
 * times; this class starts the processes and reads them.
 */
final class WorkbenchBenchmark {

  private static final int WARMUPS = 1;
  private static final int RUNS = 5;

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

    double[] rapportStarts = new double[RUNS];
    double[] bareStarts = new double[RUNS];
    for (int i = -WARMUPS; i < RUNS; i++) {
      // alternated, so that a slow moment of the machine falls on both
      double b = start(bare, work.resolve("home-bare"), List.of(), "").ready();
      double r = start(rapport, work.resolve("home-demo"), List.of(), "").ready();
      if (i >= 0) {
        bareStarts[i] = b;
        rapportStarts[i] = r;
      }
    }
    double rapportStart = median(rapportStarts);
    double bareStart = median(bareStarts);
    rows.add(StoreBenchmark.tableRow("product start to a usable window with the demo casebook", "demo", rapportStart,
        "bare e4 product, started the same way", bareStart, "<= 1.3 x floor", rapportStart <= 1.3 * bareStart));

    double[] bigStarts = new double[RUNS];
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
        firstOpens.add(launch.opens().get(0));
        // the first few opens load the editor's classes; they are the warm-up
        opens.addAll(launch.opens().subList(3, launch.opens().size()));
      }
    }
    rows.add(StoreBenchmark.tableRow("product start to a usable window with the 10,000-session casebook", "10,000", median(bigStarts),
        "bare e4 product", bareStart, "(for comparison)", true));
    double open = median(opens.stream().mapToDouble(Double::doubleValue).toArray());
    rows.add(StoreBenchmark.tableRow("open one document in its editor (" + opens.size() + " opens of plans, reflections, agreements)",
        "10,000", open, "", Double.NaN, "< 150 ms", open < 150));
    double first = median(firstOpens.stream().mapToDouble(Double::doubleValue).toArray());
    rows.add(StoreBenchmark.tableRow("the first document opened after start (editor classes loading)", "10,000", first, "", Double.NaN,
        "(for comparison)", true));
    return rows;
  }

  record Launch(double ready, List<Double> opens) {
  }

  /** Starts an installation with its own start script and reads what the probe prints. */
  private Launch start(Path installation, Path home, List<String> args, String vmArgs) throws Exception {
    Files.createDirectories(home);
    List<String> command = new ArrayList<>(List.of(installation.resolve("rapport").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    // Java takes user.home from the password database, not $HOME: without this every run would
    // share the real ~/.rapport and reopen whichever casebook was open last
    builder.environment().put("RAPPORT_VM_ARGS", ("-Duser.home=" + home + " " + vmArgs).strip());
    long spawned = System.currentTimeMillis();
    Process process = builder.start();
    double ready = Double.NaN;
    List<Double> opens = new ArrayList<>();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        String[] words = line.split(" ");
        if (line.startsWith("rapport-probe ready ")) {
          ready = Long.parseLong(words[2]) - spawned;
        } else if (line.startsWith("rapport-probe open ")) {
          if (!"ok".equals(words[4])) {
            throw new IllegalStateException("the probe could not open " + words[2]);
          }
          opens.add(Double.parseDouble(words[3]));
        }
      }
    } finally {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    if (Double.isNaN(ready)) {
      throw new IllegalStateException(installation + " never reported a usable window:\n" + String.join("\n", output));
    }
    return new Launch(ready, opens);
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

  /**
   * The bare product: the same start script, Java runtime, launcher and platform bundles (shared
   * through links), without Rapport's bundles, with the bare application bundle and the probe.
   */
  private Path bareFrom(Path rapport) throws Exception {
    Path bare = rapport.resolveSibling("bare");
    Files.createDirectories(bare.resolve("configuration/org.eclipse.equinox.simpleconfigurator"));
    Files.createSymbolicLink(bare.resolve("plugins"), rapport.resolve("plugins"));
    Files.createSymbolicLink(bare.resolve("jre"), rapport.resolve("jre"));
    Files.copy(rapport.resolve("rapport"), bare.resolve("rapport"));
    CasebookFolders.copy(bundleSources.resolve("bare"), rapport.resolve("plugins/org.rapport.benchmark.bare_1.0.0"));
    String config = Files.readString(rapport.resolve("configuration/config.ini"))
        .replace("eclipse.product=org.rapport.app.product", "eclipse.product=org.rapport.benchmark.bare.product");
    Files.writeString(bare.resolve("configuration/config.ini"), config);
    Path info = Path.of("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    List<String> bundles = new ArrayList<>(Files.readAllLines(rapport.resolve(info)).stream()
        .filter(line -> !line.startsWith("org.rapport.app") && !line.startsWith("org.rapport.ui") && !line.startsWith("org.rapport.model")
            && !line.startsWith("org.rapport.store") && !line.startsWith("org.rapport.cli"))
        .toList());
    bundles.add("org.rapport.benchmark.bare,1.0.0,plugins/org.rapport.benchmark.bare_1.0.0/,4,false");
    Files.write(bare.resolve(info), bundles);
    return bare;
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
