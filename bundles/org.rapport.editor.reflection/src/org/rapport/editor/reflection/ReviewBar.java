// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.reflection;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.model.Person;
import org.rapport.model.ReflectionNote;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Role;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.operations.ReviewWorkflow.Step;
import org.rapport.ui.Forms;
import org.rapport.ui.PersonNames;
import org.rapport.model.time.Dates;

/**
 * The review of a reflection note: its status line, and the workflow as buttons (submit, return,
 * approve, lock, ..., comment, amend) that are enabled only for who may take the step, the others
 * saying why not in their tooltip.
 */
final class ReviewBar {

  private final ReflectionEditor editor;
  private final ReflectionNote note;
  private final Map<String, Button> buttons = new HashMap<>();
  private final Label status;

  /** Builds the status line and, below it, the button row across the two-column {@code form}. */
  ReviewBar(ReflectionEditor editor, ReflectionNote note, Composite form) {
    this.editor = editor;
    this.note = note;
    status = Forms.line(form);
    status.setData(ReflectionEditor.STATUS_KEY, Boolean.TRUE);
    Composite bar = Forms.row(form, Step.values().length + 2);
    for (Step step : Step.values()) {
      button(bar, withMnemonic(step), step.name(), () -> take(step));
    }
    button(bar, "C&omment\u2026", ReflectionEditor.COMMENT, this::comment);
    button(bar, "Amen&d\u2026", ReflectionEditor.AMEND, this::amend);
  }

  /**
   * A step's button text with an Alt+letter of its own, so the review is taken from the keyboard:
   * letters the note's sections and the menu bar (File, Edit, Casebook, Help) do not use.
   */
  private static String withMnemonic(Step step) {
    return switch (step) {
      case SUBMIT -> "Submit for re&view";
      case RETURN -> "Ret&urn with comments";
      case RESUBMIT -> "Resubm&it";
      case APPROVE -> "&Approve";
      case LOCK -> "Loc&k";
      case UNLOCK -> "U&nlock";
    };
  }

  private void button(Composite bar, String text, String key, Runnable action) {
    buttons.put(key, Forms.stepButton(bar, text, ReflectionEditor.STEP_KEY, key, action));
  }

  /** The status line and which steps are open to who the user works as now. */
  void refresh() {
    Person me = editor.me();
    StringBuilder line = new StringBuilder("Status: " + note.getStatus().getLiteral());
    if (note.getApproval() != null && note.getStatus().getValue() >= ReviewStatus.APPROVED_VALUE) {
      line.append(" \u2014 approved by ").append(editor.nameOf(note.getApproval().getSigner())).append(", ")
          .append(ReviewText.when(Dates.time(note.getApproval().getSignedAt())));
    }
    ReviewWorkflow.verify(note).ifPresent(problem -> line.append(" \u2014 ").append(problem));
    line.append(me == null ? "\nYou are reading only: sign in (File > Sign In As\u2026) to take part in the review." : "\nYou are signed in as " + PersonNames.of(me) + ".");
    line.append(editor.signedSteps(note));
    status.setText(line.toString());
    for (Step step : Step.values()) {
      Optional<String> refused = ReviewWorkflow.refusal(note, step, me);
      buttons.get(step.name()).setEnabled(refused.isEmpty());
      buttons.get(step.name()).setToolTipText(refused.orElse(null));
    }
    boolean supervisor = me != null && me.getRoles().contains(Role.SUPERVISOR);
    buttons.get(ReflectionEditor.COMMENT).setEnabled(supervisor && (note.getStatus() == ReviewStatus.SUBMITTED
        || note.getStatus() == ReviewStatus.RESUBMITTED || note.getStatus() == ReviewStatus.RETURNED));
    buttons.get(ReflectionEditor.AMEND).setEnabled(note.getStatus() == ReviewStatus.LOCKED && me != null);
  }

  /** Takes a workflow step as one undoable change, then saves, so that the others see it. */
  private void take(Step step) {
    Person me = editor.me();
    Optional<String> refused = ReviewWorkflow.refusal(note, step, me);
    if (refused.isPresent()) {
      MessageDialog.openInformation(editor.shell(), step.label(), refused.get());
      return;
    }
    String text = null;
    if (step == Step.RETURN || step == Step.UNLOCK) {
      text = TextDialog.ask(editor.shell(), step.label(), step == Step.RETURN ? "What should the trainee revise?"
          : "Why must the locked note be unlocked? The reason is kept with the note.");
      if (text == null || text.isBlank()) {
        return;
      }
    }
    String given = text;
    org.rapport.model.signing.Signer signer = editor.signer();
    change(step.label(), changed -> ReviewWorkflow.take(changed, step, signer, now(), given));
  }

  private void comment() {
    Person me = editor.me();
    String stage = editor.focusedStage();
    String text = TextDialog.ask(editor.shell(), "Comment", "Your comment on " + (stage == null ? "the whole note" : "the stage " + stage) + ":");
    if (text == null || text.isBlank()) {
      return;
    }
    String anchor = stage == null ? null : ReviewWorkflow.stageAnchor(stage);
    org.rapport.model.signing.Signer signer = editor.signer();
    change("Comment", changed -> ReviewWorkflow.comment(changed, signer, now(), anchor, text));
  }

  private void amend() {
    Person me = editor.me();
    if (note.getStatus() != ReviewStatus.LOCKED) {
      MessageDialog.openInformation(editor.shell(), "Amend", "Only a locked note is amended; this one is " + note.getStatus().getLiteral() + ".");
      return;
    }
    AmendDialog dialog = new AmendDialog(editor.shell(), note, editor.stages(), editor.focusedStage());
    if (dialog.open() != Window.OK) {
      return;
    }
    org.rapport.model.signing.Signer signer = editor.signer();
    change("Amend", changed -> ReviewWorkflow.amend(changed, signer, now(), dialog.stageId(), dialog.amended(), dialog.reason()));
  }

  /** Runs a workflow change as one command, and saves the note; a refusal is explained. */
  private void change(String label, Consumer<ReflectionNote> what) {
    editor.step(label, () -> what.accept(note));
  }

  private static LocalDateTime now() {
    return LocalDateTime.now().withSecond(0).withNano(0);
  }
}
