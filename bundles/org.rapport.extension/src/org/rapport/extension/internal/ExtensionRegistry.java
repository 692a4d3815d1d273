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
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;

/**
 * The {@link Extensions} service: a whiteboard of the institutions' rule, exporter and programme
 * services, and an extender that reads the content bundles declare in their manifest headers.
 * Headers are noted when a bundle appears; its files are read on first demand and read again only
 * after bundles changed. Services and bundles arrive on other threads, so every list here is
 * either immutable, copy-on-write or guarded by {@code lock}.
 */
@Component(service = Extensions.class)
public final class ExtensionRegistry implements Extensions {

  private static final String RULE = "rule";
  private static final String EXPORTER = "exporter";
  private static final String PROGRAMME = "programme";

  @Reference
  private CasebookStore store;

  private final AtomicLong order = new AtomicLong();
  private final List<Registered<ValidationRule>> rules = new CopyOnWriteArrayList<>();
  private final List<Registered<Exporter>> exporters = new CopyOnWriteArrayList<>();
  private final List<Registered<ProgrammeTemplate>> programmes = new CopyOnWriteArrayList<>();
  /** Services that could not be taken (no institution or id); kept while the service is there. */
  private final Map<Object, ExtensionProblem> refused = new ConcurrentHashMap<>();
  /** Rules that threw, by their registration: switched off and reported once. */
  private final Map<Object, ExtensionProblem> broken = new ConcurrentHashMap<>();

  private final Map<Long, DeclaredContent> declared = new ConcurrentSkipListMap<>();
  private final Object lock = new Object();
  /** What the declared files hold; null until asked for and after any bundle came or went. */
  private ContentFiles files;
  /** The raised severities, kept apart from the files: validation needs them, and they cost no reading. */
  private Raises raises;
  private BundleTracker<DeclaredContent> tracker;
  /**
   * The rules as they run, asked for once per validated object: rebuilt only after a rule came,
   * went or broke, or the headers changed, so that checking a large casebook stays cheap.
   */
  private List<ActiveRule> activeRules;
  private final Object rulesLock = new Object();

  /** The files the headers name, once read; problems name the bundle and the file. */
  private record ContentFiles(List<LoadedCatalogue> catalogues, List<LoadedWording> wordings, List<ExtensionProblem> problems) {
  }

  /** The {@code Rapport-Rule-Severity} headers: the highest severity asked for each rule. */
  private record Raises(Map<String, Severity> bySeverity, List<Contribution> raised, List<ExtensionProblem> problems) {
  }

  private record LoadedCatalogue(Catalogue catalogue, String bundle) {
  }

  private record LoadedWording(InstrumentWording wording, String bundle) {
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
    declared.put(bundleId, content);
    invalidate();
  }

  void withdraw(long bundleId) {
    if (declared.remove(bundleId) != null) {
      invalidate();
    }
  }

  private void invalidate() {
    synchronized (lock) {
      files = null;
      raises = null;
    }
    forgetActiveRules();
  }

  // ---- services (DS dynamic, multiple) -------------------------------------------------------

