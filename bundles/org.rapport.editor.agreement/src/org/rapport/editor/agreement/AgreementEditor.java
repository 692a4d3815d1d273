// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Party;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.model.operations.Agreements.TemplateState;
import org.rapport.print.AgreementPdf;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.ListColumn;
import org.rapport.ui.ListSection;
import org.rapport.ui.ScrolledForm;

/**
 * One version of a boundary agreement: its dates and parties, the clauses drafted from the
 * catalogue's templates (each showing whether it still reads as its template), the signatures
 * with whether they still match the text, and its life as buttons (propose, record a signature,
 * revise, end), plus printing to PDF and comparing the versions side by side. Only a draft is
 * written in; a version anyone has signed is shown, never changed.
 */
public class AgreementEditor extends DocumentEditor {

  /** Widget data keys, for tests: the status line, a step's button (the step's name), the clause text field. */
  static final String STATUS_KEY = "org.rapport.editor.agreement.status";
  static final String STEP_KEY = "org.rapport.editor.agreement.step";
  static final String CLAUSE_TEXT_KEY = "org.rapport.editor.agreement.clauseText";
  static final String PRINT = "PRINT";
  static final String COMPARE = "COMPARE";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  @Inject
  @org.eclipse.e4.core.di.annotations.Optional
  private Catalogues catalogues;
  @Inject
  @org.eclipse.e4.core.di.annotations.Optional
  private EPartService parts;
  @Inject
  @org.eclipse.e4.core.di.annotations.Optional
  private PdfLocation pdfLocation;
  @Inject
  private IEventBroker events;
  @Inject
  private ECommandService commands;
  @Inject
  private EHandlerService handlers;

  private BoundaryAgreement agreement;
  private ScrolledForm form;
  private Composite body;
  private Label status;
  private Label versions;
  private final Map<String, Button> stepButtons = new HashMap<>();
  private final List<Runnable> refreshers = new ArrayList<>();
  private final List<Text> dateFields = new ArrayList<>();
  private ListSection parties;
  private ListSection clauses;
  private ListSection signatures;
  private Composite clauseDetail;
  private Clause shownClause;
  private Runnable clauseTextRefresher = () -> { };

  @Override
  protected void createContents(Composite parent, Document document) {
    agreement = (BoundaryAgreement) document;
    form = new ScrolledForm(parent, 2);
    body = form.body();
    createHeader();
    createStepBar();
    parties = new ListSection(this, body, "Pa&rties", agreement, Literals.BOUNDARY_AGREEMENT__PARTIES,
        List.of(ListColumn.showing("Role", 90, row -> ListColumn.words(((Party) row).getRole().getLiteral())),
            ListColumn.editing("Person id or client code", 160, Literals.PARTY__REFERENCE),
            ListColumn.editing("Name as printed", 220, Literals.PARTY__DISPLAY_NAME),
            ListColumn.showing("Signed", 160, row -> signedText((Party) row))),
        null, false, false);
    clauses = new ListSection(this, body, "&Clauses (Insert adds one from a template, Delete removes, Alt+Up/Down moves)", agreement,
        Literals.BOUNDARY_AGREEMENT__CLAUSES,
        // the title comes first: a clause just added opens its title for editing, not its check box
        List.of(ListColumn.editing("Title", 170, Literals.CLAUSE__TITLE),
            ListColumn.editing("Category", 140, Literals.CLAUSE__CATEGORY),
            ListColumn.editing("Included", 60, Literals.CLAUSE__INCLUDED),
            ListColumn.showing("Against its template", 190, row -> templateText((Clause) row))),
        this::pickTemplate, true, true);
    clauses.viewer().addSelectionChangedListener(event -> showClause((Clause) clauses.viewer().getStructuredSelection().getFirstElement()));
    clauseDetail = new Composite(body, SWT.NONE);
    clauseDetail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    clauseDetail.setLayout(new GridLayout(2, true));
    showClause(agreement.getClauses().isEmpty() ? null : agreement.getClauses().get(0));
    signatures = new ListSection(this, body, "&Signatures (each holds a fingerprint of the exact text signed)", agreement,
        Literals.BOUNDARY_AGREEMENT__SIGNATURES,
        List.of(ListColumn.showing("Role", 90, row -> ListColumn.words(((Signature) row).getRole().getLiteral())),
            ListColumn.showing("Signer", 110, row -> String.valueOf(((Signature) row).getSigner())),
            ListColumn.showing("When", 130, row -> when(((Signature) row).getSignedAt())),
            ListColumn.showing("How", 150, row -> how(((Signature) row).getMethod())),
            ListColumn.showing("Fingerprint", 200, row -> fingerprintText((Signature) row))),
        null, false, false);
    versions = new Label(body, SWT.WRAP);
    versions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    form.fit();
  }

