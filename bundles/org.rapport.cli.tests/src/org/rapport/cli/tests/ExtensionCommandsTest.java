// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.internal.CheckApplication;
import org.rapport.cli.internal.ExportApplication;
import org.rapport.cli.internal.ExtensionsApplication;
import org.rapport.extension.Exporter;
import org.rapport.extension.Extensions;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.Document;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;
import org.rapport.model.Technique;
import org.rapport.store.AuditEntry;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;

/** {@code rapport extensions}, {@code rapport export} and {@code rapport check} with institutions' services installed. */
class ExtensionCommandsTest {

  static Extensions extensions;

  @TempDir
  Path work;

  private final BundleContext context = FrameworkUtil.getBundle(ExtensionCommandsTest.class).getBundleContext();
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

  @BeforeAll
  static void services() throws InterruptedException {
    CheckCommandTest.storeFromTheServiceRegistry();
    BundleContext context = FrameworkUtil.getBundle(ExtensionCommandsTest.class).getBundleContext();
    ServiceTracker<Extensions, Extensions> tracker = new ServiceTracker<>(context, Extensions.class, null);
    tracker.open();
    extensions = tracker.waitForService(10_000);
    tracker.close();
    assertNotNull(extensions, "the extension registry is published as a DS service");
  }

  @AfterEach
  void unregister() {
    registrations.forEach(ServiceRegistration::unregister);
  }

  record Run(int exit, String out, String err) {
  }

  interface Command {
    int run(PrintStream out, PrintStream err);
  }

