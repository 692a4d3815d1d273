// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.rapport.extension.Extensions;
import org.rapport.model.Document;
import org.rapport.model.Person;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.model.validation.RapportDiagnostician;

/**
 * Base of every document editor: one editing domain and command stack per open document, the
 * part's dirty marker kept from the stack, fields bound through data binding ({@link DocumentFields}),
 * validation after every change, and Save through the casebook store. The shell's global Save, Undo
 * and Redo work on any subclass (it exposes its domain as an {@link IEditingDomainProvider}).
 * Subclasses build their widgets and change the document only by {@link #execute(Command)} or a
 * bound field.
 */
public abstract class DocumentEditor implements IEditingDomainProvider {

  /** The title of the question asked when the file changed on disk, by which tests find it. */
  public static final String CHANGED_TITLE = "Changed Outside Rapport";
  /** Widget data key naming the attribute a field edits, for tests and for going to a problem. */
  public static final String FIELD_KEY = "org.rapport.ui.field";

  @Inject
  protected MPart part;
  @Inject
  protected ActiveCasebook casebook;
  @Inject
  private IEventBroker events;
  @Inject
  @Optional
  private Logger logger;
  @Inject
  @Optional
  private EPartService partService;
  @Inject
  @Optional
  private CurrentUser currentUser;
  /** The institutions' rules join the built-in ones when the extension service is there. */
  @Inject
  @Optional
  private Extensions extensions;

  private Document document;
  private AdapterFactoryEditingDomain domain;
  private final CommandStackListener stackListener = event -> stackChanged();
  private RapportDiagnostician diagnostician;
  private List<DocumentProblems.Problem> problems = List.of();
  private DiskStamp disk;
  /** Recovered after a crash: unsaved until the user saves, whatever the command stack says. */
  private boolean recovered;
  private DocumentFields fields;
  private final DocumentWrites writes = new DocumentWrites(this);

  @PostConstruct
  public final void create(Composite parent) {
    document = (Document) part.getTransientData().get(DocumentParts.DOCUMENT);
    recovered = Boolean.TRUE.equals(part.getTransientData().get(DocumentParts.RECOVERED));
    disk = new DiskStamp((Path) part.getTransientData().get(DocumentParts.FILE), (FileTime) part.getTransientData().get(DocumentParts.FILE_STAMP));
    domain = DocumentDomain.of(document);
    domain.getCommandStack().addCommandStackListener(stackListener);
    fields = new DocumentFields(domain, parent.getDisplay(), this::markEditing, this::editSettled);
    diagnostician = new RapportDiagnostician(extensions == null ? new RapportConstraints() : extensions.validator(new RapportConstraints()));
    createContents(parent, document);
    validate();
    refresh();
    part.setDirty(recovered);
    recordReading();
  }

  /**
   * Who read which clinical document is part of the trail, as who changed it is. A casebook opened
   * for reading only keeps no trail; a trail that cannot be written is logged, and reading goes on.
   */
  private void recordReading() {
    org.rapport.store.OpenCasebook open = casebook.current().orElse(null);
    if (open == null || open.readOnly()) {
      return;
    }
    try {
      open.audit().record(CurrentUser.idIn(currentUser, open), "read", document.getId(), null);
    } catch (org.rapport.store.StoreException e) {
      if (logger != null) {
        logger.warn(e, "The reading of " + document.getId() + " could not be recorded in the audit trail");
      }
    }
  }

  /** Puts the keyboard focus in the editor when its part is activated, and asks about a change on disk. */
  @Focus
  public void focus() {
    setFocus();
    if (disk.changedSinceRead() && disk.askToReadAgain(shell(), part.getLabel(), part.isDirty())) {
      events.post(DocumentParts.TOPIC_RELOAD, part);
    }
  }

  /**
   * Someone signed in, or went back to reading only: the steps and fields open to them change now,
   * not at the next click into the editor (a note opened from the Lab Desk asks who signs in after
   * it is shown).
   */
  @Inject
  @Optional
  private void signedIn(@UIEventTopic(CurrentUser.TOPIC_CHANGED) Object casebook) {
    if (document != null && shell() != null && !shell().isDisposed()) {
      refresh();
    }
  }

  /** Rapport re-sealed every file (a change of passphrase): not a change by another program. */
  @Inject
  @Optional
  private void casebookRewritten(@UIEventTopic(DocumentParts.TOPIC_REWRITTEN) Object casebook) {
    disk.restamp();
  }

  /** Gives the keyboard focus to the editor's first control. */
  protected abstract void setFocus();

  /** Builds the editor's widgets for {@code document}. */
  protected abstract void createContents(Composite parent, Document document);

  /** Shows the document's current state again (bound fields follow by themselves), e.g. after an undo. */
  protected abstract void refresh();

  /** Turns what the user is still typing (a field not yet left, an open cell) into commands, so that Save and Undo see it. */
  public final void commitPendingEdit() {
    fields.commit();
  }

  /**
   * A copy of the document as the user sees it, with what is still being typed in it: what the
   * crash-recovery copy keeps. Nothing in the editor changes, so a change being typed stays one undo
   * step and its cell stays open.
   */
  public final Document documentAsTyped() {
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    Document copy = (Document) copier.copy(document);
    copier.copyReferences();
    fields.typedOnCopy(copier::get);
    return copy;
  }

