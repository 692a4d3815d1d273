// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.plan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Modality;
import org.rapport.model.PlannedTechnique;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.SessionPlan;
import org.rapport.model.Technique;
import org.rapport.model.operations.SessionPlans;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.DatePicker;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.Forms;
import org.rapport.ui.DocumentProblems;
import org.rapport.ui.ListColumn;
import org.rapport.ui.ListSection;
import org.rapport.ui.ScrolledForm;
import org.rapport.ui.TechniquePicker;
import org.rapport.model.time.Dates;

/**
 * The session plan on one screen: the session's facts, goals, a time-boxed agenda with its running
 * total, techniques to practise from the catalogue, risk and safety, clauses of the client's
 * agreement to revisit, action points carried over, materials and questions for supervision. Each
 * section's label has a mnemonic that puts the cursor in it; lists are edited from the keyboard
 * (see {@link ListSection}).
 */
public class PlanEditor extends DocumentEditor {

  /** How dates are typed and shown. */
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
      .withResolverStyle(ResolverStyle.STRICT);   // 31 February is refused, not taken as the 28th
  /** Widget data key of the agenda's running total, for tests. */
  static final String TOTAL_KEY = "org.rapport.editor.plan.total";
  /** Widget data key of the note saying what a new plan copied, for tests. */
  static final String NOTE_KEY = "org.rapport.editor.plan.note";

  @Inject
  @Optional
  private Catalogues catalogues;

  private SessionPlan plan;
  private ScrolledForm form;
  private Composite body;
  private Label note;
  private Label total;
  private ControlDecoration totalDecoration;
  private CheckboxTableViewer clauses;
  private final List<Runnable> refreshers = new ArrayList<>();
  private final List<ListSection> sections = new ArrayList<>();
  private final Map<EStructuralFeature, Control> fields = new HashMap<>();
  private final Map<Control, ControlDecoration> fieldDecorations = new HashMap<>();
  private Control firstField;
  private Control lastFocused;

