// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.rapport.extension.Contribution;
import org.rapport.extension.Contribution.Kind;
import org.rapport.extension.ExtensionHeaders;
import org.rapport.extension.ExtensionProblem;
import org.rapport.extension.Extensions;
import org.rapport.extension.Exporter;
import org.rapport.extension.ProgrammeTemplate;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.Catalogue;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.InstrumentStructure;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.Technique;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/**
 * The {@link Extensions} service: a whiteboard of the institutions' rule, exporter and programme
 * services, and an extender that reads the content bundles declare in their manifest headers.
 * Headers are noted when a bundle appears; its files are read on first demand and read again only
 * after bundles changed. Services and bundles arrive on other threads, and validation runs on the
 * UI thread after every edit, so nothing here waits on a lock while files are parsed or an
 * institution's code runs: what is derived (the raised severities, the files, the active rules) is
 * an immutable snapshot in a volatile field, stamped with the generation it was made for, and a
 * snapshot made while something changed is simply not kept.
 */
@Component(service = Extensions.class)
public final class ExtensionRegistry implements Extensions {

  private static final String RULE = "rule";
  private static final String EXPORTER = "exporter";
  private static final String PROGRAMME = "programme";
  /**
   * The logger Equinox writes to the workspace's {@code .log} (the one the platform's own log uses);
   * entries of other loggers reach only log listeners, and nobody would see them.
   */
  private static final String LOGGER = "org.eclipse.equinox.logger";

  @Reference
  private CasebookStore store;

  /** Where problems that appear while the workbench runs (a rule that breaks later) are logged. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile LoggerFactory logs;

  private final AtomicLong order = new AtomicLong();
  private final List<Registered<ValidationRule>> rules = new CopyOnWriteArrayList<>();
  private final List<Registered<Exporter>> exporters = new CopyOnWriteArrayList<>();
  private final List<Registered<ProgrammeTemplate>> programmes = new CopyOnWriteArrayList<>();
  /** Services that could not be taken (no institution or id); kept while the service is there. */
  private final Map<Object, ExtensionProblem> refused = new ConcurrentHashMap<>();
  /** Rules that threw (switched off), and exporters' and programmes' methods that threw or gave null. */
  private final ServiceFailures failures = new ServiceFailures(this::log);
  /** The method under which a rule that threw is recorded, whichever of its methods it was. */
  private static final String RULE_FAILED = "rule";

  private final Map<Long, DeclaredContent> declared = new ConcurrentSkipListMap<>();
  /** Orders changes of {@code declared} with the raised severities computed from them; nothing slow runs under it. */
  private final Object declaredLock = new Object();
  /** Counts the changes of {@code declared}: files read for an older count are not kept. */
  private final AtomicLong contentGeneration = new AtomicLong();
  /** What the declared files hold, for the generation it names; null until first asked for. */
  private volatile ContentFiles files;
  /** The raised severities, computed when headers come or go: validation needs them, and they cost no reading. */
  private volatile Raises raises = raisesOf(List.of());
  /** The built-in catalogues last given to {@link #catalogues}, against which clashes and wording are reported. */
  private volatile List<Catalogue> lastBuiltIn = List.of();
  private BundleTracker<DeclaredContent> tracker;
  /** Counts what changes the active rules: a rule came, went or broke, or the headers changed. */
  private final AtomicLong rulesGeneration = new AtomicLong();
  /**
   * The rules as they run, asked for once per validated object: rebuilt only after their
   * generation moved on, so that checking a large casebook stays cheap.
   */
  private volatile RuleSnapshot activeRules;

  /** The files the headers name, once read; problems name the bundle and the file. */
  private record ContentFiles(long generation, List<LoadedCatalogue> catalogues, List<LoadedWording> wordings,
      List<ExtensionProblem> problems) {
  }

  /** The {@code Rapport-Rule-Severity} headers: the highest severity asked for each rule. */
  private record Raises(Map<String, Severity> bySeverity, List<Contribution> raised, List<ExtensionProblem> problems) {
  }

  private record RuleSnapshot(long generation, List<ActiveRule> rules) {
  }

  private record LoadedCatalogue(Catalogue catalogue, String bundle, String path) {
  }

