// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Document;
import org.rapport.model.FrameworkStage;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage.Literals;
import org.rapport.model.ReflectionFramework;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewComment;
import org.rapport.model.ReviewStatus;
import org.rapport.model.StageAnswer;
import org.rapport.model.Technique;
import org.rapport.model.TechniqueRating;
import org.rapport.model.operations.Reflections;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.Forms;
import org.rapport.ui.ListColumn;
import org.rapport.ui.ListSection;
import org.rapport.ui.PersonNames;
import org.rapport.ui.ScrolledForm;
import org.rapport.ui.TechniquePicker;
import org.rapport.model.time.Dates;

/**
 * A reflection note: the stages of its framework with their guiding prompts and the supervisors'
 * comments beside each, technique self-ratings with evidence, the relationship check, boundary
 * events, learning and action points, and the review workflow as buttons that are enabled only for
 * who may take the step (the others say why not). The note can be written while it is a draft or
 * returned; a locked note changes only by an amendment, which keeps the original.
 */
public class ReflectionEditor extends DocumentEditor {

  /** Widget data keys, for tests: the status line, a workflow button (the step's name), a stage's field (its id). */
  static final String STATUS_KEY = "org.rapport.editor.reflection.status";
  static final String STEP_KEY = "org.rapport.editor.reflection.step";
  static final String STAGE_KEY = "org.rapport.editor.reflection.stage";
  static final String COMMENT = "COMMENT";
  static final String AMEND = "AMEND";
  /** While a note is in these states its author may write in it. */
  private static final Set<ReviewStatus> WRITABLE = EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED);

  @Inject
  @Optional
  private Catalogues catalogues;

  private ReflectionNote note;
  private ScrolledForm form;
  private Composite body;
  private Composite stages;
  private ReviewBar review;
  private Label notRated;
  private final List<Runnable> refreshers = new ArrayList<>();
  private final List<Runnable> stageRefreshers = new ArrayList<>();
  private final List<ListSection> sections = new ArrayList<>();
  private final List<Control> writable = new ArrayList<>();
  private String focusedStage;

  @Override
  protected void createContents(Composite parent, Document document) {
    note = (ReflectionNote) document;
    completeForItsFramework();
    form = new ScrolledForm(parent, 2);
    body = form.body();

    createHeader();
    review = new ReviewBar(this, note, body);
    stages = new Composite(body, SWT.NONE);
    stages.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    stages.setLayout(new GridLayout(1, false));
    buildStages();

    sections.add(new ListSection(this, body, "Technique &ratings (1\u20137) with evidence", note, Literals.REFLECTION_NOTE__RATINGS,
        List.of(ListColumn.showing("Technique", 200, row -> techniqueName(((TechniqueRating) row).getTechniqueId())),
            ListColumn.editing("Rating", 70, Literals.TECHNIQUE_RATING__RATING),
            ListColumn.editing("Evidence: a moment, what was said", 420, Literals.TECHNIQUE_RATING__EVIDENCE),
            ListColumn.showing("Supervisors' comments", 260,
                row -> ReviewText.commentsOn(note, ReviewWorkflow.ratingAnchor(((TechniqueRating) row).getTechniqueId()), this::nameOf).replace('\n', ' '))),
        this::pickRating, true, false));
    notRated = Forms.line(body);
    createRelationshipCheck();
    sections.add(new ListSection(this, body, "&Boundary events", note, Literals.REFLECTION_NOTE__BOUNDARY_EVENTS,
        List.of(ListColumn.editing("What happened", 260, Literals.BOUNDARY_EVENT__DESCRIPTION),
            ListColumn.editing("Kind", 110, Literals.BOUNDARY_EVENT__KIND),
            ListColumn.editing("How it was handled", 260, Literals.BOUNDARY_EVENT__HANDLING),
            ListColumn.editing("Clause", 100, Literals.BOUNDARY_EVENT__CLAUSE_ID)),
        RapportFactory.eINSTANCE::createBoundaryEvent, true, true));
    createLearningPoints();
    sections.add(new ListSection(this, body, "Action &points for the next session", note, Literals.REFLECTION_NOTE__ACTION_POINTS,
        List.of(ListColumn.editing("Action point", 460, Literals.ACTION_POINT__TEXT), ListColumn.editing("Status", 110, Literals.ACTION_POINT__STATUS)),
        () -> Reflections.newActionPoint(note), true, true));
    longText("&Questions for supervision", note, Literals.REFLECTION_NOTE__SUPERVISION_QUESTIONS);
    sections.add(new ListSection(this, body, "Comments of &supervisors", note, Literals.REFLECTION_NOTE__COMMENTS,
        List.of(ListColumn.showing("On", 120, row -> ReviewText.where(((ReviewComment) row).getAnchor())),
            ListColumn.showing("By", 140, row -> nameOf(((ReviewComment) row).getAuthorId())),
            ListColumn.showing("Comment", 420, row -> String.valueOf(((ReviewComment) row).getText())),
            ListColumn.editing("Resolved", 70, Literals.REVIEW_COMMENT__RESOLVED)),
        null, false, false));
    sections.add(new ListSection(this, body, "Amendments after locking (the original stays visible)", note, Literals.REFLECTION_NOTE__AMENDMENTS,
        List.of(ListColumn.showing("Stage", 110, row -> ReviewText.where(((org.rapport.model.Amendment) row).getAnchor())),
            ListColumn.showing("By, when", 200, row -> nameOf(((org.rapport.model.Amendment) row).getAuthorId()) + ", "
                + ReviewText.when(Dates.time(((org.rapport.model.Amendment) row).getAt()))),
            ListColumn.showing("Why", 200, row -> String.valueOf(((org.rapport.model.Amendment) row).getReason())),
            ListColumn.showing("Original", 220, row -> String.valueOf(((org.rapport.model.Amendment) row).getOriginal())),
            ListColumn.showing("Amended", 220, row -> String.valueOf(((org.rapport.model.Amendment) row).getAmended()))),
        null, false, false));
    form.fit();
  }

  /** A note opened for writing gets an answer for each stage of its framework and a relationship check to fill in. */
  private void completeForItsFramework() {
    if (!WRITABLE.contains(note.getStatus())) {
      return;   // nothing is added to a note under review or signed off
    }
    CompoundCommand complete = new CompoundCommand("Complete for the Framework");
    answerEach(stages(), complete);
    if (note.getRelationship() == null) {
      complete.append(SetCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__RELATIONSHIP,
          RapportFactory.eINSTANCE.createRelationshipCheck()));
    }
    if (!complete.isEmpty() && execute(complete)) {
      // the shape every note of the framework has, not a change of the user's: no undo step, nothing unsaved
      getEditingDomain().getCommandStack().flush();
    }
  }

  private void createHeader() {
    Composite header = Forms.row(body, 6);
    new Label(header, SWT.NONE).setText("Client");
    new Label(header, SWT.NONE).setText(String.valueOf(note.getClientCode()));
    new Label(header, SWT.NONE).setText("Session");
    new Label(header, SWT.NONE).setText(String.valueOf(note.getSessionId()));
    new Label(header, SWT.NONE).setText("Frame&work");
    Combo framework = new Combo(header, SWT.READ_ONLY);
    List<ReflectionFramework> frameworks = catalogues == null ? List.of() : catalogues.all().stream()
        .flatMap(catalogue -> catalogue.getFrameworks().stream()).toList();
    frameworks.forEach(f -> framework.add(f.getName()));
    framework.addListener(SWT.Selection, event -> switchFramework(frameworks.get(framework.getSelectionIndex())));
    refreshers.add(() -> {
      int index = frameworks.stream().map(ReflectionFramework::getId).toList().indexOf(note.getFrameworkId());
      if (framework.getSelectionIndex() != index) {
        framework.select(index);
      }
      framework.setEnabled(WRITABLE.contains(note.getStatus()));
    });
  }

  /** One section per stage of the framework: its name, our prompt, the answer, and comments on it. */
  private void buildStages() {
    for (Control child : stages.getChildren()) {
      child.dispose();
    }
    stageRefreshers.clear();
    writable.removeIf(Control::isDisposed);
    List<FrameworkStage> current = stages();
    for (FrameworkStage stage : current) {
      StageAnswer answer = answer(stage.getId());
      Label name = new Label(stages, SWT.NONE);
      name.setText(stage.getName());
      name.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
      Label prompt = new Label(stages, SWT.WRAP);
      prompt.setText(String.valueOf(stage.getPrompt()));
      GridData promptData = new GridData(SWT.FILL, SWT.TOP, true, false);
      promptData.widthHint = 300;
      prompt.setLayoutData(promptData);
      Text text = new Text(stages, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
      GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
      data.heightHint = text.getLineHeight() * 4;
      data.widthHint = 300;
      text.setLayoutData(data);
      text.setData(STAGE_KEY, stage.getId());
      text.addListener(SWT.FocusIn, event -> focusedStage = stage.getId());
      Forms.tabLeaves(text);
      if (answer != null) {
        fields().bindText(text, answer, Literals.STAGE_ANSWER__TEXT);
        writable.add(text);
      } else {
        text.setEditable(false);   // a note under review that lacks this stage: shown, not added to
      }
      Label comments = new Label(stages, SWT.WRAP);
      comments.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
      stageRefreshers.add(() -> comments.setText(ReviewText.commentsOn(note, ReviewWorkflow.stageAnchor(stage.getId()), this::nameOf)));
    }
    List<String> ids = current.stream().map(FrameworkStage::getId).toList();
    for (StageAnswer other : note.getAnswers()) {
      if (!ids.contains(other.getStageId()) && other.getText() != null && !other.getText().isBlank()) {
        Label kept = new Label(stages, SWT.WRAP);
        kept.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        kept.setText("Written for another framework (" + other.getStageId() + "), kept: " + other.getText());
      }
    }
    stageRefreshers.forEach(Runnable::run);
  }

  private void createRelationshipCheck() {
    Label title = new Label(body, SWT.NONE);
    title.setText("Relationship check (1\u20137, as you felt it)");
    title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    Composite row = new Composite(body, SWT.NONE);
    row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    row.setLayout(new GridLayout(7, false));
    if (note.getRelationship() == null) {
      new Label(row, SWT.NONE).setText("No relationship check was recorded.");
      return;
    }
    spinner(row, "&Trust", Literals.RELATIONSHIP_CHECK__TRUST);
    spinner(row, "Empath&y", Literals.RELATIONSHIP_CHECK__EMPATHY);
    spinner(row, "Co&mmunication", Literals.RELATIONSHIP_CHECK__COMMUNICATION);
    Text text = new Text(row, SWT.BORDER);
    text.setMessage("a note on the relationship");
    text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    fields().bindText(text, note.getRelationship(), Literals.RELATIONSHIP_CHECK__NOTE);
    writable.add(text);
  }

  private void spinner(Composite parent, String label, org.eclipse.emf.ecore.EAttribute attribute) {
    new Label(parent, SWT.NONE).setText(label);
    Spinner spinner = new Spinner(parent, SWT.BORDER);
    spinner.setValues(0, 0, 7, 0, 1, 1);
    fields().bindSpinner(spinner, note.getRelationship(), attribute);
    writable.add(spinner);
  }

  /** Learning points, one per line, as one change to the list. */
  private void createLearningPoints() {
    Text text = multiLine("&Learning points (one per line)");
    fields().bindText(text, note, Literals.REFLECTION_NOTE__LEARNING_POINTS, points -> String.join("\n", (List<String>) points),
        typed -> typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    writable.add(text);
  }

  private void longText(String title, org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EAttribute attribute) {
    Text text = multiLine(title);
    fields().bindText(text, object, attribute);
    writable.add(text);
  }

  /** A titled multi-line field across the form, three lines high, that Tab leaves. */
  private Text multiLine(String title) {
    Label label = new Label(body, SWT.NONE);
    label.setText(title);
    label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    Text text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
    GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
    data.heightHint = text.getLineHeight() * 3;
    data.widthHint = 300;
    text.setLayoutData(data);
    Forms.tabLeaves(text);
    return text;
  }

  private void switchFramework(ReflectionFramework framework) {
    if (framework.getId().equals(note.getFrameworkId())) {
      return;
    }
    // what was written stays: answers are kept by stage id, and new stages get empty answers
    CompoundCommand change = new CompoundCommand("Change Framework");
    change.append(SetCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__FRAMEWORK_ID, framework.getId()));
    List<String> stageIds = framework.getStages().stream().map(FrameworkStage::getId).toList();
    List<StageAnswer> blankElsewhere = note.getAnswers().stream()
        .filter(a -> !stageIds.contains(a.getStageId()) && (a.getText() == null || a.getText().isBlank())).toList();
    if (!blankElsewhere.isEmpty()) {
      // empty answers of the other framework would otherwise block submitting, unseen
      change.append(org.eclipse.emf.edit.command.RemoveCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__ANSWERS,
          blankElsewhere));
    }
    answerEach(framework.getStages(), change);
    execute(change);
  }

  /** Adds to {@code change} an empty answer for each of {@code stages} the note has no answer for. */
  private void answerEach(List<FrameworkStage> stages, CompoundCommand change) {
    for (FrameworkStage stage : stages) {
      if (answer(stage.getId()) == null) {
        StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
        answer.setStageId(stage.getId());
        change.append(AddCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__ANSWERS, answer));
      }
    }
  }

  private TechniqueRating pickRating() {
    TechniquePicker picker = new TechniquePicker(body.getShell(), catalogues == null ? List.of() : catalogues.techniques());
    return picker.open() != org.eclipse.jface.window.Window.OK || picker.chosen() == null ? null
        : Reflections.newRating(picker.chosen().getId());
  }

  /** Takes a step as one command and saves it (see {@link #runStep}), for {@link ReviewBar}. */
  boolean step(String label, Runnable step) {
    return runStep(label, step);
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

  /** A person of the casebook by name (the id when the casebook does not know it). */
  String nameOf(String personId) {
    return PersonNames.of(casebook, personId);
  }

  /** The id of the stage whose answer had the cursor last, or null. */
  String focusedStage() {
    return focusedStage;
  }

  /** The stages of the note's framework. */
  List<FrameworkStage> stages() {
    String frameworkId = note.getFrameworkId();
    if (catalogues == null || frameworkId == null) {
      return List.of();
    }
    return catalogues.all().stream().flatMap(catalogue -> catalogue.getFrameworks().stream())
        .filter(framework -> frameworkId.equals(framework.getId())).findFirst().map(framework -> (List<FrameworkStage>) framework.getStages())
        .orElse(List.of());
  }

  private StageAnswer answer(String stageId) {
    return note.getAnswers().stream().filter(a -> stageId != null && stageId.equals(a.getStageId())).findFirst().orElse(null);
  }

  private String techniqueName(String id) {
    return catalogues == null ? id : catalogues.technique(id).map(Technique::getName).orElse(id + " (not in the catalogue)");
  }

  /** The techniques the session's plan meant to practise, read once: the plan is another document. */
  private List<String> planned;

  private List<String> plannedTechniques() {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null || note.getSessionId() == null) {
      return List.of();
    }
    return open.index().getClients().stream().flatMap(c -> c.getSessions().stream())
        .filter(s -> note.getSessionId().equals(s.getId())).flatMap(s -> s.getDocuments().stream())
        .filter(e -> e.getKind() == org.rapport.model.DocumentKind.PLAN).findFirst()
        .map(open::load).filter(org.rapport.store.LoadResult::ok)
        .map(loaded -> ((org.rapport.model.SessionPlan) loaded.document()).getTechniques().stream()
            .map(org.rapport.model.PlannedTechnique::getTechniqueId).toList())
        .orElse(List.of());
  }

  @Override
  protected void setFocus() {
    review.refresh();   // who the user works as may have changed in Preferences since the note was shown
    for (Control child : stages.getChildren()) {
      if (child instanceof Text text && text.getEditable()) {
        text.setFocus();
        return;
      }
    }
    body.setFocus();
  }

  @Override
  protected void refresh() {
    if (body == null || body.isDisposed()) {
      return;
    }
    if (!sameStages()) {
      buildStages();
    }
    refreshers.forEach(Runnable::run);
    stageRefreshers.forEach(Runnable::run);
    sections.forEach(ListSection::refresh);
    boolean editable = WRITABLE.contains(note.getStatus());
    for (Control control : writable) {
      if (!control.isDisposed()) {
        if (control instanceof Text text) {
          text.setEditable(editable);
        } else {
          control.setEnabled(editable);
        }
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      // comments stay open to being marked resolved while the note is under review or returned
      boolean comments = sections.get(i).list() == Literals.REFLECTION_NOTE__COMMENTS;
      sections.get(i).setReadOnly(comments ? note.getStatus() == ReviewStatus.LOCKED || note.getStatus() == ReviewStatus.APPROVED
          : !editable || sections.get(i).list() == Literals.REFLECTION_NOTE__AMENDMENTS);
    }
    review.refresh();
    if (planned == null) {
      planned = plannedTechniques();
    }
    List<String> missing = planned.stream().filter(id -> note.getRatings().stream().noneMatch(r -> id.equals(r.getTechniqueId())))
        .map(this::techniqueName).toList();
    notRated.setText(missing.isEmpty() ? "" : "Planned but not rated: " + String.join(", ", missing) + ".");
    form.fit();   // comments and stages may have grown: the end of the form stays reachable
  }

  /** Goes to a problem: the answer of a stage, or the row of a list, with the cursor in the field. */
  @Override
  public void reveal(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
    if (object instanceof StageAnswer answer) {
      for (Control child : stages.getChildren()) {
        if (child instanceof Text text && answer.getStageId() != null && answer.getStageId().equals(text.getData(STAGE_KEY))) {
          text.setFocus();
          form.show(text);
          return;
        }
      }
    }
    for (ListSection section : sections) {
      if (object != null && object.eContainingFeature() == section.list()) {
        form.show(section.viewer().getTable());
        section.edit(object, feature instanceof org.eclipse.emf.ecore.EAttribute attribute ? attribute : null);
        return;
      }
    }
  }

  /** Whether the stage sections still match the note's framework (an undo may have switched it back). */
  private boolean sameStages() {
    List<String> shown = new ArrayList<>();
    for (Control child : stages.getChildren()) {
      if (child.getData(STAGE_KEY) instanceof String id) {
        shown.add(id);
      }
    }
    return shown.equals(stages().stream().map(FrameworkStage::getId).toList());
  }
}
