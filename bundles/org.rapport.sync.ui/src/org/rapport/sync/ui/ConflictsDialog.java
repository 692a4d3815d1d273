// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.io.IOException;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Session;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.sync.LabConflicts;
import org.rapport.sync.LabConflicts.Conflict;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.DocumentParts;

/**
 * Casebook > Resolve Conflicts: each document two workstations changed at once, with its two
 * versions side by side, field by field, and a choice of which to keep. The other version stays
 * until a person chooses; the choice goes to the lab at the next sync.
 */
final class ConflictsDialog extends org.rapport.ui.TitledDialog {

  static final String TITLE = "Resolve Conflicts";
  static final int KEEP_THIS = IDialogConstants.CLIENT_ID + 1;
  static final int KEEP_OTHER = IDialogConstants.CLIENT_ID + 2;

  private final IEclipseContext context;
  private final OpenCasebook casebook;
  private final LabConflicts conflicts;
  private List<Conflict> open = List.of();
  private org.eclipse.swt.widgets.List documents;
  private Table fields;
  private Label note;

  private ConflictsDialog(Shell parent, IEclipseContext context, OpenCasebook casebook) {
    super(parent, TITLE);
    this.context = context;
    this.casebook = casebook;
    this.conflicts = new LabConflicts(context.get(CasebookStore.class));
  }

  static void open(IEclipseContext context, Shell parent) {
    ActiveCasebook active = context.get(ActiveCasebook.class);
    if (active != null && active.current().isPresent()) {
      new ConflictsDialog(parent, context, active.current().get()).open();
    }
  }

  @Override
  protected void fill(Composite area) {
    Label intro = new Label(area, SWT.WRAP);
    intro.setText("These documents were changed on this workstation and on another before either was synced."
        + " Both versions are kept until you choose one.");
    GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false);
    introData.widthHint = convertWidthInCharsToPixels(100);
    intro.setLayoutData(introData);
    SashForm sides = new SashForm(area, SWT.HORIZONTAL);
    GridData sidesData = new GridData(SWT.FILL, SWT.FILL, true, true);
    sidesData.heightHint = convertHeightInCharsToPixels(18);
    sides.setLayoutData(sidesData);
    documents = new org.eclipse.swt.widgets.List(sides, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
    Composite right = new Composite(sides, SWT.NONE);
    right.setLayout(new GridLayout(1, false));
    fields = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
    fields.setHeaderVisible(true);
    fields.setLinesVisible(true);
    fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    for (String heading : new String[] {"Field", "This workstation", "The other workstation"}) {
      TableColumn column = new TableColumn(fields, SWT.LEFT);
      column.setText(heading);
      column.setWidth(convertWidthInCharsToPixels(heading.equals("Field") ? 22 : 34));
    }
    note = new Label(right, SWT.WRAP);
    note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    sides.setWeights(1, 3);
    documents.addListener(SWT.Selection, event -> show());
    reload();
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, KEEP_THIS, "Keep &This Version", false);
    createButton(parent, KEEP_OTHER, "Keep the &Other Version", false);
    createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    enableChoices();
  }

  @Override
  protected void buttonPressed(int id) {
    if (id == IDialogConstants.CLOSE_ID) {
      close();
      return;
    }
    Conflict chosen = selected();
    if (chosen == null) {
      return;
    }
    String actor = CurrentUser.idIn(context.get(CurrentUser.class), casebook);
    try {
      if (id == KEEP_THIS) {
        conflicts.keepThis(casebook, chosen.file(), actor);
      } else if (id == KEEP_OTHER) {
        if (editorsOf(chosen).stream().anyMatch(MPart::isDirty)) {
          MessageDialog.openInformation(getShell(), TITLE, "The document is open with unsaved changes. Save or revert them first:"
              + " keeping the other version replaces what the editor shows.");
          return;
        }
        conflicts.keepOther(casebook, chosen.file(), actor);
        reloadEditorOf(chosen);
      }
    } catch (StoreException | IOException e) {
      MessageDialog.openError(getShell(), TITLE, e.getMessage());
      return;
    }
    context.get(IEventBroker.class).send(ActiveCasebook.TOPIC_INDEX_CHANGED, casebook.index());
    reload();
    if (open.isEmpty()) {
      close();
    }
  }

  private void reload() {
    try {
      open = conflicts.open(casebook);
    } catch (IOException e) {
      open = List.of();
      note.setText("The conflicts could not be read: " + e.getMessage());
    }
    documents.removeAll();
    for (Conflict conflict : open) {
      documents.add(conflict.entry() == null ? conflict.file() : label(conflict));
    }
    if (!open.isEmpty()) {
      documents.select(0);
    }
    show();
  }

  /** "CL-0417 · S1 plan", "CL-0417 · agreement v2", as the explorer names documents. */
  private static String label(Conflict conflict) {
    DocumentEntry entry = conflict.entry();
    String client = entry.eContainer() instanceof Session session && session.eContainer() instanceof ClientCase owner ? owner.getCode()
        : entry.eContainer() instanceof ClientCase owner ? owner.getCode() : "";
    String what = entry.eContainer() instanceof Session session ? "S" + session.getNumber() + " " + entry.getKind().getLiteral()
        : entry.getKind().getLiteral() + " v" + entry.getVersion();
    return client + " \u00b7 " + what;
  }

  private void show() {
    fields.removeAll();
    Conflict conflict = selected();
    if (conflict == null) {
      note.setText(open.isEmpty() ? "No document waits for a choice." : "");
      enableChoices();
      return;
    }
    List<FieldDifferences.Row> rows = FieldDifferences.between(conflict.here(), conflict.other());
    for (FieldDifferences.Row row : rows) {
      new TableItem(fields, SWT.NONE).setText(new String[] {row.field(), row.here(), row.other()});
    }
    note.setText(conflict.problem() != null ? "The other version cannot be used: " + conflict.problem()
        : rows.isEmpty() ? "The two versions hold the same content; keep either."
        : rows.size() + " field(s) differ. Keeping one version drops the other's changes to them; to keep some of each, keep one"
            + " and type the rest in the editor.");
    note.getParent().layout(true, true);
    enableChoices();
  }

  private Conflict selected() {
    int at = documents == null ? -1 : documents.getSelectionIndex();
    return at < 0 || at >= open.size() ? null : open.get(at);
  }

  private void enableChoices() {
    Conflict conflict = selected();
    Button keepThis = getButton(KEEP_THIS);
    Button keepOther = getButton(KEEP_OTHER);
    if (keepThis != null) {
      keepThis.setEnabled(conflict != null);
    }
    if (keepOther != null) {
      keepOther.setEnabled(conflict != null && conflict.other() != null);
    }
  }

  private void reloadEditorOf(Conflict conflict) {
    for (MPart part : editorsOf(conflict)) {
      context.get(IEventBroker.class).send(DocumentParts.TOPIC_RELOAD, part);
    }
  }

  private List<MPart> editorsOf(Conflict conflict) {
    if (conflict.entry() == null) {
      return List.of();
    }
    MApplication application = context.get(MApplication.class);
    return context.get(EModelService.class).findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART)).stream()
        .filter(part -> conflict.entry().getDocumentId().equals(part.getPersistedState().get(DocumentParts.DOCUMENT_ID))).toList();
  }
}