  static Run run(Command command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private <T> void register(Class<T> type, T service) {
    registrations.add(context.registerService(type, service, new Hashtable<>()));
  }

  /** Writes one line per document (its id), or fails after writing a little when {@code fail}. */
  static Exporter lister(String id, boolean fail) {
    return new Exporter() {
      @Override public String institution() { return "testclinic"; }
      @Override public String id() { return id; }
      @Override public String label() { return "Document ids"; }
      @Override public String fileExtension() { return "txt"; }
      @Override public void export(Casebook index, List<Document> documents, OutputStream out) throws IOException {
        out.write("partial\n".getBytes(StandardCharsets.UTF_8));
        if (fail) {
          throw new IllegalStateException("planted failure");
        }
        for (Document document : documents) {
          out.write((document.getId() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    };
  }

  /** {@code rapport export <demo> <exporter> <target>} with the installed extensions. */
  private static Run export(Path demo, String exporter, Path target) {
    return run((out, err) -> ExportApplication.run(new String[] {demo.toString(), exporter, target.toString()},
        CheckCommandTest.store, extensions, out, err));
  }

  /** A testclinic rule on session plans that does {@code check} to each. */
  static ValidationRule planRule(String id, Severity severity, BiConsumer<EObject, RuleFindings> check) {
    return new ValidationRule() {
      @Override public String institution() { return "testclinic"; }
      @Override public String id() { return id; }
      @Override public String description() { return id; }
      @Override public EClass appliesTo() { return RapportPackage.Literals.SESSION_PLAN; }
      @Override public Severity severity() { return severity; }
      @Override public void check(EObject object, RuleFindings findings) {
        check.accept(object, findings);
      }
    };
  }

  private Path demo() throws IOException {
    return CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
  }

  @Test
  void extensionsListsEachContributionAndExitsTwoOnceOneHasAProblem() {
    register(Exporter.class, lister("ids", false));
    Run clean = run((out, err) -> ExtensionsApplication.run(new String[0], extensions, out, err));
    assertEquals(0, clean.exit(), clean.out() + clean.err());
    assertTrue(clean.out().lines().anyMatch(line -> line.startsWith("exporter\ttestclinic/ids\tDocument ids")
        && line.endsWith("\torg.rapport.cli.tests")), clean.out());

    register(Exporter.class, lister("ids", false));   // the same institution and id again
    Run duplicate = run((out, err) -> ExtensionsApplication.run(new String[0], extensions, out, err));
    assertEquals(2, duplicate.exit());
    assertTrue(duplicate.out().lines().anyMatch(line -> line.startsWith("problem\ttestclinic/ids\t")), duplicate.out());
  }

  @Test
  void exportWritesTheExportersFileWithEveryDocumentSaysSoAndIsAudited() throws Exception {
    register(Exporter.class, lister("ids", false));
    Path demo = demo();
    Path target = work.resolve("out/ids.txt");

    Run run = export(demo, "testclinic/ids", target);

    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(target);
    long documents;
    try (Stream<Path> files = Files.walk(demo.resolve("clients"))) {
      documents = files.filter(f -> f.toString().endsWith(".xmi")).count();
    }
    assertEquals(documents + 1, lines.size(), "one line per document of the demo casebook after the first");
    assertTrue(run.out().startsWith("wrote " + target.toAbsolutePath()), run.out());
    try (OpenCasebook open = CheckCommandTest.store.openForReading(demo)) {
      AuditEntry last = open.audit().entries().get(open.audit().entries().size() - 1);
      assertEquals("export", last.action(), "the export is audited as the workbench's is");
      assertEquals("testclinic/ids of " + documents + " documents to ids.txt", last.detail());
      assertEquals(Optional.empty(), open.audit().verify(), "the entry joins the chain");
    }
  }

  @Test
  void aFailingExporterLeavesAnEarlierFileAsItWasAndNoPartialFileBehind() throws IOException {
    register(Exporter.class, lister("broken", true));
    Path demo = demo();
    Path target = work.resolve("ids.txt");
    Files.writeString(target, "last week's export\n");

    Run run = export(demo, "testclinic/broken", target);

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("testclinic/broken failed: planted failure"), run.err());
    assertEquals("last week's export\n", Files.readString(target));
    try (Stream<Path> files = Files.list(work)) {
      assertEquals(List.of("demo", "ids.txt"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void exportOfAnExporterThatIsNotInstalledSaysWhichAre() throws IOException {
    register(Exporter.class, lister("ids", false));
    Path demo = demo();
    Run run = export(demo, "nowhere/none", work.resolve("x"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no exporter nowhere/none") && run.err().contains("testclinic/ids"), run.err());
    assertFalse(Files.exists(work.resolve("x")));
  }

  @Test
  void checkRunsTheInstitutionsRulesAtTheirSeverity() throws IOException {
    register(ValidationRule.class, planRule("no-plans", Severity.ERROR,
        (plan, findings) -> findings.report("testclinic forbids plans", RapportPackage.Literals.SESSION_PLAN__GOALS)));
    Path demo = demo();

    Run with = run((out, err) -> CheckApplication.run(new String[] {demo.toString()}, CheckCommandTest.store, extensions, out, err));
    Run without = run((out, err) -> CheckApplication.run(new String[] {demo.toString()}, CheckCommandTest.store, out, err));

    assertEquals(1, with.exit(), with.out());
    assertTrue(with.out().lines().anyMatch(line -> line.matches(".*plan\\.xmi:\\d+: error: testclinic forbids plans")), with.out());
    assertEquals(0, without.exit(), without.out());
  }

  @Test
  void exportOfACasebookOpenElsewhereIsRefusedBeforeAnythingIsWritten() throws Exception {
    register(Exporter.class, lister("ids", false));
    Path demo = demo();
    Path target = work.resolve("ids.txt");
    try (OpenCasebook elsewhere = CheckCommandTest.store.open(demo)) {
      Run run = export(demo, "testclinic/ids", target);

      assertEquals(2, run.exit());
      assertTrue(run.err().contains("already open"), run.err());
      assertFalse(Files.exists(target), "nothing is exported that could not be audited");
    }
  }

  @Test
  void checkSaysWhichRuleBrokeDuringTheCheckAndDoesNotPassTheCasebook() throws IOException {
    register(ValidationRule.class, planRule("breaks-on-plans", Severity.INFO, (plan, findings) -> {
      throw new IllegalStateException("planted failure");
    }));
    Path demo = demo();

    Run run = run((out, err) -> CheckApplication.run(new String[] {demo.toString()}, CheckCommandTest.store, extensions, out, err));

    assertEquals(1, run.exit(), "the demo has no errors, but the rule's findings are missing: " + run.out() + run.err());
    List<String> lines = run.err().lines().filter(line -> line.contains("testclinic/breaks-on-plans")).toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).contains("during the check") && lines.get(0).contains("planted failure"), lines.get(0));
  }

  @Test
  void extensionsReportsAnInstitutionsEntryWhoseIdTheBuiltInCatalogueHas() {
    Catalogue builtIn = RapportFactory.eINSTANCE.createCatalogue();
    builtIn.setId("rapport.builtin");
    Technique pause = RapportFactory.eINSTANCE.createTechnique();
    pause.setId("testclinic.pause");   // the id this bundle's catalogue gives its technique
    builtIn.getTechniques().add(pause);

    Run clash = run((out, err) -> ExtensionsApplication.run(new String[0], extensions, List.of(builtIn), out, err));
    Run alone = run((out, err) -> ExtensionsApplication.run(new String[0], extensions, out, err));

    assertEquals(2, clash.exit(), clash.out());
    assertTrue(clash.out().lines().anyMatch(line -> line.startsWith("problem\tcatalogue/testclinic.catalogue.xmi\t")
        && line.contains("technique testclinic.pause") && line.endsWith("\torg.rapport.cli.tests")), clash.out());
    assertEquals(0, alone.exit(), "without the built-in entry the catalogue is fine: " + alone.out());
  }
}
