// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.extension.Contribution;
import org.rapport.extension.Contribution.Kind;
import org.rapport.extension.ExtensionHeaders;
import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.extension.Exporter;
import org.rapport.extension.ProgrammeTemplate;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.InstrumentItem;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.SessionStatus;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;
import org.rapport.model.time.Dates;

/**
 * The extension registry as the product meets it: a DS service in a running framework with the
 * example institution installed, this bundle's own broken contributions, and bundles and services
 * that tests add and remove.
 */
class ExtensionRegistryTest {

  static final String EXAMPLE = "org.rapport.institution.example";
  static final String THIS_BUNDLE = "org.rapport.extension.tests";
  static Extensions extensions;
  static CasebookStore store;

  private final BundleContext context = FrameworkUtil.getBundle(ExtensionRegistryTest.class).getBundleContext();
  private final TestBundles bundles = new TestBundles();
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

  @BeforeAll
  static void servicesFromTheRegistry() throws InterruptedException {
    extensions = service(Extensions.class);
    store = service(CasebookStore.class);
  }

  static <T> T service(Class<T> type) throws InterruptedException {
    BundleContext context = FrameworkUtil.getBundle(ExtensionRegistryTest.class).getBundleContext();
    ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
    tracker.open();
    T service = tracker.waitForService(10_000);
    tracker.close();
    assertNotNull(service, type.getSimpleName() + " is published as a DS service");
    return service;
  }

  @AfterEach
  void removeWhatTheTestAdded() throws Exception {
    registrations.forEach(ServiceRegistration::unregister);
    bundles.close();
    extensions.catalogues(List.of());   // clashes are reported against the built-in catalogues last given
  }

  private <T> void register(Class<T> type, T service) {
    registrations.add(context.registerService(type, service, new Hashtable<>()));
  }