  @Reference(service = ValidationRule.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addRule(ValidationRule rule, ServiceReference<ValidationRule> reference) {
    bind(rules, rule, reference, ValidationRule::institution, ValidationRule::id, RULE);
  }

  void removeRule(ValidationRule rule, ServiceReference<ValidationRule> reference) {
    broken.remove(reference);
    unbind(rules, reference);
  }

  @Reference(service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addExporter(Exporter exporter, ServiceReference<Exporter> reference) {
    bind(exporters, exporter, reference, Exporter::institution, Exporter::id, EXPORTER);
  }

  void removeExporter(Exporter exporter, ServiceReference<Exporter> reference) {
    unbind(exporters, reference);
  }

  @Reference(service = ProgrammeTemplate.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
  void addProgramme(ProgrammeTemplate programme, ServiceReference<ProgrammeTemplate> reference) {
    bind(programmes, programme, reference, ProgrammeTemplate::institution, ProgrammeTemplate::id, PROGRAMME);
  }

  void removeProgramme(ProgrammeTemplate programme, ServiceReference<ProgrammeTemplate> reference) {
    unbind(programmes, reference);
  }

  private <T> void bind(List<Registered<T>> into, T service, ServiceReference<?> reference, Function<T, String> institution,
      Function<T, String> id, String kind) {
    String bundle = bundleOf(reference);
    try {
      String inst = institution.apply(service);
      String ident = id.apply(service);
      if (inst == null || inst.isBlank() || ident == null || ident.isBlank()) {
        refused.put(reference, new ExtensionProblem(bundle, service.getClass().getName(),
            "the " + kind + " names no institution or no id, so it cannot be told apart; it is ignored"));
        return;
      }
      into.add(new Registered<>(service, inst.strip(), ident.strip(), bundle, order.incrementAndGet(), reference));
      forgetActiveRules();
    } catch (RuntimeException | LinkageError e) {
      refused.put(reference, new ExtensionProblem(bundle, service.getClass().getName(),
          "the " + kind + " failed when asked for its institution and id (" + describe(e) + "); it is ignored"));
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
    ContentFiles content = files();
    List<Catalogue> result = new ArrayList<>();
    for (Catalogue catalogue : builtIn) {
      result.add(withWording(catalogue, content));
    }
    for (LoadedCatalogue loaded : content.catalogues()) {
      result.add(withWording(loaded.catalogue(), content));
    }
    return List.copyOf(result);
  }

  private static Catalogue withWording(Catalogue catalogue, ContentFiles content) {
    // copies: the originals stay clean for the next caller, and callers may change theirs
    Catalogue copy = EcoreUtil.copy(catalogue);
    content.wordings().forEach(loaded -> loaded.wording().applyTo(copy));
    return copy;
  }

  @Override
  public EValidator validator(EValidator base) {
    return new RuleValidator(base, this::activeRules, this::ruleFailed);
  }

  /** The rules that run: no duplicates, none that threw, each at its possibly raised severity. */
  public List<ActiveRule> activeRules() {
    synchronized (rulesLock) {
      if (activeRules == null) {
        activeRules = computeActiveRules();
      }
      return activeRules;
    }
  }

  private void forgetActiveRules() {
    synchronized (rulesLock) {
      activeRules = null;
    }
  }

  private List<ActiveRule> computeActiveRules() {
    Map<String, Severity> raised = raises().bySeverity();
    List<ActiveRule> active = new ArrayList<>();
    for (Registered<ValidationRule> registered : Registered.select(rules, RULE).active()) {
      if (broken.containsKey(registered.reference())) {
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
      active.add(new ActiveRule(registered.service(), severity, registered.bundle()));
    }
    return List.copyOf(active);
  }

  private void ruleFailed(ActiveRule rule, Throwable failure) {
    rules.stream().filter(registered -> registered.service() == rule.rule()).findFirst()
        .ifPresent(registered -> ruleFailed(registered, failure));
  }

  private void ruleFailed(Registered<ValidationRule> registered, Throwable failure) {
    broken.putIfAbsent(registered.reference(), new ExtensionProblem(registered.bundle(), registered.qualifiedId(),
        "the rule failed (" + describe(failure) + ") and was switched off until its bundle is started again"));
    forgetActiveRules();
  }

  @Override
  public List<Exporter> exporters() {
    return Registered.select(exporters, EXPORTER).active().stream().map(Registered::service).toList();
  }

  @Override
  public Optional<Exporter> exporter(String institution, String id) {
    return find(exporters, EXPORTER, institution, id);
  }

  @Override
  public List<ProgrammeTemplate> programmes() {
    return Registered.select(programmes, PROGRAMME).active().stream().map(Registered::service).toList();
  }

  @Override
  public Optional<ProgrammeTemplate> programme(String institution, String id) {
    return find(programmes, PROGRAMME, institution, id);
  }

  private static <T> Optional<T> find(List<Registered<T>> all, String kind, String institution, String id) {
    String wanted = institution + "/" + id;
    return Registered.select(all, kind).active().stream().filter(r -> r.qualifiedId().equals(wanted)).map(Registered::service).findFirst();
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
      all.add(new Contribution(Kind.RULE, rule.rule().institution(), rule.rule().id(),
          safely(() -> rule.rule().description()) + " [" + rule.severity().name().toLowerCase(Locale.ROOT) + "]", rule.bundle()));
    }
    all.addAll(raises().raised());
    for (Registered<Exporter> r : Registered.select(exporters, EXPORTER).active()) {
      all.add(new Contribution(Kind.EXPORTER, r.institution(), r.id(),
          safely(() -> r.service().label()) + " (." + safely(() -> r.service().fileExtension()) + ")", r.bundle()));
    }
    for (Registered<ProgrammeTemplate> r : Registered.select(programmes, PROGRAMME).active()) {
      all.add(new Contribution(Kind.PROGRAMME, r.institution(), r.id(), safely(() -> r.service().name()), r.bundle()));
    }
    return List.copyOf(all);
  }

  @Override
  public List<ExtensionProblem> problems() {
    List<ExtensionProblem> all = new ArrayList<>(files().problems());
    all.addAll(raises().problems());
    all.addAll(refused.values());
    all.addAll(Registered.select(rules, RULE).duplicates());
    all.addAll(Registered.select(exporters, EXPORTER).duplicates());
    all.addAll(Registered.select(programmes, PROGRAMME).duplicates());
    all.addAll(broken.values());
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

  private ContentFiles files() {
    synchronized (lock) {
      if (files == null) {
        files = read(List.copyOf(declared.values()));
      }
      return files;
    }
  }

  private Raises raises() {
    synchronized (lock) {
      if (raises == null) {
        Map<String, Severity> bySeverity = new HashMap<>();
        List<Contribution> raised = new ArrayList<>();
        List<ExtensionProblem> problems = new ArrayList<>();
        for (DeclaredContent content : declared.values()) {
          for (String entry : content.severities()) {
            parseRaise(entry, content.symbolicName(), problems).ifPresent(raise -> {
              bySeverity.merge(raise.getKey(), raise.getValue(), Severity::atLeast);
              int slash = raise.getKey().indexOf('/');
              raised.add(new Contribution(Kind.RULE_SEVERITY, raise.getKey().substring(0, slash), raise.getKey().substring(slash + 1),
                  "at least " + raise.getValue().name().toLowerCase(Locale.ROOT), content.symbolicName()));
            });
          }
        }
        raises = new Raises(Map.copyOf(bySeverity), List.copyOf(raised), List.copyOf(problems));
      }
      return raises;
    }
  }

  private ContentFiles read(List<DeclaredContent> bundles) {
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
            catalogues.add(new LoadedCatalogue(catalogue, bundle));
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
            wordings.add(new LoadedWording(wording, bundle));
          }
        });
      }
    }
    return new ContentFiles(List.copyOf(catalogues), List.copyOf(wordings), List.copyOf(problems));
  }

