// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.extension.Extensions;
import org.rapport.model.Document;
import org.rapport.model.provider.RapportItemProviderAdapterFactory;
import org.rapport.model.validation.RapportConstraints;
import org.rapport.model.validation.RapportDiagnostician;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * Base of every document editor: one editing domain and command stack per open document, the
 * part's dirty marker kept from the stack, and Save through the casebook store. The shell's global
 * Save, Undo and Redo work on any subclass (it exposes its domain as an {@link IEditingDomainProvider}).
 * Subclasses build their widgets and change the document only by {@link #execute(Command)}.
 */
public abstract class DocumentEditor implements IEditingDomainProvider {

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
  private org.eclipse.e4.ui.workbench.modeling.EPartService partService;
  @Inject
  @Optional
  private CurrentUser currentUser;
  /** The institutions' rules join the built-in ones when the extension service is there. */
  @Inject
  @Optional
  private Extensions extensions;

  private Document document;
  private ComposedAdapterFactory adapters;
  private AdapterFactoryEditingDomain domain;
  private final CommandStackListener stackListener = event -> stackChanged();
  private RapportDiagnostician diagnostician;
  private List<DocumentProblems.Problem> problems = List.of();
  /** The title of the question asked when the file changed on disk, by which tests find it. */
  public static final String CHANGED_TITLE = "Changed Outside Rapport";
  private Path file;
  private FileTime stamp;
  /** Recovered after a crash: unsaved until the user saves, whatever the command stack says. */
  private boolean recovered;
  /** Commits the field the user is typing in; null when every field shows the model. */
  private Runnable pending;
  /** Sets what is typed in that field on a copy of the document (given the copy of each object), for a recovery copy. */
  private java.util.function.Consumer<Function<EObject, EObject>> pendingOnCopy;
  private final List<ListSection> listSections = new java.util.ArrayList<>();
  /** The field whose typed value could not be read, while it stays so. */
  private Text invalidField;
  /** Characters XML 1.0 cannot hold (they arrive by pasting from terminals and old documents). */
  private static final Pattern XML_UNSAFE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  /** Widget data key naming the attribute a field edits, for tests and for going to a problem. */
  public static final String FIELD_KEY = "org.rapport.ui.field";

  @PostConstruct
  public final void create(Composite parent) {
    document = (Document) part.getTransientData().get(DocumentParts.DOCUMENT);
    recovered = Boolean.TRUE.equals(part.getTransientData().get(DocumentParts.RECOVERED));
    file = (Path) part.getTransientData().get(DocumentParts.FILE);
    stamp = (FileTime) part.getTransientData().get(DocumentParts.FILE_STAMP);
    adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    adapters.addAdapterFactory(new RapportItemProviderAdapterFactory());
    adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    ResourceSet resources = document.eResource() != null && document.eResource().getResourceSet() != null
        ? document.eResource().getResourceSet() : new ResourceSetImpl();
    domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resources);
    domain.getCommandStack().addCommandStackListener(stackListener);
    diagnostician = new RapportDiagnostician(extensions == null ? new RapportConstraints() : extensions.validator(new RapportConstraints()));
    createContents(parent, document);
    validate();
    refresh();
    part.setDirty(recovered);
  }

  /** Puts the keyboard focus in the editor when its part is activated. */
  @Focus
  public void focus() {
    setFocus();
    checkForChangeOnDisk();
  }

  /**
   * Asks, once per change, whether to read the document again when its file was changed by another
   * program since it was opened or saved here. The check runs when the editor is activated.
   */
  private void checkForChangeOnDisk() {
    if (file == null || stamp == null) {
      return;
    }
    FileTime now;
    try {
      now = Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return;   // a missing file is reported when saving; saving writes it again
    }
    if (now.equals(stamp)) {
      return;
    }
    stamp = now;
    Shell shell = part.getContext() == null ? null : part.getContext().get(Shell.class);
    boolean reload = MessageDialog.openQuestion(shell, CHANGED_TITLE, "\u201c" + part.getLabel()
        + "\u201d was changed on disk by another program since Rapport read it.\n\nRead it again?"
        + (part.isDirty() ? " Your unsaved changes here would be lost." : ""));
    if (reload) {
      events.post(DocumentParts.TOPIC_RELOAD, part);
    }
  }

  /** Rapport re-sealed every file (a change of passphrase): not a change by another program. */
  @Inject
  @Optional
  private void casebookRewritten(@org.eclipse.e4.ui.di.UIEventTopic(DocumentParts.TOPIC_REWRITTEN) Object casebook) {
    if (stamp != null) {
      stampFile();
    }
  }

  /** Gives the keyboard focus to the editor's first control. */
  protected abstract void setFocus();

  /** Builds the editor's widgets for {@code document}. */
  protected abstract void createContents(Composite parent, Document document);

  /** Shows the document's current state again, e.g. after an undo. */
  protected abstract void refresh();

  /**
   * Turns what the user is still typing (a field not yet left) into a command, so that Save, Undo
   * and the crash-recovery copy see it.
   */
  public final void commitPendingEdit() {
    if (pending != null) {
      pending.run();
    }
    listSections.forEach(ListSection::applyOpenEditor);
    applyOpenCellEditors();
  }

  /**
   * A copy of the document as the user sees it, with what is still being typed in it (a field not
   * yet left, an open cell): what the crash-recovery copy keeps. Nothing in the editor changes: no
   * command is executed and no cell editor closed, so a change being typed stays one undo step and
   * its cell stays open.
   */
  public final Document documentAsTyped() {
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    Document copy = (Document) copier.copy(document);
    copier.copyReferences();
    Function<EObject, EObject> copyOf = copier::get;
    if (pendingOnCopy != null) {
      pendingOnCopy.accept(copyOf);
    }
    listSections.forEach(section -> section.openEditorOnCopy(copyOf));
    typingOnCopy(copyOf);
    return copy;
  }

  /** Whether the user is typing something not yet turned into a command. */
  public final boolean isTyping() {
    return pending != null || listSections.stream().anyMatch(ListSection::isEditing) || isTypingElsewhere();
  }

  /**
   * For {@link #documentAsTyped}: sets what is being typed in an editor's own fields (other than
   * those of {@link #bindText}, {@link #bindSpinner} and {@link ListSection}) on the copy.
   */
  protected void typingOnCopy(Function<EObject, EObject> copyOf) {
    // no fields of its own here
  }

  /** For {@link #isTyping}: whether an editor's own fields hold typing not yet committed. */
  protected boolean isTypingElsewhere() {
    return false;
  }

  /** A list section of this editor: its open cell editor is applied with the pending edits. */
  final void register(ListSection section) {
    listSections.add(section);
  }

  /** The icon of the worst problem on {@code object}, or null: for rows of tables. */
  protected final Image problemIcon(EObject object) {
    return problems.stream().filter(p -> p.object() == object).max(java.util.Comparator.comparingInt(DocumentProblems.Problem::severity))
        .map(p -> FieldDecorationRegistry.getDefault()
            .getFieldDecoration(p.isError() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage())
        .orElse(null);
  }

  /** The first problem's text on {@code object}, or null. */
  protected final String problemText(EObject object) {
    return problems.stream().filter(p -> p.object() == object).map(DocumentProblems.Problem::message).findFirst().orElse(null);
  }

  /**
   * Applies what is being typed in an open table cell editor of a table other than a
   * {@link ListSection} (those are applied already); typing in a cell should mark the editor dirty
   * through {@link #markEditing()}.
   */
  protected void applyOpenCellEditors() {
    // no tables with cell editors here
  }

  /** The user is typing a change not yet committed (in a cell editor, say): the dirty marker shows at once. */
  protected final void markEditing() {
    part.setDirty(true);
  }

  /** A pending edit ended without a change (typed back, cancelled): the dirty marker follows the stack again. */
  protected final void editSettled() {
    part.setDirty(recovered || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
  }

  /**
   * Binds a spinner to an integer attribute as {@link #bindText} binds a text field: changes mark the
   * editor dirty at once and become one command when the spinner is left, on Enter, or before a
   * save, an undo or a crash-recovery copy, so typing "120" is one change, not three.
   */
  protected final Runnable bindSpinner(Spinner spinner, EObject object, EAttribute attribute) {
    boolean[] showing = {false};
    Runnable show = () -> {
      int value = (Integer) object.eGet(attribute);
      if (!spinner.isDisposed() && spinner.getSelection() != value) {
        showing[0] = true;
        spinner.setSelection(value);
        showing[0] = false;
      }
    };
    Runnable[] commit = new Runnable[1];
    commit[0] = () -> {
      if (pending != commit[0] || spinner.isDisposed()) {
        return;
      }
      pending = null;
      pendingOnCopy = null;
      Integer value = spinner.getSelection();
      if (!value.equals(object.eGet(attribute))) {
        execute(SetCommand.create(domain, object, attribute, value));
      } else {
        editSettled();
      }
    };
    org.eclipse.swt.widgets.Listener changed = event -> {
      if (!showing[0]) {
        pending = commit[0];
        pendingOnCopy = copyOf -> copyOf.apply(object).eSet(attribute, spinner.getSelection());
        part.setDirty(true);
      }
    };
    spinner.addListener(SWT.Modify, changed);
    spinner.addListener(SWT.Selection, changed);
    spinner.addListener(SWT.FocusOut, event -> commit[0].run());
    spinner.addListener(SWT.DefaultSelection, event -> commit[0].run());
    spinner.setData(FIELD_KEY, attribute.getName());
    show.run();
    return show;
  }

  /**
   * Binds a text field to an attribute with the attribute type's own string form (see
   * {@link #bindText(Text, EObject, EAttribute, Function, Function)}).
   */
  protected final Runnable bindText(Text text, EObject object, EAttribute attribute) {
    EDataType type = attribute.getEAttributeType();
    return bindText(text, object, attribute, value -> EcoreUtil.convertToString(type, value),
        typed -> EcoreUtil.createFromString(type, typed));
  }

  /**
   * Binds a text field to an attribute: typing marks the editor dirty at once; leaving the field,
   * Enter (Ctrl+Enter in a multi-line field), a save, an undo or a crash-recovery copy turns it into
   * one command. Characters XML cannot hold are dropped. A value {@code parse} refuses (by throwing)
   * is shown in the field's tooltip and the model keeps its value.
   *
   * @return what shows the model's value in the field again; call it from {@link #refresh()}
   */
  protected final Runnable bindText(Text text, EObject object, EAttribute attribute, Function<Object, String> format,
      Function<String, Object> parse) {
    boolean[] showing = {false};
    Runnable show = () -> {
      if (text.isDisposed()) {
        return;
      }
      Object value = object.eGet(attribute);
      String shown = value == null ? "" : format.apply(value);
      // what was typed is kept while it means the same (a trailing space mid-sentence, say)
      if (!text.getText().strip().equals(shown)) {
        showing[0] = true;
        text.setText(shown);
        showing[0] = false;
      }
    };
    Runnable[] commit = new Runnable[1];
    commit[0] = () -> {
      if (pending != commit[0] || text.isDisposed()) {
        return;   // nothing typed here since the last commit
      }
      String typed = XML_UNSAFE.matcher(text.getText()).replaceAll("").strip();
      Object value;
      try {
        value = typed.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null : parse.apply(typed);
      } catch (RuntimeException e) {
        // stays pending and dirty: a save refuses until the user corrects or undoes it
        text.setToolTipText("Not a valid value here: " + text.getText());
        invalidField = text;
        return;
      }
      pending = null;
      pendingOnCopy = null;
      invalidField = null;
      text.setToolTipText(null);
      if (!java.util.Objects.equals(value, object.eGet(attribute))) {
        execute(SetCommand.create(domain, object, attribute, value));
      } else {
        editSettled();
      }
    };
    text.addListener(SWT.Modify, event -> {
      if (!showing[0]) {
        pending = commit[0];
        pendingOnCopy = copyOf -> {
          String typed = XML_UNSAFE.matcher(text.getText()).replaceAll("").strip();
          try {
            Object value = typed.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null : parse.apply(typed);
            copyOf.apply(object).eSet(attribute, value);
          } catch (RuntimeException e) {
            // not readable yet: the copy keeps the model's value, as a save would refuse it
          }
        };
        part.setDirty(true);
      }
    });
    text.addListener(SWT.FocusOut, event -> commit[0].run());
    text.addListener(SWT.DefaultSelection, event -> commit[0].run());
    if ((text.getStyle() & SWT.MULTI) != 0) {
      // in a multi-line field Enter is a new line; Ctrl+Enter commits
      text.addListener(SWT.KeyDown, event -> {
        if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
          event.doit = false;
          commit[0].run();
        }
      });
    }
    text.setData(FIELD_KEY, attribute.getName());
    show.run();
    return show;
  }


  /** The person of the open casebook the user works as (Edit > Preferences), or null. */
  protected final org.rapport.model.Person currentPerson() {
    OpenCasebook open = casebook.current().orElse(null);
    return currentUser == null ? null : currentUser.in(open).orElse(null);
  }

  /**
   * Takes a workflow step (submit, sign, ...) as one command and saves the document at once, so that
   * the others see it. A step that refuses by throwing {@link IllegalStateException} changes nothing
   * and its reason is shown. A step once saved is not taken back by Ctrl+Z: the history is cleared.
   *
   * @return whether the step was taken and saved
   */
  protected final boolean runStep(String label, Runnable step) {
    commitPendingEdit();
    RuntimeException[] refused = {null};
    org.eclipse.emf.edit.command.ChangeCommand command = new org.eclipse.emf.edit.command.ChangeCommand(document) {
      @Override
      protected void doExecute() {
        try {
          step.run();
        } catch (IllegalStateException e) {
          refused[0] = e;   // the model refused: it changed nothing
        }
      }
    };
    command.setLabel(label);
    if (!execute(command)) {
      return false;
    }
    Shell shell = part.getWidget() instanceof org.eclipse.swt.widgets.Control control ? control.getShell() : null;
    if (refused[0] != null) {
      domain.getCommandStack().undo();
      MessageDialog.openInformation(shell, label, refused[0].getMessage());
      return false;
    }
    if (partService != null) {
      partService.savePart(part, false);
    } else {
      save(shell);
    }
    if (part.isDirty()) {
      return false;   // the save failed and said why; the step stays, unsaved and undoable
    }
    domain.getCommandStack().flush();
    audit(label.replace("\u2026", "").toLowerCase(java.util.Locale.ROOT), null);
    return true;
  }

  /** Records {@code action} on this document in the casebook's audit trail; a failure to record is shown, not thrown. */
  protected final void audit(String action, String detail) {
    OpenCasebook open = casebook.current().orElse(null);
    if (open == null || open.readOnly()) {
      return;
    }
    try {
      org.rapport.model.Person me = currentPerson();
      open.setActor(me == null ? null : me.getId());
      open.audit(action, document.getId(), detail);
    } catch (StoreException e) {
      Shell shell = part.getWidget() instanceof org.eclipse.swt.widgets.Control control ? control.getShell() : null;
      MessageDialog.openWarning(shell, "Audit Trail", e.getMessage());
    }
  }

  /** A row across an editor's two-column form, without margins, for {@code columns} controls side by side (a header, a step bar). */
  protected static Composite row(Composite form, int columns) {
    Composite row = new Composite(form, SWT.NONE);
    row.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(columns, false);
    layout.marginWidth = 0;
    row.setLayout(layout);
    return row;
  }

  /** A push button of an editor's step bar; {@code dataKey} and {@code key} let tests find it. */
  protected static org.eclipse.swt.widgets.Button stepButton(Composite parent, String text, String dataKey, String key, Runnable action) {
    org.eclipse.swt.widgets.Button button = new org.eclipse.swt.widgets.Button(parent, SWT.PUSH);
    button.setText(text);
    button.setData(dataKey, key);
    button.addListener(SWT.Selection, event -> action.run());
    return button;
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
    part.setDirty(recovered || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
    validate();
    refresh();
    // Undo and Redo in the menu and toolbar re-evaluate whether they can run
    events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
  }

  /** Runs the model's validation on the document and tells the Problems part (and subclasses) what it found. */
  private void validate() {
    problems = DocumentProblems.of(diagnostician.validate(document));
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

  /** Called by the part service for Save, Save All and when closing or quitting with changes. */
  @Persist
  public void save(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    commitPendingEdit();
    if (invalidField != null && !invalidField.isDisposed() && pending != null) {
      invalidField.setFocus();
      MessageDialog.openError(shell, "Save", "\u201c" + invalidField.getText() + "\u201d is not a valid value for "
          + invalidField.getData(FIELD_KEY) + ". Correct it, or undo it with Ctrl+Z, and save again.\n\nNothing was saved.");
      return;
    }
    OpenCasebook open = casebook.current().orElse(null);
    try {
      if (open == null) {
        throw new StoreException("The casebook of this document is no longer open.");
      }
      org.rapport.model.Person me = currentPerson();
      open.setActor(me == null ? null : me.getId());   // the audit trail says who saved
      open.save(document);
      ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
      recovered = false;
      stampFile();
      part.setDirty(false);
      events.send(DocumentParts.TOPIC_SAVED, document);
    } catch (StoreException e) {
      if (logger != null) {
        logger.error(e, "Could not save " + document.getId());
      }
      MessageDialog.openError(shell, "Save", e.getMessage() + "\n\nYour changes are still in the editor.");
    }
  }

  private void stampFile() {
    try {
      stamp = file == null ? null : Files.getLastModifiedTime(file);
    } catch (IOException e) {
      stamp = null;
    }
  }

  /** The document this editor edits. */
  public final Document document() {
    return document;
  }

  /** Label and content providers of the generated edit layer, for subclasses' viewers. */
  protected final ComposedAdapterFactory adapters() {
    return adapters;
  }

  @Override
  public final EditingDomain getEditingDomain() {
    return domain;
  }

  @PreDestroy
  public void dispose() {
    events.send(DocumentParts.TOPIC_CLOSED, part);
    if (domain != null) {
      domain.getCommandStack().removeCommandStackListener(stackListener);
    }
    if (adapters != null) {
      adapters.dispose();
    }
  }
}
