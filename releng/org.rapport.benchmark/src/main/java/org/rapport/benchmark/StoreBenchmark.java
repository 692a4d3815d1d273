// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import static java.util.stream.Collectors.joining;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.rapport.cli.CasebookGenerator;
import org.rapport.model.Catalogue;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.RapportPackage;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.internal.XmiCasebookStore;

/**
 * Measures the store on generated casebooks of 1,000 and 10,000 sessions and prints a table of
 * medians beside the floor each is compared with, measured in the same run. Every measurement is
 * taken after warm-up runs. Given the product archive, {@link WorkbenchBenchmark} then measures
 * start-up and opening editors in the installed product, and their rows join the same table.
 */
public final class StoreBenchmark {

  private static final int[] SIZES = {1_000, 10_000};
  private final List<String[]> rows = new ArrayList<>();
  private final CasebookStore store = new XmiCasebookStore();

  /**
   * Arguments: the folder for generated casebooks, the built-in catalogue, the product archive,
   * the folder of the probe's and bare product's bundle files, the probe's compiled classes.
   */
  public static void main(String[] args) throws Exception {
    StoreBenchmark benchmark = new StoreBenchmark();
    benchmark.run(Path.of(args[0]), Path.of(args[1]));
    if (args.length >= 5 && !Boolean.getBoolean("rapport.benchmark.storeOnly")) {
      System.out.println("measuring the installed product (start-up and editors) ...");
      WorkbenchBenchmark workbench = new WorkbenchBenchmark(Path.of(args[2]), Path.of(args[0]).resolveSibling("workbench"),
          Path.of(args[3]), Path.of(args[4]));
      benchmark.rows.addAll(workbench.measure(benchmark.largest, benchmark.documentsToOpen));
    }
    benchmark.print();
  }

  /** The 10,000-session casebook, and a spread of its documents, for the workbench measurements. */
  private Path largest;
  private final List<String> documentsToOpen = new ArrayList<>();

  private void run(Path root, Path catalogueFile) throws Exception {
    RapportPackage.eINSTANCE.eClass();
    Catalogue catalogue = store.readCatalogue(catalogueFile);
    for (int sessions : SIZES) {
      Path folder = root.resolve(sessions + "-sessions");
      if (!Files.isRegularFile(folder.resolve(CasebookStore.INDEX_FILE))) {
        long started = System.nanoTime();
        System.out.printf("generating a casebook of %,d sessions in %s ...%n", sessions, folder);
        new CasebookGenerator(store, catalogue).generate(folder, sessions, 2026);
        System.out.printf("  done in %.1f s%n", (System.nanoTime() - started) / 1e9);
      }
      if (Boolean.getBoolean("rapport.benchmark.workbenchOnly")) {
        largest = folder;
        try (OpenCasebook open = store.openForReading(folder)) {
          pickDocumentsToOpen(entries(open));
        }
        continue;   // only the product's start-up and editors
      }
      if (Boolean.getBoolean("rapport.benchmark.syncOnly")) {
        largest = folder;
        continue;   // only the lab sync rows, e.g. while working on sync
      }
      measure(folder, sessions, catalogue);
      measureEncrypted(folder, sessions);
      largest = folder;
    }
    if (Boolean.getBoolean("rapport.benchmark.workbenchOnly")) {
      return;
    }
    for (int sessions : SIZES) {
      rows.addAll(new SyncBenchmark(store, root.resolveSibling("sync")).measure(root.resolve(sessions + "-sessions"), sessions));
    }
    // new casebooks are encrypted: the lab's targets hold for them too
    int largestSize = SIZES[SIZES.length - 1];
    // (in a folder of its own: this workstation remembers which folders held an encrypted casebook)
    rows.addAll(new SyncBenchmark(store, root.resolveSibling("sync-encrypted")).measure(root.resolve(largestSize + "-sessions"), largestSize,
        true));
    rows.addAll(new LabScaleBenchmark(store, catalogue, root.resolveSibling("lab")).measure());
  }

