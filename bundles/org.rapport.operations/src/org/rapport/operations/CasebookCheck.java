// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.rapport.operations.Finding.Severity;
import org.rapport.operations.internal.ElementLines;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Catalogue;
import org.rapport.model.CatalogueEntry;
import org.rapport.model.Clause;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.ReflectionNote;
import org.rapport.model.Session;
import org.rapport.model.SessionPlan;
import org.rapport.model.TechniqueRating;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.StoreProblem;

/**
 * Reads every document of a casebook, runs the model's validation on it and checks that the index,
 * the documents and the catalogue agree. Opens the casebook for reading only: a check writes
 * nothing, not even a lock.
 */
public final class CasebookCheck {

  private final CasebookStore store;
  private final List<Catalogue> catalogues;
  private final RapportDiagnostician diagnostician;
  /** The roster of the casebook being checked, made once per casebook: checking thousands of documents reads the pins once. */
  private OpenCasebook rosterFor;
  private org.rapport.model.signing.Roster roster;

  /** @param catalogue the catalogue that references are checked against, or null to skip that check */
  public CasebookCheck(CasebookStore store, Catalogue catalogue) {
    this(store, catalogue == null ? null : List.of(catalogue), null);
  }

  /**
   * A check with institutions' catalogues and rules.
   *
   * @param catalogues the catalogues references are checked against (an id is known when any of
   *                   them has it), or null to skip that check
   * @param validator  the validator for Rapport objects, e.g. the built-in constraints composed with
   *                   the institutions' rules; null for the built-in constraints alone
   */
  public CasebookCheck(CasebookStore store, List<Catalogue> catalogues, EValidator validator) {
    this.store = store;
    this.catalogues = catalogues == null ? null : List.copyOf(catalogues);
    this.diagnostician = validator == null ? new RapportDiagnostician() : new RapportDiagnostician(validator);
  }

  /** Hears how far a check has come, and may stop it. */
  @FunctionalInterface
  public interface Progress {
    /** @return false to stop the check after this document */
    boolean checked(int done, int total);
  }

  /** @throws StoreException when the folder cannot be opened as a casebook at all */
  public CheckReport check(Path folder) throws StoreException {
    return check(folder, (done, total) -> true);
  }

  /**
   * Checks with progress reports; a check stopped early reports what it found so far, and the
   * report's document count says how far it came.
   *
   * @throws StoreException when the folder cannot be opened as a casebook at all
   */
  public CheckReport check(Path folder, Progress progress) throws StoreException {
    return check(folder, null, progress);
  }

  /** {@link #check(Path, Progress)} for a casebook that may be encrypted. */
  public CheckReport check(Path folder, char[] passphrase, Progress progress) throws StoreException {
    List<Finding> findings = new ArrayList<>();
    int documents = 0;
    try (OpenCasebook open = store.openForReading(folder, passphrase)) {
      Path root = open.folder();
      for (StoreProblem problem : open.problems()) {
        findings.add(new Finding(relative(root, problem.file()), problem.line(), Severity.ERROR, problem.cause()));
      }
      Path index = root.resolve(CasebookStore.INDEX_FILE);
      // the default constraints look every id up in the index (unique ids, references): with a map
      // that is one walk of 10,000 sessions, not one per session. The casebook is open for reading
      // only, so the map cannot go stale.
      if (open.index().eResource() instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl resource
          && resource.getIntrinsicIDToEObjectMap() == null) {
        resource.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
      }
      validate(open, open.index(), index, root, findings);
      int total = 0;
      for (ClientCase client : open.index().getClients()) {
        total += client.getAgreements().size();
        for (Session session : client.getSessions()) {
          total += session.getDocuments().size();
        }
      }
      checking:
      for (ClientCase client : open.index().getClients()) {
        for (DocumentEntry entry : client.getAgreements()) {
          documents += checkDocument(open, entry, client, null, findings);
          if (!progress.checked(documents, total)) {
            break checking;
          }
        }
        for (Session session : client.getSessions()) {
          for (DocumentEntry entry : session.getDocuments()) {
            documents += checkDocument(open, entry, client, session, findings);
            if (!progress.checked(documents, total)) {
              break checking;
            }
          }
        }
      }
    }
    synchronized (this) {
      rosterFor = null;   // closed: hold neither it nor its index
      roster = null;
    }
    return new CheckReport(List.copyOf(findings), documents);
  }

  private int checkDocument(OpenCasebook open, DocumentEntry entry, ClientCase client, Session session, List<Finding> findings) {
    Path root = open.folder();
    LoadResult result = open.load(entry);
    if (!result.ok()) {
      StoreProblem problem = result.problem();
      findings.add(new Finding(relative(root, problem.file()), problem.line(), Severity.ERROR, problem.cause()));
      return 1;
    }
    Document document = result.document();
    Path file = root.resolve(entry.getFile()).normalize();
    Lines lines = validate(open, document, file, root, findings);
    String name = relative(root, file);
    // the store itself refuses a file whose document id is not the one the index expects
    if (!String.valueOf(client.getCode()).equals(document.getClientCode())) {
      add(findings, name, lines, document, Literals.DOCUMENT__CLIENT_CODE, Severity.ERROR,
          "the document belongs to client " + document.getClientCode() + " but is filed under client " + client.getCode());
    }
    DocumentKind kind = switch (document) {
      case SessionPlan plan -> DocumentKind.PLAN;
      case BoundaryAgreement agreement -> DocumentKind.AGREEMENT;
      default -> DocumentKind.REFLECTION;
    };
    if (entry.getKind() != kind) {
      add(findings, name, lines, document, null, Severity.ERROR,
          "the index lists this file as a " + entry.getKind() + " but it holds a " + kind);
    }
    String sessionId = switch (document) {
      case SessionPlan plan -> plan.getSessionId();
      case ReflectionNote note -> note.getSessionId();
      default -> null;
    };
    if (session != null && sessionId != null && !sessionId.equals(session.getId())) {
      add(findings, name, lines, document, null, Severity.ERROR,
          "the document is about session " + sessionId + " but is filed under session " + session.getId());
    }
    String status = switch (document) {
      case BoundaryAgreement agreement -> agreement.getStatus().getLiteral();
      case ReflectionNote note -> note.getStatus().getLiteral();
      default -> null;
    };
    if (status != null && !status.equals(entry.getStatus())) {
      add(findings, name, lines, document, null, Severity.WARNING, "the index shows this document as '" + entry.getStatus()
          + "' but it is '" + status + "'; the explorer shows the index until the document is saved again");
    }
    if (catalogues != null) {
      checkCatalogueReferences(document, name, lines, findings);
    }
    return 1;
  }

