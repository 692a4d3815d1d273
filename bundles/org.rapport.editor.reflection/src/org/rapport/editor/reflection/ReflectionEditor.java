// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.ActionPoint;
import org.rapport.model.ActionStatus;
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
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.ListColumn;
import org.rapport.ui.ListSection;
import org.rapport.ui.ScrolledForm;
import org.rapport.ui.TechniquePicker;

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
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
  /** While a note is in these states its author may write in it. */
  private static final Set<ReviewStatus> WRITABLE = EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED);

  @Inject
  @Optional
  private Catalogues catalogues;

  private ReflectionNote note;
  private ScrolledForm form;
  private Composite body;
  private Composite stages;
  private Label status;
  private Label notRated;
  private final Map<String, Button> stepButtons = new HashMap<>();
  private final List<Runnable> refreshers = new ArrayList<>();
  private final List<Runnable> stageRefreshers = new ArrayList<>();
  private final List<ListSection> sections = new ArrayList<>();
  private final List<Control> writable = new ArrayList<>();
  private String focusedStage;
  /** Turns the learning points being typed into one change; also run before save, undo and crash copies. */
  private Runnable commitLearningPoints = () -> { };
  /** Whether learning points are typed and not yet committed, and what they are as a list. */
  private java.util.function.Supplier<List<String>> learningPointsTyped = () -> null;

  @Override
  protected void createContents(Composite parent, Document document) {
    note = (ReflectionNote) document;
    completeForItsFramework();
    form = new ScrolledForm(parent, 2);
    body = form.body();

    createHeader();
    createWorkflowBar();
    stages = new Composite(body, SWT.NONE);
    stages.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    stages.setLayout(new GridLayout(1, false));
    buildStages();

    sections.add(new ListSection(this, body, "Technique &ratings (1\u20137) with evidence", note, Literals.REFLECTION_NOTE__RATINGS,
        List.of(ListColumn.showing("Technique", 200, row -> techniqueName(((TechniqueRating) row).getTechniqueId())),
            ListColumn.editing("Rating", 70, Literals.TECHNIQUE_RATING__RATING),
            ListColumn.editing("Evidence: a moment, what was said", 420, Literals.TECHNIQUE_RATING__EVIDENCE),
            ListColumn.showing("Supervisors' comments", 260,
                row -> commentsOn(ReviewWorkflow.ratingAnchor(((TechniqueRating) row).getTechniqueId())).replace('\n', ' '))),
        this::pickRating, true, false));
    notRated = new Label(body, SWT.WRAP);
    notRated.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
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
        this::newActionPoint, true, true));
    longText("&Questions for supervision", note, Literals.REFLECTION_NOTE__SUPERVISION_QUESTIONS);
    sections.add(new ListSection(this, body, "Comments of &supervisors", note, Literals.REFLECTION_NOTE__COMMENTS,
        List.of(ListColumn.showing("On", 120, row -> where(((ReviewComment) row).getAnchor())),
            ListColumn.showing("By", 90, row -> String.valueOf(((ReviewComment) row).getAuthorId())),
            ListColumn.showing("Comment", 420, row -> String.valueOf(((ReviewComment) row).getText())),
            ListColumn.editing("Resolved", 70, Literals.REVIEW_COMMENT__RESOLVED)),
        null, false, false));
    sections.add(new ListSection(this, body, "Amendments after locking (the original stays visible)", note, Literals.REFLECTION_NOTE__AMENDMENTS,
        List.of(ListColumn.showing("Stage", 110, row -> where(((org.rapport.model.Amendment) row).getAnchor())),
            ListColumn.showing("By, when", 150, row -> ((org.rapport.model.Amendment) row).getAuthorId() + ", "
                + when(((org.rapport.model.Amendment) row).getAt())),
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
    for (FrameworkStage stage : frameworkStages(note.getFrameworkId())) {
      if (answer(stage.getId()) == null) {
        StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
        answer.setStageId(stage.getId());
        note.getAnswers().add(answer);
      }
    }
    if (note.getRelationship() == null) {
      note.setRelationship(RapportFactory.eINSTANCE.createRelationshipCheck());
    }
  }

  private void createHeader() {
    Composite header = row(body, 6);
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
    status = new Label(body, SWT.WRAP);
    status.setData(STATUS_KEY, Boolean.TRUE);
    status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
  }

  private void createWorkflowBar() {
    Composite bar = row(body, Step.values().length + 2);
    for (Step step : Step.values()) {
      stepButtons.put(step.name(), button(bar, step.label(), step.name(), () -> take(step)));
    }
    stepButtons.put(COMMENT, button(bar, "Comment\u2026", COMMENT, this::comment));
    stepButtons.put(AMEND, button(bar, "Amend\u2026", AMEND, this::amend));
  }

  private static Button button(Composite parent, String text, String key, Runnable action) {
    return stepButton(parent, text, STEP_KEY, key, action);
  }

  /** One section per stage of the framework: its name, our prompt, the answer, and comments on it. */
  private void buildStages() {
    for (Control child : stages.getChildren()) {
      child.dispose();
    }
    stageRefreshers.clear();
    writable.removeIf(Control::isDisposed);
    List<FrameworkStage> current = frameworkStages(note.getFrameworkId());
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
      tabLeaves(text);
      if (answer != null) {
        stageRefreshers.add(bindText(text, answer, Literals.STAGE_ANSWER__TEXT));
        writable.add(text);
      } else {
        text.setEditable(false);   // a note under review that lacks this stage: shown, not added to
      }
      Label comments = new Label(stages, SWT.WRAP);
      comments.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
      stageRefreshers.add(() -> comments.setText(commentsOn(ReviewWorkflow.stageAnchor(stage.getId()))));
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
    refreshers.add(bindText(text, note.getRelationship(), Literals.RELATIONSHIP_CHECK__NOTE));
    writable.add(text);
  }

  private void spinner(Composite parent, String label, org.eclipse.emf.ecore.EAttribute attribute) {
    new Label(parent, SWT.NONE).setText(label);
    Spinner spinner = new Spinner(parent, SWT.BORDER);
    spinner.setValues(0, 0, 7, 0, 1, 1);
    refreshers.add(bindSpinner(spinner, note.getRelationship(), attribute));
    writable.add(spinner);
  }

  /** Learning points, one per line, as one change to the list. */
  private void createLearningPoints() {
    Text text = multiLine("&Learning points (one per line)");
    Runnable show = () -> {
      String shown = String.join("\n", note.getLearningPoints());
      if (!text.getText().strip().equals(shown)) {
        text.setText(shown);
      }
    };
    boolean[] typed = {false};
    text.addListener(SWT.Modify, event -> {
      if (!text.getText().strip().equals(String.join("\n", note.getLearningPoints()))) {
        typed[0] = true;
        markEditing();
      }
    });
    commitLearningPoints = () -> {
      if (text.isDisposed() || !text.getEditable()) {
        return;   // a note under review or signed off is never rewritten by leaving a field
      }
      if (!typed[0]) {
        return;
      }
      typed[0] = false;
      List<String> lines = text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
      if (!lines.equals(note.getLearningPoints())) {
        execute(SetCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__LEARNING_POINTS, lines));
      } else {
        editSettled();
      }
    };
    learningPointsTyped = () -> typed[0] && !text.isDisposed() && text.getEditable()
        ? text.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList() : null;
    text.addListener(SWT.FocusOut, event -> commitLearningPoints.run());
    refreshers.add(show);
    writable.add(text);
  }

  private void longText(String title, org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EAttribute attribute) {
    Text text = multiLine(title);
    refreshers.add(bindText(text, object, attribute));
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
    tabLeaves(text);
    return text;
  }

  /** Tab leaves a multi-line field, so the form is keyboard-complete. */
  private static void tabLeaves(Text text) {
    text.addListener(SWT.Traverse, event -> {
      if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
        event.doit = true;
      }
    });
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
    for (FrameworkStage stage : framework.getStages()) {
      if (answer(stage.getId()) == null) {
        StageAnswer answer = RapportFactory.eINSTANCE.createStageAnswer();
        answer.setStageId(stage.getId());
        change.append(AddCommand.create(getEditingDomain(), note, Literals.REFLECTION_NOTE__ANSWERS, answer));
      }
    }
    execute(change);
  }

  private TechniqueRating pickRating() {
    TechniquePicker picker = new TechniquePicker(body.getShell(), catalogues == null ? List.of() : catalogues.techniques());
    if (picker.open() != org.eclipse.jface.window.Window.OK || picker.chosen() == null) {
      return null;
    }
    TechniqueRating rating = RapportFactory.eINSTANCE.createTechniqueRating();
    rating.setTechniqueId(picker.chosen().getId());
    rating.setRating(4);
    return rating;
  }

  private ActionPoint newActionPoint() {
    ActionPoint point = RapportFactory.eINSTANCE.createActionPoint();
    int n = note.getActionPoints().size() + 1;
    while (id(n) != null) {
      n++;
    }
    point.setId(note.getId() + "-a" + n);
    point.setStatus(ActionStatus.OPEN);
    return point;
  }

  private ActionPoint id(int n) {
    return note.getActionPoints().stream().filter(p -> (note.getId() + "-a" + n).equals(p.getId())).findFirst().orElse(null);
  }

  /** Takes a workflow step as one undoable change, then saves, so that the others see it. */
  private void take(Step step) {
    Person me = me();
    java.util.Optional<String> refused = ReviewWorkflow.refusal(note, step, me);
    if (refused.isPresent()) {
      MessageDialog.openInformation(body.getShell(), step.label(), refused.get());
      return;
    }
    String text = null;
    if (step == Step.RETURN || step == Step.UNLOCK) {
      text = TextDialog.ask(body.getShell(), step.label(), step == Step.RETURN ? "What should the trainee revise?"
          : "Why must the locked note be unlocked? The reason is kept with the note.");
      if (text == null || text.isBlank()) {
        return;
      }
    }
    String given = text;
    change(step.label(), changed -> ReviewWorkflow.take(changed, step, me, LocalDateTime.now().withSecond(0).withNano(0), given));
  }

  private void comment() {
    Person me = me();
    String on = focusedStage == null ? "the whole note" : "the stage " + focusedStage;
    String text = TextDialog.ask(body.getShell(), "Comment", "Your comment on " + on + ":");
    if (text == null || text.isBlank()) {
      return;
    }
    String anchor = focusedStage == null ? null : ReviewWorkflow.stageAnchor(focusedStage);
    change("Comment", changed -> ReviewWorkflow.comment(changed, me, LocalDateTime.now().withSecond(0).withNano(0), anchor, text));
  }

  private void amend() {
    Person me = me();
    if (note.getStatus() != ReviewStatus.LOCKED) {
      MessageDialog.openInformation(body.getShell(), "Amend", "Only a locked note is amended; this one is "
          + note.getStatus().getLiteral() + ".");
      return;
    }
    AmendDialog dialog = new AmendDialog(body.getShell(), note, frameworkStages(note.getFrameworkId()), focusedStage);
    if (dialog.open() != org.eclipse.jface.window.Window.OK) {
      return;
    }
    change("Amend", changed -> ReviewWorkflow.amend(changed, me, LocalDateTime.now().withSecond(0).withNano(0), dialog.stageId(),
        dialog.amended(), dialog.reason()));
  }

  /** Runs a workflow change as one command, and saves the note; a refusal is explained. */
  private void change(String label, Consumer<ReflectionNote> what) {
    runStep(label, () -> what.accept(note));
  }

  private Person me() {
    return currentPerson();
  }

  private List<FrameworkStage> frameworkStages(String frameworkId) {
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

  private String commentsOn(String anchor) {
    StringBuilder text = new StringBuilder();
    for (ReviewComment comment : note.getComments()) {
      if (anchor.equals(comment.getAnchor())) {
        text.append(comment.isResolved() ? "(resolved) " : "\u25b6 ").append(comment.getAuthorId()).append(", ").append(when(comment.getAt()))
            .append(": ").append(comment.getText()).append('\n');
      }
    }
    return text.toString().strip();
  }

  private static String where(String anchor) {
    return anchor == null ? "the whole note" : anchor.replaceFirst("^stage:", "").replaceFirst("^rating:", "rating of ");
  }

  private static String when(LocalDateTime at) {
    return at == null ? "" : at.format(WHEN);
  }

  private String techniqueName(String id) {
    return catalogues == null ? id : catalogues.technique(id).map(Technique::getName).orElse(id + " (not in the catalogue)");
  }

  /** Techniques the session's plan meant to practise that have no rating yet. */
  private List<String> plannedNotRated() {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null || note.getSessionId() == null) {
      return List.of();
    }
    List<String> planned = open.index().getClients().stream().flatMap(c -> c.getSessions().stream())
        .filter(s -> note.getSessionId().equals(s.getId())).flatMap(s -> s.getDocuments().stream())
        .filter(e -> e.getKind() == org.rapport.model.DocumentKind.PLAN).findFirst()
        .map(open::load).filter(org.rapport.store.LoadResult::ok)
        .map(loaded -> ((org.rapport.model.SessionPlan) loaded.document()).getTechniques().stream()
            .map(org.rapport.model.PlannedTechnique::getTechniqueId).toList())
        .orElse(List.of());
    List<String> rated = note.getRatings().stream().map(TechniqueRating::getTechniqueId).toList();
    return planned.stream().filter(id -> !rated.contains(id)).map(this::techniqueName).toList();
  }

  private List<String> cachedNotRated;

  @Override
  protected void applyOpenCellEditors() {
    commitLearningPoints.run();
  }

  @Override
  protected void typingOnCopy(java.util.function.Function<org.eclipse.emf.ecore.EObject, org.eclipse.emf.ecore.EObject> copyOf) {
    List<String> typed = learningPointsTyped.get();
    if (typed != null) {
      ReflectionNote copy = (ReflectionNote) copyOf.apply(note);
      copy.getLearningPoints().clear();
      copy.getLearningPoints().addAll(typed);
    }
  }

  @Override
  protected boolean isTypingElsewhere() {
    return learningPointsTyped.get() != null;
  }

  @Override
  protected void setFocus() {
    refreshWorkflow();   // who the user works as may have changed in Preferences since the note was shown
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
    refreshWorkflow();
    if (cachedNotRated == null) {
      cachedNotRated = plannedNotRated();
    }
    List<String> missing = cachedNotRated.stream().filter(name -> note.getRatings().stream()
        .noneMatch(r -> techniqueName(r.getTechniqueId()).equals(name))).toList();
    notRated.setText(missing.isEmpty() ? "" : "Planned but not rated: " + String.join(", ", missing) + ".");
    form.fit();   // comments and stages may have grown: the end of the form stays reachable
  }

  /** The status line and which workflow steps are open to who the user works as now. */
  private void refreshWorkflow() {
    Person me = me();
    StringBuilder line = new StringBuilder("Status: " + note.getStatus().getLiteral());
    if (note.getApproval() != null && note.getStatus().getValue() >= ReviewStatus.APPROVED_VALUE) {
      line.append(" \u2014 approved by ").append(note.getApproval().getSigner()).append(", ").append(when(note.getApproval().getSignedAt()));
    }
    ReviewWorkflow.verify(note).ifPresent(problem -> line.append(" \u2014 ").append(problem));
    line.append(me == null ? "\nChoose who you are in Edit > Preferences to take part in the review." : "\nYou work as " + me.getId() + ".");
    status.setText(line.toString());
    for (Step step : Step.values()) {
      java.util.Optional<String> refused = ReviewWorkflow.refusal(note, step, me);
      Button button = stepButtons.get(step.name());
      button.setEnabled(refused.isEmpty());
      button.setToolTipText(refused.orElse(null));
    }
    boolean supervisor = me != null && me.getRoles().contains(org.rapport.model.Role.SUPERVISOR);
    stepButtons.get(COMMENT).setEnabled(supervisor && (note.getStatus() == ReviewStatus.SUBMITTED
        || note.getStatus() == ReviewStatus.RESUBMITTED || note.getStatus() == ReviewStatus.RETURNED));
    stepButtons.get(AMEND).setEnabled(note.getStatus() == ReviewStatus.LOCKED && me != null);
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
    return shown.equals(frameworkStages(note.getFrameworkId()).stream().map(FrameworkStage::getId).toList());
  }
}
