// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Person;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Forms;
import org.rapport.ui.PersonNames;

/**
 * The status line of one agreement version and its life as buttons: propose, record a signature
 * (and mark the version it replaces superseded), revise into a new version, end; then print and
 * compare. A step is enabled only for who may take it; the others say why not in their tooltip.
 */
final class AgreementStepBar {

  private final AgreementEditor editor;
  private final BoundaryAgreement agreement;
  private final IEventBroker events;
  private final Label status;
  private final Map<String, Button> buttons = new HashMap<>();

  /** Builds the status line and, below it, the buttons across the two-column {@code form}. */
  AgreementStepBar(AgreementEditor editor, BoundaryAgreement agreement, IEventBroker events, Composite form, Runnable print,
      Runnable compare) {
    this.editor = editor;
    this.agreement = agreement;
    this.events = events;
    status = Forms.line(form);
    status.setData(AgreementEditor.STATUS_KEY, Boolean.TRUE);
    Composite bar = Forms.row(form, Step.values().length + 2);
    for (Step step : Step.values()) {
      button(bar, step.label(), step.name(), () -> take(step));
    }
    button(bar, "Print to PDF\u2026", AgreementEditor.PRINT, print);
    button(bar, "Compare Versions\u2026", AgreementEditor.COMPARE, compare);
  }

  private void button(Composite bar, String text, String key, Runnable action) {
    buttons.put(key, Forms.stepButton(bar, text, AgreementEditor.STEP_KEY, key, action));
  }

  /** The status line and which steps are open to who the user works as now. */
  void refresh() {
    Person me = editor.me();
    StringBuilder line = new StringBuilder("Status: " + agreement.getStatus().getLiteral());
    if (agreement.getStatus() == AgreementStatus.PROPOSED) {
      line.append(" \u2014 waiting for the signature of ").append(String.join(", ",
          Agreements.unsigned(agreement).stream().map(p -> p.getRole().getLiteral()).toList()));
    }
    Optional<String> tampered = Agreements.verify(agreement);
    tampered.ifPresent(problem -> line.append("\nTAMPERED: ").append(problem));
    Agreements.editRefusal(agreement).ifPresent(why -> line.append("\n").append(why));
    line.append(me == null ? "\nYou are reading only: sign in (File > Sign In As\u2026) to propose, sign or revise." : "\nYou are signed in as " + PersonNames.of(me) + ".");
    line.append(editor.signedSteps(agreement));
    status.setText(line.toString());
    status.setForeground(tampered.isPresent() ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
    status.setFont(tampered.isPresent() ? JFaceResources.getBannerFont() : null);
    for (Step step : Step.values()) {
      Optional<String> refused = Agreements.refusal(agreement, step, me);
      buttons.get(step.name()).setEnabled(refused.isEmpty());
      buttons.get(step.name()).setToolTipText(refused.orElse(null));
    }
  }

  private void take(Step step) {
    Person me = editor.me();
    Shell shell = editor.shell();
    Optional<String> refused = Agreements.refusal(agreement, step, me);
    if (refused.isPresent()) {
      MessageDialog.openInformation(shell, step.label(), refused.get());
      return;
    }
    switch (step) {
      case SIGN -> sign(me);
      case REVISE -> revise(me);
      case END -> {
        if (MessageDialog.openQuestion(shell, step.label(), "End version " + agreement.getVersion()
            + " of the agreement with " + agreement.getClientCode() + "? It stays in the casebook, marked ended, and cannot be revised.")) {
          change(step.label(), changed -> Agreements.take(changed, step, editor.signer(), now()));
        }
      }
      default -> change(step.label(), changed -> Agreements.take(changed, step, editor.signer(), now()));
    }
  }

  private void sign(Person me) {
    SignDialog dialog = new SignDialog(editor.shell(), agreement, me);
    if (dialog.open() != Window.OK) {
      return;
    }
    boolean wasLast = Agreements.unsigned(agreement).size() == 1;
    boolean signed = change("Record Signature", changed -> Agreements.sign(changed, dialog.role(), dialog.method(), editor.signer(), dialog.signedAt()));
    if (signed && wasLast && agreement.getStatus() == AgreementStatus.SIGNED && agreement.getSupersedes() != null) {
      supersedeOlder(me);
    }
  }

  /** The version this one replaces is marked superseded once this one is signed, and saved. */
  private void supersedeOlder(Person me) {
    OpenCasebook open = editor.openCasebook().orElse(null);
    DocumentEntry older = open == null ? null : entry(open, agreement.getSupersedes());
    if (older == null) {
      return;
    }
    LoadResult loaded = open.load(older);
    try {
      if (!loaded.ok() || !(loaded.document() instanceof BoundaryAgreement previous)) {
        throw new StoreException("Version " + agreement.getSupersedes() + " could not be read, so it still shows as signed.");
      }
      Agreements.supersede(previous, agreement, editor.signer(), now());
      open.save(previous, me == null ? null : me.getId());
      events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, older);
    } catch (StoreException | IllegalStateException e) {
      MessageDialog.openWarning(editor.shell(), "Record Signature", "This version is signed. " + e.getMessage());
    }
  }

  private void revise(Person me) {
    OpenCasebook open = editor.openCasebook().orElse(null);
    if (open == null || open.readOnly()) {
      MessageDialog.openInformation(editor.shell(), Step.REVISE.label(), "The casebook is open for reading only.");
      return;
    }
    Optional<DocumentEntry> newer = client(open, agreement).map(c -> c.getAgreements().stream()
        .filter(e -> e.getVersion() > agreement.getVersion()).max(Comparator.comparingInt(DocumentEntry::getVersion)).orElse(null));
    if (newer.isPresent()) {
      MessageDialog.openInformation(editor.shell(), Step.REVISE.label(), "Version " + newer.get().getVersion()
          + " already exists (" + newer.get().getStatus() + "); it is opened for you.");
      editor.open(newer.get().getDocumentId());
      return;
    }
    BoundaryAgreement next = Agreements.revise(agreement, editor.signer(), now());
    try {
      open.save(next, me == null ? null : me.getId());
    } catch (StoreException e) {
      MessageDialog.openError(editor.shell(), Step.REVISE.label(), e.getMessage());
      return;
    }
    events.send(ActiveCasebook.TOPIC_INDEX_CHANGED, next);
    editor.open(next.getId());
  }

  /** Runs a step as one command and saves it, so the others see it; whether it was taken and saved. */
  private boolean change(String label, Consumer<BoundaryAgreement> what) {
    return editor.step(label, () -> what.accept(agreement));
  }

  /** The client of {@code agreement} in the casebook's index. */
  static Optional<ClientCase> client(OpenCasebook open, BoundaryAgreement agreement) {
    return open.index().getClients().stream().filter(c -> c.getCode() != null && c.getCode().equals(agreement.getClientCode())).findFirst();
  }

  private DocumentEntry entry(OpenCasebook open, String id) {
    return client(open, agreement).flatMap(c -> c.getAgreements().stream().filter(e -> id.equals(e.getDocumentId())).findFirst()).orElse(null);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now().withSecond(0).withNano(0);
  }
}