  private record LoadedWording(InstrumentWording wording, String bundle, String path) {
  }

  /** The catalogues put together with their wording, and what could not be used on the way. */
  private record Merged(List<Catalogue> catalogues, List<ExtensionProblem> problems) {
  }

  @Activate
  void activate(BundleContext context) {
    tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
      @Override
      public DeclaredContent addingBundle(Bundle bundle, BundleEvent event) {
        DeclaredContent content = DeclaredContent.of(bundle);
        if (content != null) {
          declare(bundle.getBundleId(), content);
        }
        return content;
      }

      @Override
      public void modifiedBundle(Bundle bundle, BundleEvent event, DeclaredContent content) {
        // a state change between the tracked states changes nothing a bundle declares
      }

      @Override
      public void removedBundle(Bundle bundle, BundleEvent event, DeclaredContent content) {
        withdraw(bundle.getBundleId());
      }
    });
    tracker.open();
  }

  @Deactivate
  void deactivate() {
    if (tracker != null) {
      tracker.close();
      tracker = null;
    }
  }

  /** Notes what a bundle declares; its files are read when content is next asked for. */
  void declare(long bundleId, DeclaredContent content) {
    synchronized (declaredLock) {
      declared.put(bundleId, content);
      changed();
    }
  }

  void withdraw(long bundleId) {
    synchronized (declaredLock) {
      if (declared.remove(bundleId) != null) {
        changed();
      }
    }
  }

  /** After {@code declared} changed: new severities at once (headers only), files on next demand. */
  private void changed() {
    raises = raisesOf(List.copyOf(declared.values()));
    contentGeneration.incrementAndGet();
    forgetActiveRules();
  }

  // ---- services (DS dynamic, multiple) -------------------------------------------------------

  @Reference(service = ValidationRule.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addRule(ValidationRule rule, ServiceReference<ValidationRule> reference) {
    bind(rules, rule, reference, ValidationRule::institution, ValidationRule::id, RULE);
  }

  void removeRule(ValidationRule rule, ServiceReference<ValidationRule> reference) {
    failures.forget(reference);
    unbind(rules, reference);
  }

  @Reference(service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addExporter(Exporter exporter, ServiceReference<Exporter> reference) {
    bind(exporters, exporter, reference, Exporter::institution, Exporter::id, EXPORTER);
  }

  void removeExporter(Exporter exporter, ServiceReference<Exporter> reference) {
    failures.forget(reference);
    unbind(exporters, reference);
  }

  @Reference(service = ProgrammeTemplate.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addProgramme(ProgrammeTemplate programme, ServiceReference<ProgrammeTemplate> reference) {
    bind(programmes, programme, reference, ProgrammeTemplate::institution, ProgrammeTemplate::id, PROGRAMME);
  }

  void removeProgramme(ProgrammeTemplate programme, ServiceReference<ProgrammeTemplate> reference) {
    failures.forget(reference);
    unbind(programmes, reference);
  }

  private <T> void bind(List<Registered<T>> into, T service, ServiceReference<?> reference, Function<T, String> institution,
      Function<T, String> id, String kind) {
    String bundle = bundleOf(reference);
    try {
      String inst = institution.apply(service);
      String ident = id.apply(service);
      if (inst == null || inst.isBlank() || ident == null || ident.isBlank()) {
        refuse(reference, new ExtensionProblem(bundle, service.getClass().getName(),
            "the " + kind + " names no institution or no id, so it cannot be told apart; it is ignored"));
        return;
      }
      into.add(new Registered<>(service, inst.strip(), ident.strip(), bundle, order.incrementAndGet(), reference));
      forgetActiveRules();
    } catch (RuntimeException | LinkageError e) {
      refuse(reference, new ExtensionProblem(bundle, service.getClass().getName(),
          "the " + kind + " failed when asked for its institution and id (" + describe(e) + "); it is ignored"));
    }
  }

  private void refuse(Object reference, ExtensionProblem problem) {
    refused.put(reference, problem);
    log(problem);
  }

  /** Logs a problem that appeared while Rapport runs; those found when files are read are listed where they are asked for. */
  private void log(ExtensionProblem problem) {
    LoggerFactory factory = logs;
    if (factory != null) {
      try {
        factory.getLogger(LOGGER).warn("Extension problem: {}", problem);
      } catch (RuntimeException e) {
        // a log service that is going away: the problem is still listed by problems()
      }
    }
  }

  private void unbind(List<? extends Registered<?>> from, ServiceReference<?> reference) {
    from.removeIf(registered -> registered.reference().equals(reference));
    refused.remove(reference);
    forgetActiveRules();
  }

  private static String bundleOf(ServiceReference<?> reference) {
    Bundle bundle = reference == null ? null : reference.getBundle();
    return bundle == null ? "(unknown bundle)" : bundle.getSymbolicName();
  }

  // ---- Extensions ----------------------------------------------------------------------------

  @Override
  public List<Catalogue> catalogues(List<Catalogue> builtIn) {
    lastBuiltIn = List.copyOf(builtIn);
    return merge(builtIn, files()).catalogues();
  }

  /**
   * Copies of the built-in catalogues, then of the institutions', with each entry id kept by the
   * first catalogue that has it (documents refer to entries by id, so a second one could never be
   * told apart) and the licensed wording filled in.
   */
  private static Merged merge(List<Catalogue> builtIn, ContentFiles content) {
    List<ExtensionProblem> problems = new ArrayList<>();
    List<Catalogue> result = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (Catalogue catalogue : builtIn) {
      // copies: the originals stay clean for the next caller, and callers may change theirs
      Catalogue copy = EcoreUtil.copy(catalogue);
      String owner = "the built-in catalogue " + copy.getId();
      forEachEntry(copy, (kind, id) -> owners.putIfAbsent(kind + " " + id, owner));
      result.add(copy);
    }
    for (LoadedCatalogue loaded : content.catalogues()) {
      Catalogue copy = EcoreUtil.copy(loaded.catalogue());
      String owner = "the catalogue " + copy.getInstitution() + "/" + copy.getId() + " of " + loaded.bundle();
      dropTaken(copy.getTechniques(), "technique", Technique::getId, owners, owner, loaded, problems);
      dropTaken(copy.getClauseTemplates(), "clause template", ClauseTemplate::getId, owners, owner, loaded, problems);
      dropTaken(copy.getFrameworks(), "framework", ReflectionFramework::getId, owners, owner, loaded, problems);
      dropTaken(copy.getInstruments(), "instrument", InstrumentStructure::getId, owners, owner, loaded, problems);
      result.add(copy);
    }
    for (LoadedWording loaded : content.wordings()) {
      InstrumentWording wording = loaded.wording();
      Set<String> matched = new TreeSet<>();
      Set<String> kept = new TreeSet<>();
      boolean found = false;
      for (Catalogue catalogue : result) {
        found |= wording.applyTo(catalogue, matched, kept);
      }
      if (!found) {
        problems.add(new ExtensionProblem(loaded.bundle(), loaded.path(), "no installed catalogue has the instrument "
            + wording.instrument() + "; the wording is not used"));
        continue;
      }
      Set<String> unknown = new TreeSet<>(wording.items().keySet());
      unknown.removeAll(matched);
      if (!unknown.isEmpty()) {
        problems.add(new ExtensionProblem(loaded.bundle(), loaded.path(), "the instrument " + wording.instrument()
            + " has no item " + String.join(", ", unknown) + "; that wording is not used"));
      }
      if (!kept.isEmpty()) {
        problems.add(new ExtensionProblem(loaded.bundle(), loaded.path(), "the items " + String.join(", ", kept)
            + " of " + wording.instrument() + " already have wording in their catalogue, which is kept"));
      }
    }
    return new Merged(List.copyOf(result), List.copyOf(problems));
  }

  private static void forEachEntry(Catalogue catalogue, java.util.function.BiConsumer<String, String> entry) {
    catalogue.getTechniques().forEach(t -> entry.accept("technique", t.getId()));
    catalogue.getClauseTemplates().forEach(t -> entry.accept("clause template", t.getId()));
    catalogue.getFrameworks().forEach(f -> entry.accept("framework", f.getId()));
    catalogue.getInstruments().forEach(i -> entry.accept("instrument", i.getId()));
  }

  /** Removes from {@code entries} every one whose id an earlier catalogue (or entry) took, with a problem each. */
  private static <E> void dropTaken(List<E> entries, String kind, Function<E, String> idOf, Map<String, String> owners,
      String owner, LoadedCatalogue loaded, List<ExtensionProblem> problems) {
    entries.removeIf(entry -> {
      String id = idOf.apply(entry);
      if (id == null) {
        return false;
      }
      String first = owners.putIfAbsent(kind + " " + id, owner);
      if (first == null) {
        return false;
      }
      problems.add(new ExtensionProblem(loaded.bundle(), loaded.path(), "the " + kind + " " + id + " is already in "
          + first + "; this one is left out"));
      return true;
    });
  }

  @Override
  public EValidator validator(EValidator base) {
    return new RuleValidator(base, this::activeRules, this::ruleFailed);
  }

  /** The rules that run: no duplicates, none that threw, each at its possibly raised severity. */
  public List<ActiveRule> activeRules() {
    long generation = rulesGeneration.get();
    RuleSnapshot current = activeRules;
    if (current != null && current.generation() == generation) {
      return current.rules();
    }
    // computed without a lock: it asks the rules for their severity, and they are the institutions' code
    List<ActiveRule> computed = computeActiveRules();
    if (rulesGeneration.get() == generation) {
      activeRules = new RuleSnapshot(generation, computed);
    }
    return computed;
  }

  private void forgetActiveRules() {
    rulesGeneration.incrementAndGet();
  }

  private List<ActiveRule> computeActiveRules() {
    Map<String, Severity> raised = raises.bySeverity();
    List<ActiveRule> active = new ArrayList<>();
    for (Registered<ValidationRule> registered : Registered.select(rules, RULE).active()) {
      if (failures.failed(registered.reference(), RULE_FAILED)) {
        continue;
      }
      Severity own;
      try {
        own = registered.service().severity();
      } catch (RuntimeException | LinkageError e) {
        ruleFailed(registered, e);
        continue;
      }
      Severity severity = (own == null ? Severity.WARNING : own).atLeast(raised.get(registered.qualifiedId()));
      active.add(new ActiveRule(registered.service(), registered.institution(), registered.id(), severity, registered.bundle()));
    }
    return List.copyOf(active);
  }

  private void ruleFailed(ActiveRule rule, Throwable failure) {
    rules.stream().filter(registered -> registered.service() == rule.rule()).findFirst()
        .ifPresent(registered -> ruleFailed(registered, failure));
  }

  private void ruleFailed(Registered<ValidationRule> registered, Throwable failure) {
    if (failures.record(registered, RULE_FAILED,
        "the rule failed (" + describe(failure) + ") and was switched off until its bundle is started again")) {
      forgetActiveRules();
    }
  }

  @Override
  public List<Exporter> exporters() {
    return Registered.select(exporters, EXPORTER).active().stream().map(this::guardedExporter).toList();
  }

  @Override
  public Optional<Exporter> exporter(String institution, String id) {
    return find(exporters, EXPORTER, institution, id).map(this::guardedExporter);
  }

  @Override
  public List<ProgrammeTemplate> programmes() {
    return Registered.select(programmes, PROGRAMME).active().stream().map(this::guardedProgramme).toList();
  }

  @Override
  public Optional<ProgrammeTemplate> programme(String institution, String id) {
    return find(programmes, PROGRAMME, institution, id).map(this::guardedProgramme);
  }

  private Exporter guardedExporter(Registered<Exporter> registered) {
    return new GuardedExporter(registered, failures);
  }

  private ProgrammeTemplate guardedProgramme(Registered<ProgrammeTemplate> registered) {
    return new GuardedProgramme(registered, failures);
  }

  private static <T> Optional<Registered<T>> find(List<Registered<T>> all, String kind, String institution, String id) {
    String wanted = institution + "/" + id;
    return Registered.select(all, kind).active().stream().filter(r -> r.qualifiedId().equals(wanted)).findFirst();
  }

  @Override
  public List<Contribution> contributions() {
    ContentFiles content = files();
    List<Contribution> all = new ArrayList<>();
    for (LoadedCatalogue loaded : content.catalogues()) {
      Catalogue c = loaded.catalogue();
      all.add(new Contribution(Kind.CATALOGUE, c.getInstitution(), c.getId(), count(c.getTechniques().size(), "technique") + ", "
          + count(c.getClauseTemplates().size(), "clause template") + ", " + count(c.getFrameworks().size(), "framework") + ", "
          + count(c.getInstruments().size(), "instrument"), loaded.bundle()));
    }
    for (LoadedWording loaded : content.wordings()) {
      InstrumentWording w = loaded.wording();
      all.add(new Contribution(Kind.INSTRUMENT_WORDING, w.institution(), w.instrument(),
          "wording of " + w.items().size() + " items, licensed to " + w.licence(), loaded.bundle()));
    }
    for (ActiveRule rule : activeRules()) {
      all.add(new Contribution(Kind.RULE, rule.institution(), rule.id(),
          safely(() -> rule.rule().description()) + " [" + rule.severity().name().toLowerCase(Locale.ROOT) + "]", rule.bundle()));
    }
    all.addAll(raises.raised());
    for (Registered<Exporter> r : Registered.select(exporters, EXPORTER).active()) {
      Exporter exporter = guardedExporter(r);
      all.add(new Contribution(Kind.EXPORTER, r.institution(), r.id(), exporter.label() + " (." + exporter.fileExtension() + ")", r.bundle()));
    }
    for (Registered<ProgrammeTemplate> r : Registered.select(programmes, PROGRAMME).active()) {
      all.add(new Contribution(Kind.PROGRAMME, r.institution(), r.id(), guardedProgramme(r).name(), r.bundle()));
    }
    return List.copyOf(all);
  }

  /**
   * {@inheritDoc} Clashing catalogue entries and wording that fits no instrument are found against
   * the built-in catalogues last given to {@link #catalogues}.
   */
  @Override
  public List<ExtensionProblem> problems() {
    ContentFiles content = files();
    List<ExtensionProblem> all = new ArrayList<>(content.problems());
    all.addAll(merge(lastBuiltIn, content).problems());
    all.addAll(raises.problems());
    all.addAll(refused.values());
    all.addAll(Registered.select(rules, RULE).duplicates());
    all.addAll(Registered.select(exporters, EXPORTER).duplicates());
    all.addAll(Registered.select(programmes, PROGRAMME).duplicates());
    all.addAll(failures.all());
    return List.copyOf(all);
  }

  private static String safely(java.util.function.Supplier<String> text) {
    try {
      return String.valueOf(text.get());
    } catch (RuntimeException | LinkageError e) {
      return "(" + describe(e) + ")";
    }
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  // ---- declared content ----------------------------------------------------------------------

  /**
   * The files for the current generation. They are parsed outside any lock, so a caller never
   * waits behind another's parsing; two callers after a change may both parse, and a result made
   * while bundles changed again is returned to its caller but not kept.
   */
  private ContentFiles files() {
    long generation = contentGeneration.get();
    ContentFiles current = files;
    if (current != null && current.generation() == generation) {
      return current;
    }
    ContentFiles read = read(generation, List.copyOf(declared.values()));
    if (contentGeneration.get() == generation) {
      files = read;
    }
    return read;
  }

  private static Raises raisesOf(List<DeclaredContent> contents) {
    Map<String, Severity> bySeverity = new HashMap<>();
    List<Contribution> raised = new ArrayList<>();
    List<ExtensionProblem> problems = new ArrayList<>();
    for (DeclaredContent content : contents) {
      for (String entry : content.severities()) {
        parseRaise(entry, content.symbolicName(), problems).ifPresent(raise -> {
          bySeverity.merge(raise.getKey(), raise.getValue(), Severity::atLeast);
          int slash = raise.getKey().indexOf('/');
          raised.add(new Contribution(Kind.RULE_SEVERITY, raise.getKey().substring(0, slash), raise.getKey().substring(slash + 1),
              "at least " + raise.getValue().name().toLowerCase(Locale.ROOT), content.symbolicName()));
        });
      }
    }
    return new Raises(Map.copyOf(bySeverity), List.copyOf(raised), List.copyOf(problems));
  }

  private ContentFiles read(long generation, List<DeclaredContent> bundles) {
    List<ExtensionProblem> problems = new ArrayList<>();
    List<LoadedCatalogue> catalogues = new ArrayList<>();
    Map<String, String> catalogueOwners = new HashMap<>();
    List<LoadedWording> wordings = new ArrayList<>();
    Map<String, String> wordingOwners = new HashMap<>();
    for (DeclaredContent content : bundles) {
      String bundle = content.symbolicName();
      for (String path : content.catalogues()) {
        readCatalogue(content, path, problems).ifPresent(catalogue -> {
          String key = catalogue.getInstitution() + "/" + catalogue.getId();
          String owner = catalogueOwners.putIfAbsent(key, bundle);
          if (owner != null) {
            problems.add(new ExtensionProblem(bundle, path, "a catalogue " + key + " is already installed by " + owner + "; this one is ignored"));
          } else {
            catalogues.add(new LoadedCatalogue(catalogue, bundle, path));
          }
        });
      }
      for (String path : content.wordings()) {
        readWording(content, path, problems).ifPresent(wording -> {
          // one wording per instrument: two would fight over the same items
          String owner = wordingOwners.putIfAbsent(wording.instrument(), bundle + " (" + wording.institution() + ")");
          if (owner != null) {
            problems.add(new ExtensionProblem(bundle, path, "the wording of instrument " + wording.instrument()
                + " is already supplied by " + owner + "; this one is ignored"));
          } else {
            wordings.add(new LoadedWording(wording, bundle, path));
          }
        });
      }
    }
    return new ContentFiles(generation, List.copyOf(catalogues), List.copyOf(wordings), List.copyOf(problems));
  }

  private Optional<Catalogue> readCatalogue(DeclaredContent content, String path, List<ExtensionProblem> problems) {
    // getEntry throws IllegalStateException once the bundle is uninstalled, which may happen at any time
    try (InputStream in = open(content, path, ExtensionHeaders.CATALOGUE, problems)) {
      if (in == null) {
        return Optional.empty();
      }
      Catalogue catalogue = store.readCatalogue(in, content.symbolicName() + "/" + path);
      if (catalogue.getInstitution() == null || catalogue.getInstitution().isBlank()
          || catalogue.getId() == null || catalogue.getId().isBlank()) {
        problems.add(new ExtensionProblem(content.symbolicName(), path, "the catalogue must name its id and its institution; it is ignored"));
        return Optional.empty();
      }
      return Optional.of(catalogue);
    } catch (StoreException | IOException | RuntimeException e) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static Optional<InstrumentWording> readWording(DeclaredContent content, String path, List<ExtensionProblem> problems) {
    try (InputStream in = open(content, path, ExtensionHeaders.INSTRUMENT_WORDING, problems)) {
      return in == null ? Optional.empty() : Optional.of(InstrumentWording.read(in));
    } catch (InstrumentWording.BadWordingException | IOException | RuntimeException e) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, "the instrument wording cannot be used: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** The file {@code path} of the bundle, or null (with a problem) when the bundle does not have it. */
  private static InputStream open(DeclaredContent content, String path, String header, List<ExtensionProblem> problems) throws IOException {
    URL entry = content.bundle().getEntry(path);
    if (entry == null) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, "the file named in " + header + " is not in the bundle"));
      return null;
    }
    return entry.openStream();
  }

  private static Optional<Map.Entry<String, Severity>> parseRaise(String entry, String bundle, List<ExtensionProblem> problems) {
    int equals = entry.indexOf('=');
    String rule = equals < 0 ? entry : entry.substring(0, equals).strip();
    int slash = rule.indexOf('/');
    if (equals < 0 || slash <= 0 || slash == rule.length() - 1) {
      problems.add(new ExtensionProblem(bundle, ExtensionHeaders.RULE_SEVERITY + ": " + entry,
          "expected <institution>/<rule id>=<info|warning|error>"));
      return Optional.empty();
    }
    try {
      return Optional.of(Map.entry(rule, Severity.valueOf(entry.substring(equals + 1).strip().toUpperCase(Locale.ROOT))));
    } catch (IllegalArgumentException e) {
      problems.add(new ExtensionProblem(bundle, ExtensionHeaders.RULE_SEVERITY + ": " + entry,
          "the severity must be info, warning or error"));
      return Optional.empty();
    }
  }

  /** "1 framework", "3 frameworks". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