  private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), what);
  }

  private static Contribution contribution(Kind kind, String institution, String id) {
    return extensions.contributions().stream()
        .filter(c -> c.kind() == kind && c.institution().equals(institution) && c.id().equals(id)).findFirst().orElse(null);
  }

  private static List<ExtensionProblem> problemsOf(String bundle) {
    return extensions.problems().stream().filter(p -> p.bundle().equals(bundle)).toList();
  }

  private static Catalogue catalogue(List<Catalogue> catalogues, String institution, String id) {
    return catalogues.stream().filter(c -> institution.equals(c.getInstitution()) && id.equals(c.getId())).findFirst().orElse(null);
  }

  private static String catalogueXmi(String institution, String id, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rapport:Catalogue xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:rapport=\"http://rapport.org/model/1.0\" id=\"" + id + "\" institution=\"" + institution + "\" formatVersion=\"1\">"
        + body + "</rapport:Catalogue>\n";
  }

  private List<Diagnostic> validate(EObject object) {
    Diagnostic result = new RapportDiagnostician(extensions.validator(new RapportConstraints())).validate(object);
    List<Diagnostic> leaves = new ArrayList<>();
    collect(result, leaves);
    return leaves;
  }

  private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
    if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
      leaves.add(diagnostic);
    }
    diagnostic.getChildren().forEach(child -> collect(child, leaves));
  }

  private static SessionPlan planWithoutRisks() {
    SessionPlan plan = RapportFactory.eINSTANCE.createSessionPlan();
    plan.setClientCode("CL-0001");
    return plan;
  }

  // ---- the example institution -----------------------------------------------------------------

  @Test
  void everyContributionOfTheExampleInstitutionIsActiveWithItsBundle() {
    for (Contribution expected : List.of(
        new Contribution(Kind.CATALOGUE, "northbridge", "northbridge.catalogue", null, EXAMPLE),
        new Contribution(Kind.INSTRUMENT_WORDING, "northbridge", "northbridge.pulse", null, EXAMPLE),
        new Contribution(Kind.RULE, "northbridge", "plan-names-a-risk", null, EXAMPLE),
        new Contribution(Kind.EXPORTER, "northbridge", "sessions-csv", null, EXAMPLE),
        new Contribution(Kind.PROGRAMME, "northbridge", "first-year-placement", null, EXAMPLE))) {
      Contribution found = contribution(expected.kind(), expected.institution(), expected.id());
      assertNotNull(found, expected.kind() + " " + expected.qualifiedId() + " in " + extensions.contributions());
      assertEquals(EXAMPLE, found.bundle());
    }
    assertEquals(List.of(), problemsOf(EXAMPLE));
  }

  @Test
  void cataloguesAreCopiesOfTheBuiltInOnesFollowedByTheInstitutionsWithLicensedWordingFilledIn() {
    Catalogue builtIn = RapportFactory.eINSTANCE.createCatalogue();
    builtIn.setId("rapport.builtin");
    builtIn.setInstitution("Rapport Workbench");

    List<Catalogue> catalogues = extensions.catalogues(List.of(builtIn));

    assertNotSame(builtIn, catalogues.get(0));
    assertEquals("rapport.builtin", catalogues.get(0).getId());
    Catalogue northbridge = catalogue(catalogues, "northbridge", "northbridge.catalogue");
    assertNotNull(northbridge);
    assertTrue(catalogues.indexOf(northbridge) > 0, "institutions come after the built-in catalogue");
    assertEquals(List.of("northbridge.silence", "northbridge.immediacy"), northbridge.getTechniques().stream().map(t -> t.getId()).toList());
    assertTrue(northbridge.getClauseTemplates().stream().anyMatch(t -> t.isRequired() && t.getId().equals("northbridge.tpl.video-review")));
    assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan"),
        northbridge.getFrameworks().get(0).getStages().stream().map(s -> s.getName()).toList());
    InstrumentStructure own = northbridge.getInstruments().get(0);
    assertEquals(4, own.getItems().size());
    assertTrue(own.getItems().stream().allMatch(i -> i.getWording() != null && !i.getWording().isBlank()), "the wording file covers all four items");
  }

  @Test
  void anEntryIdTheBuiltInCatalogueHasKeepsItsBuiltInEntryWhichGetsTheWordingAndTheInstitutionsIsReported() {
    Catalogue builtIn = RapportFactory.eINSTANCE.createCatalogue();
    builtIn.setId("rapport.builtin");
    // a built-in structure-only instrument with the id the example's catalogue and wording use
    InstrumentStructure pulse = RapportFactory.eINSTANCE.createInstrumentStructure();
    pulse.setId("northbridge.pulse");
    InstrumentItem item = RapportFactory.eINSTANCE.createInstrumentItem();
    item.setId("northbridge.pulse.2");
    pulse.getItems().add(item);
    builtIn.getInstruments().add(pulse);

    List<Catalogue> catalogues = extensions.catalogues(List.of(builtIn));

    assertEquals("We spent the time on what I wanted to work on.", catalogues.get(0).getInstruments().get(0).getItems().get(0).getWording());
    assertNull(item.getWording(), "the caller's catalogue is left as it was");
    assertEquals(List.of(), catalogue(catalogues, "northbridge", "northbridge.catalogue").getInstruments(), "the later instrument is left out");
    List<ExtensionProblem> problems = problemsOf(EXAMPLE);
    assertTrue(problems.stream().anyMatch(p -> p.what().equals("catalogue/northbridge.catalogue.xmi")
        && p.message().contains("instrument northbridge.pulse") && p.message().contains("rapport.builtin")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.what().equals("wording/northbridge.pulse.properties")
        && p.message().contains("no item northbridge.pulse.1, northbridge.pulse.3, northbridge.pulse.4")), problems.toString());
  }

  @Test
  void aTechniqueIdAnotherInstitutionTookIsReportedAndLeftOutWhileTheRestOfItsCatalogueLoads() throws Exception {
    String southvale = bundles.bundle().header(ExtensionHeaders.CATALOGUE, "s.xmi")
        .file("s.xmi", catalogueXmi("southvale", "southvale.catalogue", "<techniques id=\"northbridge.silence\" name=\"Mine\" version=\"1\"/>"
            + "<techniques id=\"southvale.pause\" name=\"Pause\" version=\"1\"/>"))
        .install().getSymbolicName();

    List<Catalogue> catalogues = extensions.catalogues(List.of());

    assertEquals(List.of("southvale.pause"), catalogue(catalogues, "southvale", "southvale.catalogue").getTechniques().stream()
        .map(t -> t.getId()).toList());
    assertEquals("northbridge.silence", catalogue(catalogues, "northbridge", "northbridge.catalogue").getTechniques().get(0).getId(),
        "the first catalogue keeps the id");
    List<ExtensionProblem> problems = problemsOf(southvale);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("technique northbridge.silence") && problems.get(0).message().contains(EXAMPLE),
        problems.get(0).message());
  }

  @Test
  void withoutTheWordingAnInstrumentShowsOnlyItsStructure() throws Exception {
    // the wording applies by instrument id; an instrument nobody licensed keeps empty items
    Catalogue builtIn = RapportFactory.eINSTANCE.createCatalogue();
    InstrumentStructure other = RapportFactory.eINSTANCE.createInstrumentStructure();
    other.setId("unlicensed.scale");
    InstrumentItem item = RapportFactory.eINSTANCE.createInstrumentItem();
    item.setId("northbridge.pulse.1");   // same item id, other instrument
    other.getItems().add(item);
    builtIn.getInstruments().add(other);
    assertNull(extensions.catalogues(List.of(builtIn)).get(0).getInstruments().get(0).getItems().get(0).getWording());
  }

  @Test
  void theExampleRuleWarnsAboutAPlanWithoutARiskAndRevealsTheRisksField() {
    SessionPlan plan = planWithoutRisks();
    Diagnostic finding = validate(plan).stream().filter(d -> d.getMessage().startsWith("Northbridge asks")).findFirst().orElseThrow();
    assertEquals(Diagnostic.WARNING, finding.getSeverity());
    assertSame(plan, finding.getData().get(0));
    assertSame(Literals.SESSION_PLAN__RISKS, finding.getData().get(1));

    plan.getRisks().add(RapportFactory.eINSTANCE.createRiskConsideration());
    assertTrue(validate(plan).stream().noneMatch(d -> d.getMessage().startsWith("Northbridge asks")));
  }

  @Test
  void theExampleExporterWritesOneQuotedCsvRowPerSessionWithCodesButNoNames() throws Exception {
    Exporter csv = extensions.exporter("northbridge", "sessions-csv").orElseThrow();
    assertEquals("csv", csv.fileExtension());
    Casebook index = RapportFactory.eINSTANCE.createCasebook();
    Person trainee = RapportFactory.eINSTANCE.createPerson();
    trainee.setName("Alex Example");
    index.getPeople().add(trainee);
    ClientCase client = RapportFactory.eINSTANCE.createClientCase();
    client.setCode("CL-0007,\"B\"");
    index.getClients().add(client);
    Session first = RapportFactory.eINSTANCE.createSession();
    first.setNumber(1);
    first.setDateTime(Dates.of(LocalDateTime.of(2026, 3, 4, 10, 0)));
    first.setStatus(SessionStatus.HELD);
    DocumentEntry plan = RapportFactory.eINSTANCE.createDocumentEntry();
    plan.setKind(DocumentKind.PLAN);
    plan.setStatus("final");
    first.getDocuments().add(plan);
    client.getSessions().add(first);
    Session second = RapportFactory.eINSTANCE.createSession();
    second.setNumber(2);
    second.setStatus(SessionStatus.PLANNED);
    client.getSessions().add(second);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.export(index, List.of(), out);
    String text = out.toString(StandardCharsets.UTF_8);

    assertEquals(List.of("client,session,date,status,plan,reflection",
        "\"CL-0007,\"\"B\"\"\",1,2026-03-04,held,final,none",
        "\"CL-0007,\"\"B\"\"\",2,,planned,none,none"), text.lines().toList());
    assertFalse(text.contains("Alex"));
  }

  @Test
  void theExampleProgrammeNamesItsGoalsAndClauses() {
    ProgrammeTemplate programme = extensions.programme("northbridge", "first-year-placement").orElseThrow();
    assertFalse(programme.defaultGoals().isEmpty());
    assertTrue(programme.clauseTemplateIds().contains("northbridge.tpl.messages"));
  }

  // ---- broken contributions --------------------------------------------------------------------

  @Test
  void aHostileCatalogueInThisBundleIsReportedWithTheBundleAndTheFile() {
    ExtensionProblem problem = problemsOf(THIS_BUNDLE).stream()
        .filter(p -> p.what().equals("broken/entity-attack.catalogue.xmi")).findFirst().orElseThrow();
    assertTrue(problem.message().contains("DOCTYPE"), problem.message());
    assertNull(catalogue(extensions.catalogues(List.of()), "test-broken", "broken"));
  }

  @Test
  void aRuleThatThrowsIsSwitchedOffAndReportedOnceWhileTheOtherRulesStillRun() throws Exception {
    register(ValidationRule.class, new ThrowingRule());
    eventually(() -> contribution(Kind.RULE, ThrowingRule.INSTITUTION, ThrowingRule.ID) != null, "the rule is bound");
    SessionPlan plan = planWithoutRisks();
    List<Diagnostic> first = validate(plan);
    validate(plan);

    assertTrue(first.stream().anyMatch(d -> d.getMessage().startsWith("Northbridge asks")), "the example rule still ran");
    List<ExtensionProblem> reported = problemsOf(THIS_BUNDLE).stream()
        .filter(p -> p.what().equals(ThrowingRule.INSTITUTION + "/" + ThrowingRule.ID)).toList();
    assertEquals(1, reported.size(), extensions.problems().toString());
    assertTrue(reported.get(0).message().contains("planted failure"));
    assertNull(contribution(Kind.RULE, ThrowingRule.INSTITUTION, ThrowingRule.ID), "a switched-off rule is not listed as active");
  }

  @Test
  void aMissingCatalogueFileIsReportedWithTheBundleAndTheFile() throws Exception {
    String name = bundles.bundle().header(ExtensionHeaders.CATALOGUE, "catalogue/nowhere.xmi").install().getSymbolicName();
    assertEquals(List.of("catalogue/nowhere.xmi"), problemsOf(name).stream().map(ExtensionProblem::what).toList());
  }

  @Test
  void aMalformedCatalogueAndOneWithoutAnInstitutionAreReportedAndTheGoodOneStillLoads() throws Exception {
    String name = bundles.bundle()
        .header(ExtensionHeaders.CATALOGUE, "c/cut.xmi, c/anonymous.xmi, c/good.xmi")
        .file("c/cut.xmi", catalogueXmi("southvale", "cut", "<techniques id=\"x\"").substring(0, 150))
        .file("c/anonymous.xmi", catalogueXmi("", "anonymous", ""))
        .file("c/good.xmi", catalogueXmi("southvale", "southvale.catalogue", "<techniques id=\"southvale.pause\" name=\"Pause\" version=\"1\"/>"))
        .install().getSymbolicName();

    assertEquals(List.of("c/cut.xmi", "c/anonymous.xmi"), problemsOf(name).stream().map(ExtensionProblem::what).toList());
    assertNotNull(catalogue(extensions.catalogues(List.of()), "southvale", "southvale.catalogue"));
  }

  @Test
  void twoInstitutionsCoexistAndTheSameInstitutionAndIdTwiceKeepsTheFirst() throws Exception {
    String southvale = bundles.bundle().header(ExtensionHeaders.CATALOGUE, "s.xmi")
        .file("s.xmi", catalogueXmi("southvale", "northbridge.catalogue", "<techniques id=\"southvale.pause\" name=\"Pause\" version=\"1\"/>"))
        .install().getSymbolicName();
    String impostor = bundles.bundle().header(ExtensionHeaders.CATALOGUE, "n.xmi")
        .file("n.xmi", catalogueXmi("northbridge", "northbridge.catalogue", "")).install().getSymbolicName();

    List<Catalogue> catalogues = extensions.catalogues(List.of());
    assertNotNull(catalogue(catalogues, "southvale", "northbridge.catalogue"), "the same id under another institution is another catalogue");
    assertEquals(2, catalogue(catalogues, "northbridge", "northbridge.catalogue").getTechniques().size(), "the example's stays");
    assertEquals(1, problemsOf(impostor).size());
    assertTrue(problemsOf(impostor).get(0).message().contains(EXAMPLE), problemsOf(impostor).toString());
    assertEquals(List.of(), problemsOf(southvale));
  }

  @Test
  void badWordingFilesAreReportedAndLeaveTheItemsAsTheyWere() throws Exception {
    String name = bundles.bundle()
        .header(ExtensionHeaders.INSTRUMENT_WORDING, "w/no-licence.properties, w/latin1.properties, w/missing.properties, w/twice.properties")
        .file("w/no-licence.properties", "institution=southvale\ninstrument=southvale.scale\nitem.southvale.scale.1=Hello\n")
        .file("w/latin1.properties", new byte[] {'i', '=', (byte) 0xE9, '\n'})
        .file("w/twice.properties", "institution=southvale\ninstrument=northbridge.pulse\nlicence=nobody\nitem.northbridge.pulse.1=Other words\n")
        .install().getSymbolicName();

    List<ExtensionProblem> problems = problemsOf(name);
    assertEquals(List.of("w/no-licence.properties", "w/latin1.properties", "w/missing.properties", "w/twice.properties"),
        problems.stream().map(ExtensionProblem::what).toList());
    assertTrue(problems.get(0).message().contains("licence"), problems.get(0).message());
    assertTrue(problems.get(3).message().contains(EXAMPLE), "the first wording of an instrument wins: " + problems.get(3));
    Catalogue northbridge = catalogue(extensions.catalogues(List.of()), "northbridge", "northbridge.catalogue");
    assertEquals("Today I felt listened to.", northbridge.getInstruments().get(0).getItems().get(0).getWording());
  }

  @Test
  void wordingForAnInstrumentNobodyHasForUnknownItemsOrForItemsWithWordingIsReportedAndNeverReplacesWording() throws Exception {
    String name = bundles.bundle()
        .header(ExtensionHeaders.CATALOGUE, "c.xmi")
        .header(ExtensionHeaders.INSTRUMENT_WORDING, "w/none.properties, w/scale.properties")
        .file("c.xmi", catalogueXmi("southvale", "southvale.catalogue", "<instruments id=\"southvale.scale\" name=\"Scale\" version=\"1\">"
            + "<items id=\"southvale.scale.1\" wording=\"Written by the authors\"/><items id=\"southvale.scale.2\"/></instruments>"))
        .file("w/none.properties", "institution=southvale\ninstrument=southvale.none\nlicence=us\nitem.southvale.none.1=Lost\n")
        .file("w/scale.properties", "institution=southvale\ninstrument=southvale.scale\nlicence=us\nitem.southvale.scale.1=Replaced?\n"
            + "item.southvale.scale.2=Second\nitem.southvale.scale.9=Ninth\n")
        .install().getSymbolicName();

    InstrumentStructure scale = catalogue(extensions.catalogues(List.of()), "southvale", "southvale.catalogue").getInstruments().get(0);

    assertEquals(List.of("Written by the authors", "Second"), scale.getItems().stream().map(InstrumentItem::getWording).toList());
    List<ExtensionProblem> problems = problemsOf(name);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.what().equals("w/none.properties") && p.message().contains("southvale.none")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.what().equals("w/scale.properties") && p.message().contains("no item southvale.scale.9;")),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.what().equals("w/scale.properties") && p.message().contains("southvale.scale.1 ")
        && p.message().contains("already have wording")), problems.toString());
  }

  @Test
  void aWordingFileOverOneMegabyteIsRefusedUnread() throws Exception {
    String name = bundles.bundle().header(ExtensionHeaders.INSTRUMENT_WORDING, "w/huge.properties")
        .file("w/huge.properties", "institution=s\ninstrument=northbridge.pulse\nlicence=l\n#" + "x".repeat(1024 * 1024) + "\n")
        .install().getSymbolicName();
    List<ExtensionProblem> problems = problemsOf(name);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("larger than 1 MB"), problems.get(0).message());
  }

  @Test
  void aSeverityHeaderRaisesARuleButNeverLowersItAndGoesWithItsBundle() throws Exception {
    var raiser = bundles.bundle().header(ExtensionHeaders.RULE_SEVERITY, "northbridge/plan-names-a-risk=error").install();
    assertEquals(Diagnostic.ERROR, riskFinding().getSeverity());
    assertNotNull(contribution(Kind.RULE_SEVERITY, "northbridge", "plan-names-a-risk"));
    assertTrue(contribution(Kind.RULE, "northbridge", "plan-names-a-risk").label().endsWith("[error]"));

    raiser.uninstall();
    assertEquals(Diagnostic.WARNING, riskFinding().getSeverity(), "back to the rule's own severity");

    String lowering = bundles.bundle().header(ExtensionHeaders.RULE_SEVERITY, "northbridge/plan-names-a-risk=info, nonsense, x/y=fatal")
        .install().getSymbolicName();
    assertEquals(Diagnostic.WARNING, riskFinding().getSeverity(), "a header never lowers a rule");
    assertEquals(2, problemsOf(lowering).size(), problemsOf(lowering).toString());
  }

  private Diagnostic riskFinding() {
    return validate(planWithoutRisks()).stream().filter(d -> d.getMessage().startsWith("Northbridge asks")).findFirst().orElseThrow();
  }

  // ---- services --------------------------------------------------------------------------------

  private static Exporter exporter(String institution, String id, String label) {
    return new Exporter() {
      @Override public String institution() { return institution; }
      @Override public String id() { return id; }
      @Override public String label() { return label; }
      @Override public String fileExtension() { return "txt"; }
      @Override public void export(Casebook index, List<org.rapport.model.Document> documents, java.io.OutputStream out) { }
    };
  }

  @Test
  void servicesOfTwoInstitutionsWithTheSameIdCoexistAndADuplicateIsReportedAndIgnored() throws Exception {
    register(Exporter.class, exporter("southvale", "sessions-csv", "Southvale sessions"));
    register(Exporter.class, exporter("northbridge", "sessions-csv", "Impostor"));
    eventually(() -> extensions.exporter("southvale", "sessions-csv").isPresent(), "the new exporter is bound");

    assertEquals("Sessions as CSV", extensions.exporter("northbridge", "sessions-csv").orElseThrow().label(), "the first one stays");
    assertTrue(extensions.exporters().stream().noneMatch(e -> e.label().equals("Impostor")), "the duplicate is not offered");
    assertTrue(problemsOf(THIS_BUNDLE).stream().anyMatch(p -> p.what().equals("northbridge/sessions-csv")), extensions.problems().toString());

    registrations.forEach(ServiceRegistration::unregister);
    registrations.clear();
    eventually(() -> extensions.exporter("southvale", "sessions-csv").isEmpty(), "an unregistered exporter is gone");
    assertTrue(problemsOf(THIS_BUNDLE).stream().noneMatch(p -> p.what().equals("northbridge/sessions-csv")));
  }

  @Test
  void aRuleOrProgrammeWithoutAnInstitutionIsReportedAndARegisteredRuleRunsAtOnce() throws Exception {
    register(ProgrammeTemplate.class, new ProgrammeTemplate() {
      @Override public String institution() { return ""; }
      @Override public String id() { return "p"; }
      @Override public String name() { return "nameless"; }
      @Override public List<String> defaultGoals() { return List.of(); }
      @Override public List<String> clauseTemplateIds() { return List.of(); }
    });
    register(ValidationRule.class, new ValidationRule() {
      @Override public String institution() { return "southvale"; }
      @Override public String id() { return "plan-has-a-goal"; }
      @Override public String description() { return "goals"; }
      @Override public EClass appliesTo() { return Literals.SESSION_PLAN; }
      @Override public Severity severity() { return Severity.INFO; }
      @Override public void check(EObject object, RuleFindings findings) {
        findings.report("southvale says hello", Literals.SESSION_PLAN__GOALS);
      }
    });
    eventually(() -> contribution(Kind.RULE, "southvale", "plan-has-a-goal") != null, "the rule is bound");

    assertTrue(validate(planWithoutRisks()).stream().anyMatch(d -> d.getMessage().equals("southvale says hello") && d.getSeverity() == Diagnostic.INFO));
    assertTrue(problemsOf(THIS_BUNDLE).stream().anyMatch(p -> p.message().contains("no institution")), extensions.problems().toString());
    assertTrue(extensions.programmes().stream().noneMatch(p -> p.name().equals("nameless")));

    registrations.forEach(ServiceRegistration::unregister);
    registrations.clear();
    assertTrue(validate(planWithoutRisks()).stream().noneMatch(d -> d.getMessage().equals("southvale says hello")),
        "an unregistered rule no longer runs");
    assertTrue(problemsOf(THIS_BUNDLE).stream().noneMatch(p -> p.message().contains("no institution")), "nor is a gone service reported");
  }

  @Test
  void servicesWhoseMethodsThrowOrGiveNullAreContainedAndReportedUntilTheyGo() throws Exception {
    register(ProgrammeTemplate.class, new ProgrammeTemplate() {
      @Override public String institution() { return "southvale"; }
      @Override public String id() { return "shaky-programme"; }
      @Override public String name() { throw new IllegalStateException("no name today"); }
      @Override public List<String> defaultGoals() { return null; }
      @Override public List<String> clauseTemplateIds() { throw new NoClassDefFoundError("org/southvale/Missing"); }
    });
    register(Exporter.class, new Exporter() {
      @Override public String institution() { return "southvale"; }
      @Override public String id() { return "shaky-export"; }
      @Override public String label() { throw new IllegalStateException("no label today"); }
      @Override public String fileExtension() { return null; }
      @Override public void export(Casebook index, List<org.rapport.model.Document> documents, java.io.OutputStream out) {
        throw new IllegalStateException("cannot write");
      }
    });
    int[] calls = {0};
    register(ValidationRule.class, new ValidationRule() {
      // gives its name once, when bound, and throws ever after
      @Override public String institution() {
        if (calls[0]++ > 0) {
          throw new IllegalStateException("asked twice");
        }
        return "southvale";
      }
      @Override public String id() { return "shaky-rule"; }
      @Override public String description() { return "shaky"; }
      @Override public EClass appliesTo() { return Literals.BOUNDARY_AGREEMENT; }
      @Override public Severity severity() { return Severity.INFO; }
      @Override public void check(EObject object, RuleFindings findings) { }
    });
    eventually(() -> extensions.programme("southvale", "shaky-programme").isPresent() && extensions.exporter("southvale", "shaky-export").isPresent(),
        "the services are bound");

    ProgrammeTemplate programme = extensions.programme("southvale", "shaky-programme").orElseThrow();
    assertEquals("shaky-programme", programme.name(), "the id stands in for a name");
    assertEquals(List.of(), programme.defaultGoals());
    assertEquals(List.of(), programme.clauseTemplateIds());
    Exporter exporter = extensions.exporters().stream().filter(e -> e.id().equals("shaky-export")).findFirst().orElseThrow();
    assertEquals("shaky-export", exporter.label());
    assertEquals("dat", exporter.fileExtension());
    java.io.IOException failed = assertThrows(java.io.IOException.class,
        () -> exporter.export(RapportFactory.eINSTANCE.createCasebook(), List.of(), new ByteArrayOutputStream()));
    assertTrue(failed.getMessage().contains("southvale/shaky-export failed: cannot write"), failed.getMessage());
    assertNotNull(contribution(Kind.RULE, "southvale", "shaky-rule"), "listing a rule does not ask it for its name again");

    List<String> reported = problemsOf(THIS_BUNDLE).stream().filter(p -> p.what().startsWith("southvale/shaky"))
        .map(p -> p.what() + " " + p.message().substring(0, p.message().indexOf('('))).sorted().toList();
    assertEquals(List.of("southvale/shaky-export export", "southvale/shaky-export fileExtension", "southvale/shaky-export label",
        "southvale/shaky-programme clauseTemplateIds", "southvale/shaky-programme defaultGoals", "southvale/shaky-programme name"), reported);

    registrations.forEach(ServiceRegistration::unregister);
    registrations.clear();
    eventually(() -> extensions.programme("southvale", "shaky-programme").isEmpty(), "the programme is gone");
    assertTrue(problemsOf(THIS_BUNDLE).stream().noneMatch(p -> p.what().startsWith("southvale/shaky")), "a gone service's problems go with it");
  }

  @Test
  void aRuleThatBreaksWhileRapportRunsIsLoggedToThePlatformLogAtOnce() throws Exception {
    List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    // only entries of this logger are written to the platform's .log file, where an administrator looks
    LogListener listener = entry -> {
      if ("org.eclipse.equinox.logger".equals(entry.getLoggerName())) {
        logged.add(entry.getMessage());
      }
    };
    // held while the test runs: the log reader is a service factory, shut down when its last user lets go
    ServiceTracker<LogReaderService, LogReaderService> readers = new ServiceTracker<>(context, LogReaderService.class, null);
    readers.open();
    LogReaderService reader = readers.waitForService(10_000);
    assertNotNull(reader, "the framework's log reader");
    reader.addLogListener(listener);
    try {
      register(ValidationRule.class, new ThrowingRule());
      eventually(() -> contribution(Kind.RULE, ThrowingRule.INSTITUTION, ThrowingRule.ID) != null, "the rule is bound");
      validate(planWithoutRisks());
      eventually(() -> logged.stream().anyMatch(m -> m.contains(THIS_BUNDLE) && m.contains(ThrowingRule.INSTITUTION + "/" + ThrowingRule.ID)
          && m.contains("planted failure")), "the failure is logged: " + logged);
    } finally {
      reader.removeLogListener(listener);
      readers.close();
    }
  }

  // ---- the store's stream reader ---------------------------------------------------------------

  @Test
  void theStoreReadsACatalogueFromAStreamAndRefusesAHostileOne() throws Exception {
    Catalogue read = store.readCatalogue(new ByteArrayInputStream(catalogueXmi("s", "c", "").getBytes(StandardCharsets.UTF_8)), "bundle/c.xmi");
    assertEquals("s", read.getInstitution());
    StoreException refused = assertThrows(StoreException.class, () -> store.readCatalogue(new ByteArrayInputStream(
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)), "bundle/evil.xmi"));
    assertTrue(refused.getMessage().contains("bundle/evil.xmi") && refused.getMessage().contains("DOCTYPE"), refused.getMessage());
  }
}