  /**
   * Ctrl+Z: what the user is typing becomes a command, to be undone; typing that does not read as a
   * value (and so never becomes one) is put back to the document's value instead.
   *
   * @return whether typing was put back, in which case no command is to be undone
   */
  public final boolean commitOrRevertTyping() {
    fields.commit();
    return fields.revertUnreadable();
  }

  /** Whether the user is typing something not yet turned into a command. */
  public final boolean isTyping() {
    return fields.isTyping();
  }

  /** The editor's bound fields: subclasses bind their text fields, spinners and choices here. */
  protected final DocumentFields fields() {
    return fields;
  }

  /** A list section of this editor: its open cell editor is applied with the pending edits. */
  final void register(ListSection section) {
    fields.register(section);
  }

  /** The user is typing a change not yet committed: the dirty marker shows at once. */
  final void markEditing() {
    part.setDirty(true);
  }

  /** A pending edit ended without a change (typed back, cancelled): the dirty marker follows the stack again. */
  final void editSettled() {
    part.setDirty(recovered || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
  }

  /** The person signed in to the open casebook, or null (reading only). */
  protected final Person currentPerson() {
    return currentUser == null ? null : currentUser.in(casebook.current().orElse(null)).orElse(null);
  }

  /**
   * The signed steps of {@code document}, verified against the people of the open casebook, one
   * bulleted line each ("\n\u2022 Approved by Supervisor M. Hollis, 26 Nov 2026 21:39, signature verified").
   */
  protected final String stepLines(org.rapport.model.Document document) {
    org.rapport.model.Casebook index = casebook.current().map(org.rapport.store.OpenCasebook::index).orElse(null);
    StringBuilder lines = new StringBuilder();
    for (org.rapport.model.signing.ChainCheck.Line line : new org.rapport.model.signing.ChainCheck(index).verify(document).lines()) {
      lines.append("\n\u2022 ").append(Character.toUpperCase(line.text().charAt(0))).append(line.text().substring(1));
    }
    return lines.toString();
  }

  /** The key of the person signed in to the open casebook, which signs their steps, or null. */
  protected final org.rapport.model.signing.Signer currentSigner() {
    return currentUser == null ? null : currentUser.signer(casebook.current().orElse(null)).orElse(null);
  }

  /** Takes a workflow step as one command and saves it at once (see {@link DocumentWrites}); whether it was taken. */
  protected final boolean runStep(String label, Runnable step) {
    return writes.run(label, step);
  }

  /** Records {@code action} on this document in the casebook's audit trail; a failure to record is shown, not thrown. */
  protected final void audit(String action, String detail) {
    writes.audit(action, detail);
  }

  /** Runs a change on the document as an undoable command. */
  protected final boolean execute(Command command) {
    if (command == null || !command.canExecute()) {
      return false;
    }
    domain.getCommandStack().execute(command);
    return true;
  }

  private void stackChanged() {
    editSettled();
    validate();
    refresh();
    // Undo and Redo in the menu and toolbar re-evaluate whether they can run
    events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
  }

  /** Runs the model's validation on the document and tells the Problems part (and subclasses) what it found. */
  private void validate() {
    java.util.Map<Object, Object> context = diagnostician.createDefaultContext();
    casebook.current().ifPresent(open -> context.put(RapportConstraints.ROSTER, open.signing().roster()));   // signed steps, against the keys that count
    problems = DocumentProblems.of(diagnostician.validate(document, context));
    events.send(DocumentParts.TOPIC_VALIDATED, new DocumentProblems(part, document, problems));
  }

  /** The problems the last validation found. */
  protected final List<DocumentProblems.Problem> problems() {
    return problems;
  }

  /**
   * Shows {@code object} and puts the cursor in the field of {@code feature} (when not null), e.g.
   * when a problem is double-clicked in the Problems part. Subclasses that show fields override it.
   */
  public void reveal(EObject object, EStructuralFeature feature) {
    // an editor without fields has nothing more to show
  }

  /** Saves through the part service (so its listeners hear of it) when there is one. */
  final void saveNow() {
    if (partService != null) {
      partService.savePart(part, false);
    } else {
      save(shell());
    }
  }

  /** Called by the part service for Save, Save All and when closing or quitting with changes. */
  @Persist
  public void save(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    commitPendingEdit();
    if (!fields.refusesSave(shell) && writes.save(shell, logger)) {
      ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
      recovered = false;
      disk.restamp();
      part.setDirty(false);
      events.send(DocumentParts.TOPIC_SAVED, document);
    }
  }

  /** The shell the editor is shown in, for its dialogs; null before it is shown. */
  public final Shell shell() {
    return part.getWidget() instanceof Control control ? control.getShell() : null;
  }

  /** The document this editor edits. */
  public final Document document() {
    return document;
  }

  /** Label and content providers of the generated edit layer, for subclasses' viewers. */
  protected final ComposedAdapterFactory adapters() {
    return DocumentDomain.adapters(domain);
  }

  @Override
  public final EditingDomain getEditingDomain() {
    return domain;
  }

  @PreDestroy
  public void dispose() {
    events.send(DocumentParts.TOPIC_CLOSED, part);
    if (fields != null) {
      fields.dispose();
    }
    if (domain != null) {
      domain.getCommandStack().removeCommandStackListener(stackListener);
      DocumentDomain.adapters(domain).dispose();
    }
  }
}
