// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.internal.CheckApplication;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;

/** {@code rapport check} on the demo casebook and on copies of it with broken files planted. */
class CheckCommandTest {

  static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  private static final Pattern LINE_FORMAT = Pattern.compile("^[^:\\s][^:]*:\\d+: (error|warning|info): \\S.*$");

  static CasebookStore store;

  @TempDir
  Path work;

  @BeforeAll
  static void storeFromTheServiceRegistry() throws InterruptedException {
    BundleContext context = FrameworkUtil.getBundle(CheckCommandTest.class).getBundleContext();
    ServiceTracker<CasebookStore, CasebookStore> tracker = new ServiceTracker<>(context, CasebookStore.class, null);
    tracker.open();
    store = tracker.waitForService(10_000);
    tracker.close();
    assertNotNull(store, "the store is published as a DS service");
  }

  record Run(int exit, List<String> out, String err) {
  }

  static Run check(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CheckApplication.run(args, store, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDemoCasebookHasNoErrorAndIsNotWritten() throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    String before = listing(demo);
    Run run = check(demo.toString());
    assertEquals(0, run.exit(), String.join("\n", run.out()) + run.err());
    assertTrue(run.out().stream().noneMatch(line -> line.contains(": error: ")), String.join("\n", run.out()));
    String summary = run.out().get(run.out().size() - 1);
    assertTrue(summary.matches("2\\d documents checked: 0 error\\(s\\), \\d+ warning\\(s\\)"), summary);
    run.out().subList(0, run.out().size() - 1).forEach(line -> assertTrue(LINE_FORMAT.matcher(line).matches(), line));
    assertEquals(before, listing(demo), "check writes nothing, not even a lock file");
  }

  @Test
  void plantedBrokenFilesAreEachNamedWithTheirLineAndTheExitIsNonZero() throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("broken"));
    Path sessions = demo.resolve("clients/CL-0417/sessions");
    // malformed XML: the element is never closed; the parser stops on line 3
    Files.writeString(sessions.resolve("02-plan.xmi"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rapport:SessionPlan xmlns:rapport="http://rapport.org/model/1.0" id="CL-0417-S02-plan">
          <goals text="unclosed"></rapport:SessionPlan>
        """);
    // hostile: an external entity
    Files.writeString(demo.resolve("clients/CL-0552/sessions/02-reflection.xmi"), """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rapport:ReflectionNote xmlns:rapport="http://rapport.org/model/1.0" id="x" learningPoints="&x;"/>
        """);
    // missing
    Files.delete(demo.resolve("clients/CL-0630/sessions/02-plan.xmi"));
    // a rule broken inside a well-formed file: negative minutes on the first agenda item
    Path plan5 = sessions.resolve("05-plan.xmi");
    String text = Files.readString(plan5);
    int agendaLine = lineOf(text, "<agenda ");
    Files.writeString(plan5, text.replaceFirst("(<agenda [^>]*?minutes=\")\\d+", "$1-5"));
    // a file that holds another document than the index says
    Path plan1 = sessions.resolve("01-plan.xmi");
    Files.writeString(plan1, Files.readString(plan1).replace("id=\"CL-0417-S01-plan\"", "id=\"CL-0417-S09-plan\""));
    String before = listing(demo);

    Run run = check(demo.toString());

    String all = String.join("\n", run.out());
    assertEquals(1, run.exit(), all + run.err());
    run.out().subList(0, run.out().size() - 1).forEach(line -> assertTrue(LINE_FORMAT.matcher(line).matches(), line));
    assertHas(run, "clients/CL-0417/sessions/02-plan.xmi:3: error: the file is not well-formed XML");
    assertHas(run, "clients/CL-0552/sessions/02-reflection.xmi:2: error: the file declares a DOCTYPE");
    assertHas(run, "clients/CL-0630/sessions/02-plan.xmi:0: error: the file is missing");
    assertHas(run, "clients/CL-0417/sessions/05-plan.xmi:" + agendaLine + ": error: The agenda item");
    assertHas(run, "clients/CL-0417/sessions/01-plan.xmi:0: error: the file holds document CL-0417-S09-plan where the index expects CL-0417-S01-plan");
    assertTrue(run.out().get(run.out().size() - 1).contains(" 5 error(s)"), all);
    assertEquals(before, listing(demo), "the broken files, and every other, are left as they were");
  }

  @Test
  void aFolderThatIsNoCasebookOrNoArgumentGivesUsage() throws IOException {
    Run none = check();
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("usage: rapport check"), none.err());
    Run notACasebook = check(work.toString());
    assertEquals(2, notACasebook.exit());
    assertTrue(notACasebook.err().contains("is not a Rapport casebook"), notACasebook.err());
    Path badCatalogue = Files.writeString(work.resolve("bad.catalogue.xmi"), "not xml at all");
    Run withBadCatalogue = check(SEEDS.resolve("demo-casebook").toString(), "--catalogue", badCatalogue.toString());
    assertEquals(2, withBadCatalogue.exit());
    assertTrue(withBadCatalogue.err().contains("bad.catalogue.xmi"), withBadCatalogue.err());
  }

  @Test
  void aSignedAgreementEditedOutsideRapportIsReportedAsTampered() throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("tampered"));
    Path agreement = demo.resolve("clients/CL-0552/agreement-v1.xmi");
    String text = Files.readString(agreement);
    assertTrue(text.contains("status=\"signed\""));
    Files.writeString(agreement, text.replace("24 hours", "2 hours"));
    Run run = check(demo.toString());
    assertEquals(1, run.exit(), String.join("\n", run.out()));
    assertHas(run, "clients/CL-0552/agreement-v1.xmi:" + lineOf(text, "<signatures ") + ": error: The text of CL-0552-agreement-v1 differs from what the client signed");
  }

  @Test
  void anUnknownCatalogueReferenceIsAWarningAtItsLine() throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("unknown"));
    Path reflection = demo.resolve("clients/CL-0417/sessions/03-reflection.xmi");
    String text = Files.readString(reflection).replace("techniqueId=\"summarising\"", "techniqueId=\"mirroring-posture\"");
    Files.writeString(reflection, text);
    Run run = check(demo.toString());
    assertEquals(0, run.exit(), "a warning alone does not fail the check");
    assertHas(run, "clients/CL-0417/sessions/03-reflection.xmi:" + lineOf(text, "mirroring-posture")
        + ": warning: the technique 'mirroring-posture' is not in the catalogue");
  }

  private static void assertHas(Run run, String prefix) {
    assertTrue(run.out().stream().anyMatch(line -> line.startsWith(prefix)), "expected a line starting with\n  " + prefix + "\nin\n"
        + String.join("\n", run.out()));
  }

  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }



  /** Every file under {@code root} with its size, modification time and a digest of its bytes. */
  static String listing(Path root) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted().toList()) {
        boolean regular = Files.isRegularFile(file);
        text.append(root.relativize(file)).append(' ').append(regular ? Files.size(file) : -1).append(' ')
            .append(Files.getLastModifiedTime(file).toMillis()).append(' ')
            .append(regular ? Arrays.hashCode(Files.readAllBytes(file)) : 0).append('\n');
      }
    }
    return text.toString();
  }

  @Test
  void aFailureNobodyForesawIsOneLineAndStatusTwo() throws Exception {
    Path demo = CasebookFolders.copy(SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    // a store that breaks in a way no check anticipates
    CasebookStore broken = (CasebookStore) java.lang.reflect.Proxy.newProxyInstance(CasebookStore.class.getClassLoader(),
        new Class<?>[] {CasebookStore.class}, (proxy, method, args) -> {
          throw new IllegalStateException("the store broke");
        });
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CheckApplication.run(new String[] {demo.toString()}, broken, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("rapport check: the store broke"), err.toString(StandardCharsets.UTF_8));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "), "no stack trace");
  }
}