  private void measure(Path folder, int sessions, Catalogue catalogue) throws Exception {
    String size = String.format(Locale.ROOT, "%,d", sessions);
    Path index = folder.resolve(CasebookStore.INDEX_FILE);

    double open = median(2, 7, () -> store.open(folder).close());
    double openFloor = median(2, 7, () -> Files.readAllBytes(index));
    row("open casebook to its index (explorer input)", size, open, "read the index's bytes", openFloor, "< 500 ms", open < 500);

    // what an open casebook holds: heap with three open (for reading, so no lock stops the second),
    // minus heap before, divided by three
    long without = settledHeap();
    List<OpenCasebook> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(store.openForReading(folder));
    }
    long with = settledHeap();
    double megabytes = (with - without) / 3.0 / (1024.0 * 1024.0);
    held.forEach(OpenCasebook::close);
    held.clear();
    rows.add(new String[] {"heap held by the open casebook (index only)", size, fmt(megabytes) + " MB", "", "", "< 300 MB",
        megabytes < 300 ? "met" : "MISSED"});

    try (OpenCasebook open1 = store.open(folder)) {
      List<DocumentEntry> entries = entries(open1);
      List<Path> files = entries.stream().map(e -> folder.resolve(e.getFile())).toList();
      int runs = sessions >= 10_000 ? 3 : 5;
      double loadAll = median(1, runs, () -> {
        for (DocumentEntry entry : entries) {
          if (!open1.load(entry).ok()) {
            throw new IllegalStateException(entry.getFile());
          }
        }
      });
      double readAll = median(1, runs, () -> {
        for (Path file : files) {
          Files.readAllBytes(file);
        }
      });
      row("load every document (" + String.format(Locale.ROOT, "%,d", entries.size()) + ")", size, loadAll,
          "read all their bytes", readAll, "(page cache, for comparison)", true);
      // the honest floor for reading XML: the same files read and parsed by the JDK's SAX parser,
      // namespace-aware as EMF's, building nothing
      javax.xml.parsers.SAXParserFactory sax = javax.xml.parsers.SAXParserFactory.newInstance();
      sax.setNamespaceAware(true);
      javax.xml.parsers.SAXParser parser = sax.newSAXParser();
      org.xml.sax.helpers.DefaultHandler nothing = new org.xml.sax.helpers.DefaultHandler();
      double parseAll = median(1, runs, () -> {
        for (Path file : files) {
          parser.reset();
          parser.parse(new ByteArrayInputStream(Files.readAllBytes(file)), nothing);
        }
      });
      noteRuns(runs);
      row("load every document into model objects (" + String.format(Locale.ROOT, "%,d", entries.size()) + ")", size, loadAll,
          "read and parse them with the JDK's SAX parser, no EMF", parseAll, "<= 2 x floor", loadAll <= 2 * parseAll);

      // what rapport check does after the platform has started: every document read, validated with
      // the built-in rules (signed steps verified against the roster) and checked against the index
      org.rapport.operations.CasebookCheck check = new org.rapport.operations.CasebookCheck(store, List.of(catalogue), null);
      double checkAll = median(1, runs, () -> {
        if (check.check(folder).documentsChecked() != entries.size()) {
          throw new IllegalStateException("the check did not read every document");
        }
      });
      row("check every document (rapport check, after start-up)", size, checkAll, "load every document", loadAll,
          "< 10 s, <= 3 x floor", checkAll < 10_000 && checkAll <= 3 * loadAll);

      double search = median(2, runs, () -> {
        if (open1.search().find("silence", EnumSet.of(DocumentKind.REFLECTION)).isEmpty()) {
          throw new IllegalStateException("the word should occur");
        }
      });
      row("search all reflections for a word", size, search, "", Double.NaN, "< 200 ms", search < 200);

      DocumentEntry planEntry = entries.stream().filter(e -> e.getKind() == DocumentKind.PLAN).findFirst().orElseThrow();
      SessionPlan plan = (SessionPlan) open1.load(planEntry).document();
      int[] counter = {0};
      double save = median(3, 11, () -> {
        plan.setMaterials("Benchmark edit " + counter[0]++);
        open1.save(plan, null);
      });
      byte[] planBytes = Files.readAllBytes(folder.resolve(planEntry.getFile()));
      Path scratch = folder.resolveSibling("fsync-floor.tmp");
      double saveFloor = median(3, 11, () -> writeWithFsync(scratch, planBytes));
      Files.deleteIfExists(scratch);
      row("save one document (and the index)", size, save, "write its bytes with fsync", saveFloor, "< 30 ms", save < 30);

      if (sessions == SIZES[0]) {
        compareFormats(open1, entries);
      }
      pickDocumentsToOpen(entries);
    }
  }

  /**
   * Seven documents of each kind (21, about the 20 a day's work opens), spread over the casebook; one of each kind first, as those opens
   * load the editor's classes and are not counted.
   */
  private void pickDocumentsToOpen(List<DocumentEntry> entries) {
    documentsToOpen.clear();
    for (int i = 0; i < 7; i++) {
      for (DocumentKind kind : List.of(DocumentKind.PLAN, DocumentKind.REFLECTION, DocumentKind.AGREEMENT)) {
        List<DocumentEntry> ofKind = entries.stream().filter(e -> e.getKind() == kind).toList();
        documentsToOpen.add(ofKind.get(i * (ofKind.size() - 1) / 6).getDocumentId());
      }
    }
  }

  /**
   * The cost of encryption at rest: an encrypted copy of the casebook (real Argon2id costs) opened,
   * read whole and saved into, beside the same on the plain casebook.
   */
  private void measureEncrypted(Path plain, int sessions) throws Exception {
    String size = String.format(Locale.ROOT, "%,d", sessions);
    Path sealed = plain.resolveSibling(plain.getFileName() + "-encrypted");
    char[] passphrase = "benchmark passphrase".toCharArray();
    if (!Files.isRegularFile(sealed.resolve(CasebookStore.INDEX_FILE))) {
      org.rapport.store.CasebookFolders.copy(plain, sealed);
      Files.deleteIfExists(sealed.resolve(".rapport.lock"));
      long started = System.nanoTime();
      try (OpenCasebook open = store.open(sealed)) {
        open.keys().changePassphrase(passphrase, open.index().getOwner().getId());   // the owner's step alone
      }
      rows.add(new String[] {"encrypt the whole casebook (every file sealed again)", size,
          fmt((System.nanoTime() - started) / 1e6) + " ms", "", "", "(measured)", "-"});
    }
    double openPlain = median(2, 7, () -> store.open(plain).close());
    double open = median(1, 5, () -> store.open(sealed, passphrase).close());
    row("open encrypted casebook (Argon2id 64 MiB, 3 passes, then the index)", size, open, "open the plain casebook", openPlain,
        "< 1,000 ms", open < 1000);
    try (OpenCasebook plainOpen = store.open(plain); OpenCasebook open1 = store.open(sealed, passphrase)) {
      List<DocumentEntry> plainEntries = entries(plainOpen);
      List<DocumentEntry> entries = entries(open1);
      double loadPlain = median(1, 5, () -> plainEntries.forEach(plainOpen::load));
      double loadAll = median(1, 5, () -> {
        for (DocumentEntry entry : entries) {
          if (!open1.load(entry).ok()) {
            throw new IllegalStateException(entry.getFile());
          }
        }
      });
      row("load every document, encrypted (" + String.format(Locale.ROOT, "%,d", entries.size()) + ")", size, loadAll,
          "the same, plain", loadPlain, "<= 1.5 x plain", loadAll <= 1.5 * loadPlain);
      DocumentEntry planEntry = entries.stream().filter(e -> e.getKind() == DocumentKind.PLAN).findFirst().orElseThrow();
      SessionPlan plan = (SessionPlan) open1.load(planEntry).document();
      SessionPlan plainPlan = (SessionPlan) plainOpen.load(plainEntries.stream().filter(e -> e.getKind() == DocumentKind.PLAN)
          .findFirst().orElseThrow()).document();
      int[] counter = {0};
      double savePlain = median(3, 11, () -> {
        plainPlan.setMaterials("Benchmark edit " + counter[0]++);
        plainOpen.save(plainPlan, null);
      });
      double save = median(3, 11, () -> {
        plan.setMaterials("Benchmark edit " + counter[0]++);
        open1.save(plan, null);
      });
      byte[] sealedPlan = Files.readAllBytes(sealed.resolve(planEntry.getFile()));
      Path scratch = sealed.resolveSibling("fsync-floor.tmp");
      double sealedFloor = median(3, 11, () -> writeWithFsync(scratch, sealedPlan));
      Files.deleteIfExists(scratch);
      noteRuns(11);
      row("save one document, encrypted (and the index, the audit trail)", size, save, "write its sealed bytes with fsync", sealedFloor,
          "< 15 ms", save < 15);
      noteRuns(11);
      row("the same save, plain", size, savePlain, "", Double.NaN, "(for comparison)", true);
      double searchPlain = median(2, 5, () -> plainOpen.search().find("silence", EnumSet.of(DocumentKind.REFLECTION)));
      double search = median(2, 5, () -> {
        if (open1.search().find("silence", EnumSet.allOf(DocumentKind.class)).isEmpty()) {
          throw new IllegalStateException("the word should occur");
        }
      });
      double searchAllPlain = median(2, 5, () -> plainOpen.search().find("silence", EnumSet.allOf(DocumentKind.class)));
      row("search every document for a word, encrypted", size, search, "the same, plain", searchAllPlain, "< 200 ms, <= 1.5 x plain",
          search < 200 && search <= 1.5 * searchAllPlain);
      noteRuns(5);
      row("search all reflections for a word, plain", size, searchPlain, "", Double.NaN, "(for comparison)", true);
    }
  }

  /** Parses every document from XMI bytes and from EMF binary bytes, all in memory. */
  private void compareFormats(OpenCasebook open, List<DocumentEntry> entries) throws Exception {
    List<byte[]> xmi = new ArrayList<>();
    List<byte[]> binary = new ArrayList<>();
    for (DocumentEntry entry : entries) {
      xmi.add(Files.readAllBytes(open.folder().resolve(entry.getFile())));
      LoadResult loaded = open.load(entry);
      Resource resource = new BinaryResourceImpl(URI.createURI("memory:/" + entry.getDocumentId()));
      resource.getContents().add(EcoreUtil.copy(loaded.document()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      resource.save(out, null);
      binary.add(out.toByteArray());
    }
    double parseXmi = median(1, 5, () -> {
      for (int i = 0; i < entries.size(); i++) {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/" + i + ".xmi"));
        resource.load(new ByteArrayInputStream(xmi.get(i)), null);
      }
    });
    double parseBinary = median(1, 5, () -> {
      for (int i = 0; i < entries.size(); i++) {
        Resource resource = new BinaryResourceImpl(URI.createURI("memory:/" + i));
        new ResourceSetImpl().getResources().add(resource);
        resource.load(new ByteArrayInputStream(binary.get(i)), null);
      }
    });
    // the load options the store uses (SafeXmi), which EMF documents as the ones that matter
    java.util.Map<Object, Object> tuned = new java.util.HashMap<>();
    tuned.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    tuned.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl());
    tuned.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new java.util.HashMap<>());
    tuned.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
    double parseTuned = median(1, 5, () -> {
      for (int i = 0; i < entries.size(); i++) {
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/" + i + ".xmi"));
        resource.load(new ByteArrayInputStream(xmi.get(i)), tuned);
      }
    });
    row("parse every document from memory: XMI with parser pool, name-to-feature map, deferred IDREFs", "1,000", parseTuned,
        "the same, default options", parseXmi, "(comparison)", true);

    List<Resource> loaded = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Resource resource = new XMIResourceImpl(URI.createURI("memory:/" + i + ".xmi"));
      resource.load(new ByteArrayInputStream(xmi.get(i)), tuned);
      loaded.add(resource);
    }
    java.util.Map<Object, Object> cached = new java.util.HashMap<>();
    cached.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
    cached.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
    // several warm-ups each: the first saves of a run are slow whatever the options, and would
    // otherwise count against whichever variant is measured first
    double saveDefault = median(4, 7, () -> {
      for (Resource resource : loaded) {
        resource.save(new ByteArrayOutputStream(8192), null);
      }
    });
    double saveCached = median(4, 7, () -> {
      for (Resource resource : loaded) {
        resource.save(new ByteArrayOutputStream(8192), cached);
      }
    });
    row("write every document to memory: XMI with cached lookup table and configuration cache", "1,000", saveCached,
        "the same, default options", saveDefault, "(comparison)", true);

    long xmiBytes = xmi.stream().mapToLong(b -> b.length).sum();
    long binaryBytes = binary.stream().mapToLong(b -> b.length).sum();
    noteRuns(5);   // both medians were taken above, before the previous row
    row("parse every document from memory: EMF binary (" + fmt((double) xmiBytes / binaryBytes) + " x smaller)", "1,000", parseBinary,
        "the same from XMI (default options)", parseXmi, "(comparison)", true);
  }

  private static void writeWithFsync(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  private static List<DocumentEntry> entries(OpenCasebook open) {
    List<DocumentEntry> entries = new ArrayList<>();
    for (ClientCase client : open.index().getClients()) {
      entries.addAll(client.getAgreements());
      for (Session session : client.getSessions()) {
        entries.addAll(session.getDocuments());
      }
    }
    return entries;
  }

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Median wall time in milliseconds of {@code runs} runs after {@code warmups} unmeasured ones. */
  static double median(int warmups, int runs, Work work) throws Exception {
    noteRuns(runs);
    for (int i = 0; i < warmups; i++) {
      work.run();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  /** Used heap after collections have settled. */
  private static long settledHeap() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void row(String what, String size, double millis, String floorName, double floor, String target, boolean met) {
    rows.add(tableRow(what, size, millis, floorName, floor, target, met));
  }

  /**
   * How many measured runs the medians taken since the last row came from: each row shows them,
   * so that a reader sees how much a figure rests on. (The rows follow their medians directly.)
   */
  private static final java.util.Set<Integer> RUNS_SINCE_LAST_ROW = new java.util.LinkedHashSet<>();

  /** Records that a median about to be shown came from {@code runs} measured runs. */
  static void noteRuns(int runs) {
    RUNS_SINCE_LAST_ROW.add(runs);
  }

  /** A row of the table: the median, its floor and their ratio, the target and whether it is met. */
  static String[] tableRow(String what, String size, double millis, String floorName, double floor, String target, boolean met) {
    String ratio = Double.isNaN(floor) || floor <= 0 ? "" : fmt(millis / floor) + " x";
    String runs = RUNS_SINCE_LAST_ROW.isEmpty() ? "1" : RUNS_SINCE_LAST_ROW.stream().map(String::valueOf).collect(joining(", "));
    RUNS_SINCE_LAST_ROW.clear();
    return new String[] {what, size, fmt(millis) + " ms", floorName.isEmpty() ? "" : floorName + ": " + fmt(floor) + " ms", ratio,
        target, target.startsWith("(") ? "-" : met ? "met" : "MISSED", runs};
  }

  private void print() {
    String[] header = {"measurement", "sessions", "median", "floor", "ratio", "target", "verdict", "runs"};
    System.out.println();
    System.out.println("| " + String.join(" | ", header) + " |");
    System.out.println("|" + "---|".repeat(header.length));
    for (String[] row : rows) {
      // rows built by hand hold one measurement
      String[] shown = row.length == header.length ? row : Arrays.copyOf(row, header.length);
      if (shown[header.length - 1] == null) {
        shown[header.length - 1] = "1";
      }
      System.out.println("| " + String.join(" | ", shown) + " |");
    }
    System.out.println();
    System.out.println(Machine.describe());
  }

  static String fmt(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