  private void createHeader() {
    Composite header = row(body, 8);
    new Label(header, SWT.NONE).setText("Client");
    new Label(header, SWT.NONE).setText(String.valueOf(agreement.getClientCode()));
    new Label(header, SWT.NONE).setText("Version");
    new Label(header, SWT.NONE).setText(agreement.getVersion() + (agreement.getSupersedes() == null ? ""
        : " (replaces " + agreement.getSupersedes() + ")"));
    date(header, "&Effective from", Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE);
    date(header, "Re&view by", Literals.BOUNDARY_AGREEMENT__REVIEW_DATE);
    status = new Label(body, SWT.WRAP);
    status.setData(STATUS_KEY, Boolean.TRUE);
    status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
  }

  private void date(Composite parent, String label, org.eclipse.emf.ecore.EAttribute attribute) {
    new Label(parent, SWT.NONE).setText(label);
    Text text = new Text(parent, SWT.BORDER);
    text.setMessage("yyyy-mm-dd");
    GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
    data.widthHint = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 40;
    text.setLayoutData(data);
    refreshers.add(bindText(text, agreement, attribute, value -> value.toString(), typed -> LocalDate.parse(typed)));
    dateFields.add(text);
  }

  private void createStepBar() {
    Composite bar = row(body, Step.values().length + 2);
    for (Step step : Step.values()) {
      stepButtons.put(step.name(), button(bar, step.label(), step.name(), () -> take(step)));
    }
    stepButtons.put(PRINT, button(bar, "Print to PDF\u2026", PRINT, this::print));
    stepButtons.put(COMPARE, button(bar, "Compare Versions\u2026", COMPARE, this::compare));
  }

  private static Button button(Composite parent, String text, String key, Runnable action) {
    return stepButton(parent, text, STEP_KEY, key, action);
  }