  private void checkCatalogueReferences(Document document, String name, Lines lines, List<Finding> findings) {
    Set<String> techniques = ids(Catalogue::getTechniques);
    switch (document) {
      case SessionPlan plan -> {
        for (PlannedTechnique planned : plan.getTechniques()) {
          unknown(techniques, planned.getTechniqueId(), "technique", planned, Literals.PLANNED_TECHNIQUE__TECHNIQUE_ID, name, lines, findings);
        }
      }
      case ReflectionNote note -> {
        unknown(ids(Catalogue::getFrameworks), note.getFrameworkId(), "reflection framework", note,
            Literals.REFLECTION_NOTE__FRAMEWORK_ID, name, lines, findings);
        for (TechniqueRating rating : note.getRatings()) {
          unknown(techniques, rating.getTechniqueId(), "technique", rating, Literals.TECHNIQUE_RATING__TECHNIQUE_ID, name, lines, findings);
        }
      }
      case BoundaryAgreement agreement -> {
        Set<String> templates = ids(Catalogue::getClauseTemplates);
        for (Clause clause : agreement.getClauses()) {
          unknown(templates, clause.getTemplateId(), "clause template", clause, Literals.CLAUSE__TEMPLATE_ID, name, lines, findings);
        }
      }
      default -> { }
    }
  }

  /** A reference the catalogue does not know is a warning: it may come from an institution's catalogue. */
  private static void unknown(Set<String> known, String id, String what, EObject object, EStructuralFeature feature,
      String name, Lines lines, List<Finding> findings) {
    if (id != null && !id.isBlank() && !known.contains(id)) {
      add(findings, name, lines, object, feature, Severity.WARNING,
          "the " + what + " '" + id + "' is not in the catalogue; it may belong to an extension that is not installed");
    }
  }

  private Set<String> ids(java.util.function.Function<Catalogue, List<? extends CatalogueEntry>> entries) {
    Set<String> ids = new HashSet<>();
    catalogues.forEach(catalogue -> entries.apply(catalogue).forEach(entry -> ids.add(entry.getId())));
    return ids;
  }

  private Lines validate(OpenCasebook open, EObject root, Path file, Path folder, List<Finding> findings) {
    Lines lines = new Lines(open, file);
    String name = relative(folder, file);
    java.util.Map<Object, Object> context = diagnostician.createDefaultContext();
    context.put(org.rapport.model.validation.RapportConstraints.ROSTER, rosterOf(open));   // signed steps, against the keys that count
    collect(diagnostician.validate(root, context), name, lines, findings);
    return lines;
  }

  private static void collect(Diagnostic diagnostic, String name, Lines lines, List<Finding> findings) {
    if (diagnostic.getChildren().isEmpty()) {
      if (diagnostic.getSeverity() != Diagnostic.OK) {
        List<?> data = diagnostic.getData();
        EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
        EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
        Severity severity = switch (diagnostic.getSeverity()) {
          case Diagnostic.INFO -> Severity.INFO;
          case Diagnostic.WARNING -> Severity.WARNING;
          default -> Severity.ERROR;
        };
        findings.add(new Finding(name, object == null ? 0 : lines.lineOf(object, feature), severity, diagnostic.getMessage()));
      }
      return;
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      collect(child, name, lines, findings);
    }
  }

  private static void add(List<Finding> findings, String name, Lines lines, EObject object, EStructuralFeature feature,
      Severity severity, String message) {
    findings.add(new Finding(name, lines.lineOf(object, feature), severity, message));
  }

  /**
   * The lines of a file's elements, scanned when the first finding needs one: most documents have
   * none, and the scan reads, opens and parses the file a second time.
   */
  private static final class Lines {
    private final OpenCasebook open;
    private final Path file;
    private ElementLines scanned;

    Lines(OpenCasebook open, Path file) {
      this.open = open;
      this.file = file;
    }

    int lineOf(EObject object, EStructuralFeature feature) {
      if (scanned == null) {
        try {
          scanned = ElementLines.of(open.keys().plainBytes(file));   // an encrypted casebook's lines are counted in the opened text
        } catch (StoreException e) {
          scanned = ElementLines.of(new byte[0]);
        }
      }
      return scanned.lineOf(object, feature);
    }
  }

  private static String relative(Path folder, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  private synchronized org.rapport.model.signing.Roster rosterOf(OpenCasebook open) {
    if (rosterFor != open) {
      roster = open.signing().roster();
      rosterFor = open;
    }
    return roster;
  }
}