  private Optional<Catalogue> readCatalogue(DeclaredContent content, String path, List<ExtensionProblem> problems) {
    URL entry = content.bundle().getEntry(path);
    if (entry == null) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, "the file named in " + ExtensionHeaders.CATALOGUE + " is not in the bundle"));
      return Optional.empty();
    }
    try (InputStream in = entry.openStream()) {
      Catalogue catalogue = store.readCatalogue(in, content.symbolicName() + "/" + path);
      if (catalogue.getInstitution() == null || catalogue.getInstitution().isBlank()
          || catalogue.getId() == null || catalogue.getId().isBlank()) {
        problems.add(new ExtensionProblem(content.symbolicName(), path, "the catalogue must name its id and its institution; it is ignored"));
        return Optional.empty();
      }
      return Optional.of(catalogue);
    } catch (StoreException | IOException | RuntimeException e) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<InstrumentWording> readWording(DeclaredContent content, String path, List<ExtensionProblem> problems) {
    URL entry = content.bundle().getEntry(path);
    if (entry == null) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, "the file named in " + ExtensionHeaders.INSTRUMENT_WORDING + " is not in the bundle"));
      return Optional.empty();
    }
    try (InputStream in = entry.openStream()) {
      return Optional.of(InstrumentWording.read(in));
    } catch (InstrumentWording.BadWordingException | IOException | RuntimeException e) {
      problems.add(new ExtensionProblem(content.symbolicName(), path, "the instrument wording cannot be used: " + e.getMessage()));
      return Optional.empty();
    }
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