  /** Shows the text of {@code clause} to edit, beside its template's wording. */
  private void showClause(Clause clause) {
    if (clause == shownClause && clauseDetail.getChildren().length > 0) {
      return;
    }
    commitPendingEdit();   // what was typed for the clause shown so far belongs to it
    shownClause = clause;
    for (Control child : clauseDetail.getChildren()) {
      child.dispose();
    }
    clauseTextRefresher = () -> { };
    Label mine = new Label(clauseDetail, SWT.NONE);
    mine.setText(clause == null ? "Choose a clause above to read its text" : "Clause &text: " + clause.getTitle());
    Label theirs = new Label(clauseDetail, SWT.NONE);
    Text text = new Text(clauseDetail, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
    data.heightHint = text.getLineHeight() * 6;
    data.widthHint = 300;
    text.setLayoutData(data);
    text.setData(CLAUSE_TEXT_KEY, Boolean.TRUE);
    text.addListener(SWT.Traverse, event -> {
      if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
        event.doit = true;   // Tab leaves the field, so the form stays keyboard-complete
      }
    });
    Text template = new Text(clauseDetail, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
    GridData templateData = new GridData(SWT.FILL, SWT.TOP, true, false);
    templateData.heightHint = data.heightHint;
    templateData.widthHint = data.widthHint;
    template.setLayoutData(templateData);
    template.setBackground(clauseDetail.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
    Button reset = new Button(clauseDetail, SWT.PUSH);
    reset.setText("Use the Template's &Wording");
    reset.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
    if (clause == null) {
      text.setEditable(false);
      reset.setEnabled(false);
    } else {
      Runnable show = bindText(text, clause, Literals.CLAUSE__TEXT);
      ClauseTemplate source = templates().get(clause.getTemplateId());
      String wording = source == null ? null : Agreements.fill(source.getText(), agreement);
      theirs.setText(source == null ? (clause.getTemplateId() == null ? "A clause of your own, not from a template"
          : "Template " + clause.getTemplateId() + " is not in the installed catalogues")
          : "Template " + source.getId() + ", version " + source.getVersion()
              + (source.getVersion() > clause.getTemplateVersion() ? " (drafted from version " + clause.getTemplateVersion() + ")" : ""));
      template.setText(wording == null ? "" : wording);
      reset.addListener(SWT.Selection, event -> {
        if (wording != null) {
          useTemplateWording(clause, source, wording);
        }
      });
      clauseTextRefresher = () -> {
        show.run();
        boolean draft = agreement.getStatus() == AgreementStatus.DRAFT;
        text.setEditable(draft);
        reset.setEnabled(draft && source != null && Agreements.templateState(clause, templates(), agreement) != TemplateState.AS_TEMPLATE);
      };
      clauseTextRefresher.run();
    }
    clauseDetail.layout(true, true);
    form.fit();
  }

  /** Puts a template's wording, title and current version back into a clause as one change. */
  private void useTemplateWording(Clause clause, ClauseTemplate source, String wording) {
    org.eclipse.emf.common.command.CompoundCommand change = new org.eclipse.emf.common.command.CompoundCommand("Use Template Wording");
    change.append(SetCommand.create(getEditingDomain(), clause, Literals.CLAUSE__TEXT, wording));
    change.append(SetCommand.create(getEditingDomain(), clause, Literals.CLAUSE__TITLE, source.getName()));
    change.append(SetCommand.create(getEditingDomain(), clause, Literals.CLAUSE__TEMPLATE_VERSION, source.getVersion()));
    execute(change);
  }

  /** Insert or Add in the clause list: a clause from a template the user picks (or one of their own). */
  private Clause pickTemplate() {
    ClausePicker picker = new ClausePicker(body.getShell(), allTemplates());
    if (picker.open() != Window.OK) {
      return null;
    }
    if (picker.chosen() == null) {
      Clause own = RapportFactory.eINSTANCE.createClause();
      String id = "c.own";
      for (int n = 2; hasClause(id); n++) {
        id = "c.own-" + n;
      }
      own.setId(id);
      own.setCategory(picker.category());
      own.setTitle("A clause of our own");
      own.setText("");
      own.setIncluded(true);
      return own;
    }
    return Agreements.fromTemplate(agreement, picker.chosen());
  }

  private boolean hasClause(String id) {
    return agreement.getClauses().stream().anyMatch(c -> id.equals(c.getId()));
  }

  private List<ClauseTemplate> allTemplates() {
    return catalogues == null ? List.of() : catalogues.all().stream().flatMap(c -> c.getClauseTemplates().stream()).toList();
  }

  private Map<String, ClauseTemplate> templatesById;

  /** The installed templates by id (the first catalogue's when two share an id). */
  private Map<String, ClauseTemplate> templates() {
    if (templatesById == null) {
      templatesById = new LinkedHashMap<>();
      allTemplates().forEach(t -> templatesById.putIfAbsent(t.getId(), t));
    }
    return templatesById;
  }

  private String templateText(Clause clause) {
    return switch (Agreements.templateState(clause, templates(), agreement)) {
      case AS_TEMPLATE -> "as the template (v" + clause.getTemplateVersion() + ")";
      case EDITED -> "changed from the template (v" + clause.getTemplateVersion() + ")";
      case TEMPLATE_NEWER -> "template now at v" + templates().get(clause.getTemplateId()).getVersion();
      case OWN -> "our own clause";
      case TEMPLATE_UNKNOWN -> "template not installed: " + clause.getTemplateId();
    };
  }

  private String signedText(Party party) {
    return Agreements.signatureOf(agreement, party).map(s -> when(s.getSignedAt())).orElse("not yet");
  }

  private String fingerprintText(Signature signature) {
    String print = signature.getFingerprint() == null ? "none" : signature.getFingerprint().substring(0, Math.min(12, signature.getFingerprint().length())) + "\u2026";
    boolean matches = signature.getFingerprint() != null && signature.getFingerprint().equals(Agreements.fingerprint(agreement));
    return print + (matches ? " matches the text" : " DOES NOT MATCH the text");
  }

  private static String how(SignatureMethod method) {
    return method == SignatureMethod.PAPER_RECORDED ? "on paper, recorded" : "typed in the session";
  }

  private static String when(LocalDateTime at) {
    return at == null ? "" : at.format(WHEN);
  }

  private Person me() {
    return currentPerson();
  }

  private void take(Step step) {
    Person me = me();
    Optional<String> refused = Agreements.refusal(agreement, step, me);
    if (refused.isPresent()) {
      MessageDialog.openInformation(body.getShell(), step.label(), refused.get());
      return;
    }
    switch (step) {
      case SIGN -> sign(me);
      case REVISE -> revise(me);
      case END -> {
        if (MessageDialog.openQuestion(body.getShell(), step.label(), "End version " + agreement.getVersion()
            + " of the agreement with " + agreement.getClientCode() + "? It stays in the casebook, marked ended, and cannot be revised.")) {
          change(step.label(), changed -> Agreements.take(changed, step, me, now()));
        }
      }
      default -> change(step.label(), changed -> Agreements.take(changed, step, me, now()));
    }
  }

  private void sign(Person me) {
    SignDialog dialog = new SignDialog(body.getShell(), agreement, me);
    if (dialog.open() != Window.OK) {
      return;
    }
    boolean wasLast = Agreements.unsigned(agreement).size() == 1;
    change("Record Signature", changed -> Agreements.sign(changed, dialog.role(), dialog.method(), me, dialog.signedAt()));
    if (wasLast && agreement.getStatus() == AgreementStatus.SIGNED && !part.isDirty() && agreement.getSupersedes() != null) {
      supersedeOlder();
    }
  }

  /** The version this one replaces is marked superseded once this one is signed, and saved. */
  private void supersedeOlder() {
    OpenCasebook open = casebook.current().orElse(null);
    DocumentEntry older = open == null ? null : entry(open, agreement.getSupersedes());
    if (older == null) {
      return;
    }
    LoadResult loaded = open.load(older);
    try {
      if (!loaded.ok() || !(loaded.document() instanceof BoundaryAgreement previous)) {
        throw new StoreException("Version " + agreement.getSupersedes() + " could not be read, so it still shows as signed.");
      }
      Agreements.supersede(previous, agreement);
      open.save(previous);
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, older);
    } catch (StoreException | IllegalStateException e) {
      MessageDialog.openWarning(body.getShell(), "Record Signature", "This version is signed. " + e.getMessage());
    }
  }

  private void revise(Person me) {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null || open.readOnly()) {
      MessageDialog.openInformation(body.getShell(), Step.REVISE.label(), "The casebook is open for reading only.");
      return;
    }
    Optional<DocumentEntry> newer = client(open).map(c -> c.getAgreements().stream()
        .filter(e -> e.getVersion() > agreement.getVersion()).max(Comparator.comparingInt(DocumentEntry::getVersion)).orElse(null));
    if (newer.isPresent()) {
      MessageDialog.openInformation(body.getShell(), Step.REVISE.label(), "Version " + newer.get().getVersion()
          + " already exists (" + newer.get().getStatus() + "); it is opened for you.");
      open(newer.get().getDocumentId());
      return;
    }
    BoundaryAgreement next = Agreements.revise(agreement, me, now());
    try {
      open.save(next);
    } catch (StoreException e) {
      MessageDialog.openError(body.getShell(), Step.REVISE.label(), e.getMessage());
      return;
    }
    events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, next);
    open(next.getId());
  }

  private void open(String documentId) {
    org.rapport.ui.DocumentParts.open(commands, handlers, documentId);
  }

  private Optional<ClientCase> client(OpenCasebook open) {
    return open.index().getClients().stream().filter(c -> c.getCode() != null && c.getCode().equals(agreement.getClientCode())).findFirst();
  }

  private DocumentEntry entry(OpenCasebook open, String id) {
    return client(open).flatMap(c -> c.getAgreements().stream().filter(e -> id.equals(e.getDocumentId())).findFirst()).orElse(null);
  }

  /** Runs a step as one command and saves it, so the others see it. */
  private void change(String label, Consumer<BoundaryAgreement> what) {
    runStep(label, () -> what.accept(agreement));
  }

  /** Prints this version to a PDF file the user names (Ctrl+P). */
  public void print() {
    commitPendingEdit();
    if (part.isDirty()) {
      if (!MessageDialog.openQuestion(body.getShell(), "Print to PDF", "Save the agreement first, so that the paper matches the file?")) {
        return;
      }
      if (parts != null) {
        parts.savePart(part, false);
      }
      if (part.isDirty()) {
        return;   // the save failed and said why
      }
    }
    PdfLocation location = pdfLocation != null ? pdfLocation : PdfLocation.ASK;
    Path target = location.choose(body.getShell(), agreement.getId() + ".pdf");
    if (target == null) {
      return;
    }
    try {
      AgreementPdf.save(agreement, target, LocalDate.now());
    } catch (IOException | RuntimeException e) {
      MessageDialog.openError(body.getShell(), "Print to PDF", "Could not write " + target + ": " + e.getMessage()
          + "\n\nNo file was changed.");
      return;
    }
    audit("print", "to " + target.getFileName());
    MessageDialog.openInformation(body.getShell(), "Print to PDF", "Version " + agreement.getVersion() + " was printed to " + target + ".");
  }

  /** Every version of this client's agreement side by side, clause by clause. */
  private void compare() {
    OpenCasebook open = casebook.current().orElse(null);
    List<BoundaryAgreement> all = new ArrayList<>();
    if (open != null) {
      List<DocumentEntry> entries = client(open).map(c -> new ArrayList<>(c.getAgreements())).orElseGet(ArrayList::new);
      entries.sort(Comparator.comparingInt(DocumentEntry::getVersion));
      for (DocumentEntry entry : entries) {
        if (entry.getDocumentId().equals(agreement.getId())) {
          all.add(agreement);   // as shown here, with unsaved changes
        } else {
          LoadResult loaded = open.load(entry);
          if (loaded.ok() && loaded.document() instanceof BoundaryAgreement version) {
            all.add(version);
          }
        }
      }
    }
    if (all.isEmpty()) {
      all.add(agreement);
    }
    new VersionsDialog(body.getShell(), all).open();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now().withSecond(0).withNano(0);
  }

  @Override
  protected void setFocus() {
    refreshSteps();   // who the user works as may have changed since the editor was shown
    clauses.viewer().getTable().setFocus();
  }

  @Override
  protected void refresh() {
    if (body == null || body.isDisposed()) {
      return;
    }
    templatesById = null;
    refreshers.forEach(Runnable::run);
    boolean draft = agreement.getStatus() == AgreementStatus.DRAFT;
    dateFields.forEach(field -> field.setEditable(draft));
    parties.setReadOnly(!draft);
    clauses.setReadOnly(!draft);
    signatures.setReadOnly(true);
    parties.refresh();
    clauses.refresh();
    signatures.refresh();
    if (shownClause != null && shownClause.eContainer() != agreement) {
      showClause(agreement.getClauses().isEmpty() ? null : agreement.getClauses().get(0));   // undone or removed
    }
    clauseTextRefresher.run();
    refreshSteps();
    versions.setText(versionsText());
    decorateFields();
    form.fit();
  }

  private final Map<Control, org.eclipse.jface.fieldassist.ControlDecoration> decorations = new HashMap<>();

  /** Marks the date fields and the clause and signature lists where validation found a problem, with the problem as hover text. */
  private void decorateFields() {
    decorations.values().forEach(org.eclipse.jface.fieldassist.ControlDecoration::hide);
    for (org.rapport.ui.DocumentProblems.Problem problem : problems()) {
      if (problem.object() != agreement) {
        continue;   // rows of the lists carry their own marker
      }
      Control field = problem.feature() == Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE ? dateFields.get(0)
          : problem.feature() == Literals.BOUNDARY_AGREEMENT__REVIEW_DATE ? dateFields.get(1)
          : problem.feature() == Literals.BOUNDARY_AGREEMENT__CLAUSES ? clauses.viewer().getTable()
          : problem.feature() == Literals.BOUNDARY_AGREEMENT__SIGNATURES ? signatures.viewer().getTable() : null;
      if (field != null) {
        org.eclipse.jface.fieldassist.ControlDecoration decoration = decorations.computeIfAbsent(field,
            f -> new org.eclipse.jface.fieldassist.ControlDecoration(f, SWT.LEFT | SWT.TOP));
        decoration.setImage(org.eclipse.jface.fieldassist.FieldDecorationRegistry.getDefault().getFieldDecoration(problem.isError()
            ? org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_ERROR : org.eclipse.jface.fieldassist.FieldDecorationRegistry.DEC_WARNING)
            .getImage());
        decoration.setDescriptionText(problem.message());
        decoration.show();
      }
    }
  }

  /** The status line and which steps are open to who the user works as now. */
  private void refreshSteps() {
    Person me = me();
    StringBuilder line = new StringBuilder("Status: " + agreement.getStatus().getLiteral());
    List<Party> waiting = Agreements.unsigned(agreement);
    if (agreement.getStatus() == AgreementStatus.PROPOSED) {
      line.append(" \u2014 waiting for the signature of ").append(String.join(", ",
          waiting.stream().map(p -> p.getRole().getLiteral()).toList()));
    }
    Optional<String> tampered = Agreements.verify(agreement);
    tampered.ifPresent(problem -> line.append("\nTAMPERED: ").append(problem));
    Agreements.editRefusal(agreement).ifPresent(why -> line.append("\n").append(why));
    line.append(me == null ? "\nChoose who you are in Edit > Preferences to propose, sign or revise." : "\nYou work as " + me.getId() + ".");
    status.setText(line.toString());
    status.setForeground(tampered.isPresent() ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
    status.setFont(tampered.isPresent() ? JFaceResources.getBannerFont() : null);
    for (Step step : Step.values()) {
      Optional<String> refused = Agreements.refusal(agreement, step, me);
      Button button = stepButtons.get(step.name());
      button.setEnabled(refused.isEmpty());
      button.setToolTipText(refused.orElse(null));
    }
  }

  private String versionsText() {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null) {
      return "";
    }
    List<DocumentEntry> entries = client(open).map(c -> new ArrayList<>(c.getAgreements())).orElseGet(ArrayList::new);
    entries.sort(Comparator.comparingInt(DocumentEntry::getVersion));
    List<String> shown = new ArrayList<>();
    for (DocumentEntry entry : entries) {
      String state = entry.getDocumentId().equals(agreement.getId()) ? agreement.getStatus().getLiteral() : entry.getStatus();
      shown.add("v" + entry.getVersion() + " " + state + (entry.getDocumentId().equals(agreement.getId()) ? " (this one)" : ""));
    }
    return "History: " + String.join(" \u00b7 ", shown) + ". Compare Versions shows them side by side.";
  }

  /** Goes to a problem: a clause, a party or a date field. */
  @Override
  public void reveal(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
    if (object == agreement && (feature == Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE || feature == Literals.BOUNDARY_AGREEMENT__REVIEW_DATE)) {
      Text field = dateFields.get(feature == Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE ? 0 : 1);
      field.setFocus();
      form.show(field);
      return;
    }
    if (object == agreement) {
      ListSection section = feature == Literals.BOUNDARY_AGREEMENT__SIGNATURES ? signatures : clauses;
      section.viewer().getTable().setFocus();
      form.show(section.viewer().getTable());
      return;
    }
    for (ListSection section : List.of(parties, clauses, signatures)) {
      if (object != null && object.eContainingFeature() == section.list()) {
        form.show(section.viewer().getTable());
        section.edit(object, feature instanceof org.eclipse.emf.ecore.EAttribute attribute ? attribute : null);
        return;
      }
    }
  }
}
