// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Party;
import org.rapport.model.Person;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.TemplateState;
import org.rapport.print.AgreementPdf;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.DatePicker;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.Forms;
import org.rapport.ui.ListColumn;
import org.rapport.ui.ListSection;
import org.rapport.ui.PersonNames;
import org.rapport.ui.ProblemMarkers;
import org.rapport.ui.ScrolledForm;
import org.rapport.model.time.Dates;

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
  private AgreementStepBar stepBar;
  private ClauseTemplates templates;
  private ScrolledForm form;
  private Composite body;
  private Label versions;
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
    templates = new ClauseTemplates(catalogues, agreement);
    form = new ScrolledForm(parent, 2);
    body = form.body();
    createHeader();
    stepBar = new AgreementStepBar(this, agreement, events, body, this::print, this::compare);
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
            ListColumn.showing("Against its template", 190, row -> templates.describe((Clause) row))),
        this::pickTemplate, true, true);
    clauses.viewer().addSelectionChangedListener(event -> showClause((Clause) clauses.viewer().getStructuredSelection().getFirstElement()));
    clauseDetail = new Composite(body, SWT.NONE);
    clauseDetail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    clauseDetail.setLayout(new GridLayout(2, true));
    showClause(agreement.getClauses().isEmpty() ? null : agreement.getClauses().get(0));
    signatures = new ListSection(this, body, "&Signatures (each holds a fingerprint of the exact text signed)", agreement,
        Literals.BOUNDARY_AGREEMENT__SIGNATURES,
        List.of(ListColumn.showing("Role", 90, row -> ListColumn.words(((Signature) row).getRole().getLiteral())),
            ListColumn.showing("Signer", 160, row -> PersonNames.of(casebook, ((Signature) row).getSigner())),
            ListColumn.showing("When", 130, row -> when(Dates.time(((Signature) row).getSignedAt()))),
            ListColumn.showing("How", 150, row -> how(((Signature) row).getMethod())),
            ListColumn.showing("Fingerprint", 200, row -> fingerprintText((Signature) row))),
        null, false, false);
    versions = Forms.line(body);
    form.fit();
  }

  private void createHeader() {
    Composite header = Forms.row(body, 8);
    new Label(header, SWT.NONE).setText("Client");
    new Label(header, SWT.NONE).setText(String.valueOf(agreement.getClientCode()));
    new Label(header, SWT.NONE).setText("Version");
    new Label(header, SWT.NONE).setText(agreement.getVersion() + (agreement.getSupersedes() == null ? ""
        : " (replaces " + agreement.getSupersedes() + ")"));
    date(header, "&Effective from", Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE);
    date(header, "Re&view by", Literals.BOUNDARY_AGREEMENT__REVIEW_DATE);
  }

  private void date(Composite parent, String label, org.eclipse.emf.ecore.EAttribute attribute) {
    new Label(parent, SWT.NONE).setText(label);
    Text text = DatePicker.create(parent, DateTimeFormatter.ISO_LOCAL_DATE, false, "yyyy-mm-dd");
    fields().bindText(text, agreement, attribute, value -> Dates.javaTime((XMLGregorianCalendar) value).toString(),
        typed -> Dates.of(LocalDate.parse(typed)));
    dateFields.add(text);
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
    Forms.tabLeaves(text);
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
      fields().bindText(text, clause, Literals.CLAUSE__TEXT);
      ClauseTemplate source = templates.byId().get(clause.getTemplateId());
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
        boolean draft = agreement.getStatus() == AgreementStatus.DRAFT;
        text.setEditable(draft);
        reset.setEnabled(draft && source != null && templates.state(clause) != TemplateState.AS_TEMPLATE);
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
    ClausePicker picker = new ClausePicker(body.getShell(), templates.all());
    if (picker.open() != Window.OK) {
      return null;
    }
    return picker.chosen() == null ? Agreements.ownClause(agreement, picker.category()) : Agreements.fromTemplate(agreement, picker.chosen());
  }

  private String signedText(Party party) {
    return Agreements.signatureOf(agreement, party).map(s -> when(Dates.time(s.getSignedAt()))).orElse("not yet");
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

  Person me() {
    return currentPerson();
  }

  /** Each signed step of {@code document}, verified, a bulleted line each (for the step bar, which is in this package). */
  String signedSteps(org.rapport.model.Document document) {
    return stepLines(document);
  }

  /** The key that signs the steps of the person signed in, or null. */
  org.rapport.model.signing.Signer signer() {
    return currentSigner();
  }

  Optional<OpenCasebook> openCasebook() {
    return casebook.current();
  }

  /** Takes a step as one command and saves it (see {@link #runStep}), for {@link AgreementStepBar}. */
  boolean step(String label, Runnable step) {
    return runStep(label, step);
  }

  void open(String documentId) {
    org.rapport.ui.DocumentParts.open(commands, handlers, documentId);
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
      List<DocumentEntry> entries = AgreementStepBar.client(open, agreement).map(c -> new ArrayList<>(c.getAgreements())).orElseGet(ArrayList::new);
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

  @Override
  protected void setFocus() {
    stepBar.refresh();   // who the user works as may have changed since the editor was shown
    clauses.viewer().getTable().setFocus();
  }

  @Override
  protected void refresh() {
    if (body == null || body.isDisposed()) {
      return;
    }
    templates.forget();
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
    stepBar.refresh();
    versions.setText(versionsText());
    decorateFields();
    form.fit();
  }

  private final ProblemMarkers markers = new ProblemMarkers();

  /** Marks the date fields and the clause and signature lists where validation found a problem; rows carry their own marker. */
  private void decorateFields() {
    markers.show(problems(), problem -> problem.object() != agreement ? null
        : problem.feature() == Literals.BOUNDARY_AGREEMENT__EFFECTIVE_DATE ? dateFields.get(0)
        : problem.feature() == Literals.BOUNDARY_AGREEMENT__REVIEW_DATE ? dateFields.get(1)
        : problem.feature() == Literals.BOUNDARY_AGREEMENT__CLAUSES ? clauses.viewer().getTable()
        : problem.feature() == Literals.BOUNDARY_AGREEMENT__SIGNATURES ? signatures.viewer().getTable() : null);
  }

  private String versionsText() {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null) {
      return "";
    }
    List<DocumentEntry> entries = AgreementStepBar.client(open, agreement).map(c -> new ArrayList<>(c.getAgreements())).orElseGet(ArrayList::new);
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