  @Override
  protected void createContents(Composite parent, Document document) {
    plan = (SessionPlan) document;
    form = new ScrolledForm(parent, 2);
    body = form.body();

    note = new Label(body, SWT.WRAP);
    note.setData(NOTE_KEY, Boolean.TRUE);
    GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    noteData.exclude = true;
    note.setLayoutData(noteData);
    note.setVisible(false);

    createHeader();
    sections.add(new ListSection(this, body, "&Goals", plan, Literals.SESSION_PLAN__GOALS,
        List.of(ListColumn.editing("Goal", 300, Literals.GOAL__TEXT), ListColumn.editing("How we will know", 300, Literals.GOAL__HOW_WE_WILL_KNOW)),
        RapportFactory.eINSTANCE::createGoal, true, true));
    sections.add(new ListSection(this, body, "&Agenda", plan, Literals.SESSION_PLAN__AGENDA,
        List.of(ListColumn.editing("Item", 420, Literals.AGENDA_ITEM__TITLE), ListColumn.editing("Minutes", 80, Literals.AGENDA_ITEM__MINUTES)),
        () -> {
          var item = RapportFactory.eINSTANCE.createAgendaItem();
          item.setMinutes(5);
          return item;
        }, true, true));
    total = new Label(body, SWT.NONE);
    total.setData(TOTAL_KEY, Boolean.TRUE);
    GridData totalData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    totalData.horizontalIndent = 20;   // room for the warning marker
    total.setLayoutData(totalData);
    totalDecoration = new ControlDecoration(total, SWT.LEFT | SWT.CENTER);
    totalDecoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_WARNING).getImage());
    totalDecoration.setMarginWidth(2);
    totalDecoration.hide();
    sections.add(new ListSection(this, body, "&Techniques to practise", plan, Literals.SESSION_PLAN__TECHNIQUES,
        List.of(ListColumn.showing("Technique", 200, row -> techniqueName(((PlannedTechnique) row).getTechniqueId())),
            ListColumn.editing("When in the session", 220, Literals.PLANNED_TECHNIQUE__MOMENT),
            ListColumn.showing("Indicators", 300, row -> indicators(((PlannedTechnique) row).getTechniqueId()))),
        this::pickTechnique, true, true));
    sections.add(new ListSection(this, body, "&Risk and safety", plan, Literals.SESSION_PLAN__RISKS,
        List.of(ListColumn.editing("Concern", 300, Literals.RISK_CONSIDERATION__CONCERN),
            ListColumn.editing("Response", 300, Literals.RISK_CONSIDERATION__RESPONSE)),
        RapportFactory.eINSTANCE::createRiskConsideration, true, true));
    createClauses();
    sections.add(new ListSection(this, body, "Action &points carried over", plan, Literals.SESSION_PLAN__CARRIED_ACTIONS,
        List.of(ListColumn.showing("Action point", 420, row -> String.valueOf(((org.rapport.model.CarriedAction) row).getText())),
            ListColumn.editing("Status", 120, Literals.CARRIED_ACTION__STATUS)),
        null, true, false));
    longText("Mater&ials", Literals.SESSION_PLAN__MATERIALS);
    longText("&Questions for supervision", Literals.SESSION_PLAN__SUPERVISION_QUESTIONS);

    form.fit();
    rememberFocus(body);
  }

  /** Coming back to the editor puts the cursor where it was, not in the first field. */
  private void rememberFocus(Control control) {
    control.addListener(SWT.FocusIn, event -> lastFocused = control);
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        rememberFocus(child);
      }
    }
  }

  private void createHeader() {
    Composite header = new Composite(body, SWT.NONE);
    header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    GridLayout layout = new GridLayout(6, false);
    layout.marginWidth = 0;
    layout.horizontalSpacing = 8;
    header.setLayout(layout);
    fact(header, "Client", plan.getClientCode());
    fact(header, "Session", String.valueOf(plan.getSessionNumber()));
    new Label(header, SWT.NONE);
    new Label(header, SWT.NONE);

    label(header, "&Date and time");
    Text dateTime = DatePicker.create(header, DATE_TIME, true, "yyyy-mm-dd hh:mm");
    fields().bindText(dateTime, plan, Literals.SESSION_PLAN__DATE_TIME, value -> Dates.time((XMLGregorianCalendar) value).format(DATE_TIME),
        typed -> Dates.of(LocalDateTime.parse(typed, DATE_TIME)));
    fields.put(Literals.SESSION_PLAN__DATE_TIME, dateTime);
    firstField = dateTime;

    label(header, "&Length (minutes)");
    Spinner length = new Spinner(header, SWT.BORDER);
    length.setValues(plan.getLengthMinutes(), 0, 600, 0, 5, 15);
    fields().bindSpinner(length, plan, Literals.SESSION_PLAN__LENGTH_MINUTES);
    fields.put(Literals.SESSION_PLAN__LENGTH_MINUTES, length);

    label(header, "&Modality");
    Combo modality = new Combo(header, SWT.READ_ONLY);
    for (Modality literal : Modality.VALUES) {
      modality.add(ListColumn.words(literal.getLiteral()));
    }
    fields().bindChoice(modality, plan, Literals.SESSION_PLAN__MODALITY, Modality.VALUES);
    fields.put(Literals.SESSION_PLAN__MODALITY, modality);
    refreshers.forEach(Runnable::run);
  }

  private void createClauses() {
    label(body, "Agreement clauses to re&visit").setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    clauses = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    data.heightHint = clauses.getTable().getItemHeight() * 5;
    data.widthHint = 200;
    clauses.getTable().setLayoutData(data);
    clauses.getTable().setData(ListSection.LIST_KEY, Literals.SESSION_PLAN__CLAUSES_TO_REVISIT.getName());
    clauses.setContentProvider(ArrayContentProvider.getInstance());
    clauses.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        Clause clause = (Clause) element;
        return ListColumn.words(clause.getCategory().getLiteral()) + ": " + clause.getTitle();
      }
    });
    List<Clause> current = currentAgreementClauses();
    clauses.setInput(current);
    if (current.isEmpty()) {
      clauses.getTable().setToolTipText("The client has no agreement yet; its clauses will be listed here.");
    }
    clauses.addCheckStateListener(event -> {
      String id = ((Clause) event.getElement()).getId();
      boolean listed = plan.getClausesToRevisit().contains(id);
      if (event.getChecked() && !listed) {
        execute(AddCommand.create(getEditingDomain(), plan, Literals.SESSION_PLAN__CLAUSES_TO_REVISIT, id));
      } else if (!event.getChecked() && listed) {
        execute(RemoveCommand.create(getEditingDomain(), plan, Literals.SESSION_PLAN__CLAUSES_TO_REVISIT, id));
      }
    });
    refreshers.add(() -> clauses.setCheckedElements(current.stream().filter(c -> plan.getClausesToRevisit().contains(c.getId())).toArray()));
  }

  /** The included clauses of the client's agreement in force: the highest signed version, else the latest draft. */
  private List<Clause> currentAgreementClauses() {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null) {
      return List.of();
    }
    ClientCase client = open.index().getClients().stream().filter(c -> c.getCode() != null && c.getCode().equals(plan.getClientCode()))
        .findFirst().orElse(null);
    if (client == null) {
      return List.of();
    }
    DocumentEntry chosen = client.getAgreements().stream().filter(entry -> entry.getKind() == DocumentKind.AGREEMENT)
        .max(Comparator.comparing((DocumentEntry entry) -> AgreementStatus.SIGNED.getLiteral().equals(entry.getStatus()))
            .thenComparingInt(DocumentEntry::getVersion))
        .orElse(null);
    if (chosen == null) {
      return List.of();
    }
    LoadResult loaded = open.load(chosen);
    if (!loaded.ok() || !(loaded.document() instanceof BoundaryAgreement agreement)) {
      return List.of();
    }
    return agreement.getClauses().stream().filter(Clause::isIncluded).toList();
  }

  private void longText(String title, EAttribute attribute) {
    label(body, title).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    Text text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    data.heightHint = text.getLineHeight() * 3;
    data.widthHint = 200;
    text.setLayoutData(data);
    // Tab leaves the field (a plan's text needs no tab characters), so the form is keyboard-complete
    Forms.tabLeaves(text);
    fields().bindText(text, plan, attribute);
    fields.put(attribute, text);
  }

  private PlannedTechnique pickTechnique() {
    TechniquePicker picker = new TechniquePicker(body.getShell(), catalogues == null ? List.of() : catalogues.techniques());
    if (picker.open() != Window.OK || picker.chosen() == null) {
      return null;
    }
    PlannedTechnique planned = RapportFactory.eINSTANCE.createPlannedTechnique();
    planned.setTechniqueId(picker.chosen().getId());
    return planned;
  }

  private String techniqueName(String id) {
    java.util.Optional<Technique> technique = catalogues == null ? java.util.Optional.empty() : catalogues.technique(id);
    return technique.map(Technique::getName).orElse(id + " (not in the catalogue)");
  }

  private String indicators(String id) {
    return catalogues == null ? "" : catalogues.technique(id).map(t -> String.join("; ", t.getIndicators())).orElse("");
  }

  /** How far the form is scrolled down; for tests. */
  int scrolledBy() {
    return form.scrolledBy();
  }

  /** Whether the agenda-over-time warning is shown at the total; for tests. */
  boolean overTimeShown() {
    return totalDecoration.isVisible();
  }

  /** Shows, above the plan, what "New Session Plan" copied into it. */
  public void showNote(String text) {
    note.setText(text);
    ((GridData) note.getLayoutData()).exclude = false;
    note.setVisible(true);
    form.fit();
  }

  private void set(EObject object, EAttribute attribute, Object value) {
    if (!java.util.Objects.equals(value, object.eGet(attribute))) {
      execute(SetCommand.create(getEditingDomain(), object, attribute, value));
    }
  }

  private static Label label(Composite parent, String text) {
    Label label = new Label(parent, SWT.NONE);
    label.setText(text);
    return label;
  }

  private static void fact(Composite parent, String name, String value) {
    label(parent, name);
    Label shown = new Label(parent, SWT.NONE);
    shown.setText(value == null ? "" : value);
  }

  @Override
  protected void setFocus() {
    Control target = lastFocused != null && !lastFocused.isDisposed() ? lastFocused : firstField;
    if (target != null && !target.isDisposed()) {
      target.setFocus();
    }
  }

  @Override
  protected void refresh() {
    if (body == null || body.isDisposed()) {
      return;
    }
    refreshers.forEach(Runnable::run);
    sections.forEach(ListSection::refresh);
    int minutes = SessionPlans.agendaMinutes(plan);
    int over = minutes - plan.getLengthMinutes();
    total.setText("Agenda total: " + minutes + " of " + plan.getLengthMinutes() + " minutes"
        + (over > 0 ? " \u2014 " + over + " over the session" : ""));
    String warning = problems().stream().filter(p -> p.object() == plan && p.feature() == Literals.SESSION_PLAN__AGENDA)
        .map(DocumentProblems.Problem::message).findFirst().orElse(null);
    if (warning != null) {
      totalDecoration.setDescriptionText(warning);
      totalDecoration.show();
    } else {
      totalDecoration.setMarginWidth(2);
    totalDecoration.hide();
    }
    total.getParent().layout(new Control[] {total});
    decorateFields();
  }

  /** Marks each header and text field that has a problem, with the problem as its hover text. */
  private void decorateFields() {
    fieldDecorations.values().forEach(ControlDecoration::hide);
    for (DocumentProblems.Problem problem : problems()) {
      Control field = problem.object() == plan ? fields.get(problem.feature()) : null;
      if (field != null) {
        ControlDecoration decoration = fieldDecorations.computeIfAbsent(field, f -> new ControlDecoration(f, SWT.LEFT | SWT.TOP));
        decoration.setImage(FieldDecorationRegistry.getDefault()
            .getFieldDecoration(problem.isError() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
        decoration.setDescriptionText(problem.message());
        decoration.show();
      }
    }
  }

  @Override
  public void reveal(EObject object, EStructuralFeature feature) {
    if (object == plan) {
      Control field = fields.get(feature);
      if (field != null) {
        field.setFocus();
        form.show(field);
        return;
      }
      for (ListSection section : sections) {
        if (section.list() == feature) {
          section.viewer().getTable().setFocus();
          form.show(section.viewer().getTable());
          return;
        }
      }
      return;
    }
    for (ListSection section : sections) {
      if (object != null && object.eContainingFeature() == section.list()) {
        form.show(section.viewer().getTable());
        section.edit(object, feature instanceof EAttribute attribute ? attribute : null);
        return;
      }
    }
  }
}
