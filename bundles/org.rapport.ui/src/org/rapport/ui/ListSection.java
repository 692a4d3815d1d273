// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * A list of the plan (goals, agenda, techniques, ...) as a table with editable cells and buttons
 * beside it. From the keyboard: Insert adds a row and starts editing it, Delete removes the
 * selected row, Alt+Up and Alt+Down move it, Enter or F2 edits a cell and Tab goes to the next.
 * Every change is one command on the editor's stack. Rows with a validation problem carry its icon.
 */
public final class ListSection {

  /** What a cell editor holds that the attribute cannot take (a number not yet a number). */
  private static final Object UNREADABLE = new Object();
  /** The editing support of each column, by column index; null for a column that only shows. */
  private final List<AttributeEditing> editings = new java.util.ArrayList<>();

  /** Widget data key naming the list a table shows, for tests and for going to a problem. */
  public static final String LIST_KEY = "org.rapport.editor.plan.list";

  private final DocumentEditor host;
  private final EObject owner;
  private final EReference list;
  private final List<ListColumn> columns;
  private final TableViewer viewer;
  private final java.util.List<Button> buttons = new java.util.ArrayList<>();
  private boolean readOnly;

  /**
   * @param adder makes the object a new row holds, or returns null when the user cancelled (a
   *     picker dialog); null for a list the user does not add to
   */
  public ListSection(DocumentEditor host, Composite parent, String title, EObject owner, EReference list, List<ListColumn> columns,
      Supplier<EObject> adder,
      boolean removable, boolean draggable) {
    this.host = host;
    host.register(this);
    this.owner = owner;
    this.list = list;
    this.columns = columns;
    Label label = new Label(parent, SWT.NONE);
    label.setText(title);   // its mnemonic puts the cursor in the table
    label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    // the columns share the table's width by weight, so the editor stays usable at 1024 x 768
    Composite holder = new Composite(parent, SWT.NONE);
    TableColumnLayout columnLayout = new TableColumnLayout();
    holder.setLayout(columnLayout);
    viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
    Table table = viewer.getTable();
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    table.setData(LIST_KEY, list.getName());
    GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
    // GTK reports no header height before the table is shown: count a row for it, so four rows show
    tableData.heightHint = table.getItemHeight() * 4 + Math.max(table.getHeaderHeight(), table.getItemHeight()) + 4;
    tableData.widthHint = 200;   // grow with the editor, not with the rows
    holder.setLayoutData(tableData);
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    for (int i = 0; i < columns.size(); i++) {
      TableViewerColumn column = addColumn(columns.get(i), i == 0);
      columnLayout.setColumnData(column.getColumn(), new ColumnWeightData(columns.get(i).weight(), 60));
    }
    enableKeyboardEditing();
    ColumnViewerToolTipSupport.enableFor(viewer);   // a row's problem shows when hovering it
    viewer.setInput(owner.eGet(list));

    Composite buttons = new Composite(parent, SWT.NONE);
    buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
    GridLayout buttonLayout = new GridLayout(1, true);
    buttonLayout.marginHeight = 0;
    buttons.setLayout(buttonLayout);
    if (adder != null) {
      button(buttons, "Add", () -> add(adder));
    }
    if (removable) {
      button(buttons, "Remove", this::removeSelected);
    }
    if (draggable) {
      button(buttons, "Up", () -> moveSelected(-1));
      button(buttons, "Down", () -> moveSelected(1));
      enableDragToReorder();
    }
    table.addListener(SWT.KeyDown, event -> {
      if (readOnly) {
        return;
      } else if (event.keyCode == SWT.INSERT && adder != null) {
        add(adder);
      } else if (event.keyCode == SWT.DEL && removable) {
        removeSelected();
      } else if ((event.stateMask & SWT.ALT) != 0 && draggable && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
        moveSelected(event.keyCode == SWT.ARROW_UP ? -1 : 1);
        event.doit = false;
      } else {
        return;
      }
      event.doit = false;
    });
  }

  /** A signed-off document: rows are shown, not added, removed, moved or edited. */
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    buttons.forEach(button -> button.setEnabled(!readOnly));
  }

  public TableViewer viewer() {
    return viewer;
  }

  public EReference list() {
    return list;
  }

  /** Applies the value being typed in an open cell editor, if any. */
  /** Whether a cell of the list is being edited. */
  public boolean isEditing() {
    return !viewer.getTable().isDisposed() && viewer.isCellEditorActive();
  }

  /**
   * Sets what is being typed in the open cell on a copy of the document ({@code copyOf} gives the
   * copy of each object), leaving the cell open and the model as it is: for a recovery copy.
   */
  public void openEditorOnCopy(java.util.function.Function<EObject, EObject> copyOf) {
    if (!isEditing()) {
      return;
    }
    org.eclipse.jface.viewers.ViewerCell cell = viewer.getColumnViewerEditor().getFocusCell();
    if (cell != null && cell.getColumnIndex() < editings.size() && editings.get(cell.getColumnIndex()) != null
        && cell.getElement() instanceof EObject row) {
      editings.get(cell.getColumnIndex()).typedOnto(copyOf.apply(row));
    }
  }

  public void applyOpenEditor() {
    if (!viewer.getTable().isDisposed() && viewer.isCellEditorActive()) {
      viewer.applyEditorValue();
    }
  }

  public void refresh() {
    if (!viewer.getTable().isDisposed()) {
      viewer.refresh();
    }
  }

  /** Selects {@code row} and starts editing the cell of {@code attribute} (the first editable cell when null). */
  public void edit(EObject row, EAttribute attribute) {
    viewer.getTable().setFocus();
    viewer.setSelection(new StructuredSelection(row), true);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).attribute() != null && (attribute == null || columns.get(i).attribute() == attribute)) {
        viewer.editElement(row, i);
        return;
      }
    }
  }

  private TableViewerColumn addColumn(ListColumn column, boolean first) {
    editings.add(null);   // one place per column, filled for the columns that edit an attribute
    TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
    viewerColumn.getColumn().setText(column.title());
    viewerColumn.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return column.text().apply(element);
      }

      @Override
      public Image getImage(Object element) {
        return first ? problemIcon((EObject) element) : null;
      }

      @Override
      public String getToolTipText(Object element) {
        return host.problems().stream().filter(p -> p.object() == element).map(DocumentProblems.Problem::message).findFirst().orElse(null);
      }
    });
    if (column.attribute() != null) {
      AttributeEditing editing = new AttributeEditing(column.attribute());
      viewerColumn.setEditingSupport(editing);
      editings.set(editings.size() - 1, editing);
    }
    return viewerColumn;
  }

  /** Cells open with Enter, F2, a double click or by typing; Tab moves to the next cell and row. */
  private void enableKeyboardEditing() {
    TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
    ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
      @Override
      protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
        return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
            || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
            || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
            || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.keyCode == SWT.F2);
      }
    };
    TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
        | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
  }

  private void enableDragToReorder() {
    Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
    viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
      @Override
      public void dragStart(DragSourceEvent event) {
        LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
      }
    });
    viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
      @Override
      public boolean validateDrop(Object target, int operation, TransferData type) {
        // only rows of this list: a row dragged from another table could not be moved here
        return !readOnly && LocalSelectionTransfer.getTransfer().isSupportedType(type)
            && LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged
            && ((EList<?>) owner.eGet(list)).contains(dragged.getFirstElement());
      }

      @Override
      public boolean performDrop(Object data) {
        Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
        EList<?> rows = (EList<?>) owner.eGet(list);
        int from = rows.indexOf(dragged);
        int to = getCurrentTarget() == null ? rows.size() - 1 : rows.indexOf(getCurrentTarget());
        // the index after the move: dropping after a row above, or before a row below, lands beside it
        if (getCurrentLocation() == LOCATION_AFTER && to < from) {
          to++;
        } else if (getCurrentLocation() == LOCATION_BEFORE && to > from) {
          to--;
        }
        return dragged != null && to >= 0 && move(dragged, to);
      }
    });
  }

  private void add(Supplier<EObject> adder) {
    EObject row = adder.get();
    if (row != null && host.execute(AddCommand.create(host.getEditingDomain(), owner, list, row))) {
      viewer.refresh();
      edit(row, null);
    }
  }

  private void removeSelected() {
    Object selected = viewer.getStructuredSelection().getFirstElement();
    if (selected != null) {
      int index = ((EList<?>) owner.eGet(list)).indexOf(selected);
      host.execute(RemoveCommand.create(host.getEditingDomain(), owner, list, selected));
      EList<?> rows = (EList<?>) owner.eGet(list);
      if (!rows.isEmpty()) {
        viewer.setSelection(new StructuredSelection(rows.get(Math.min(index, rows.size() - 1))));
      }
    }
  }

  private void moveSelected(int by) {
    Object selected = viewer.getStructuredSelection().getFirstElement();
    if (selected != null) {
      move(selected, ((EList<?>) owner.eGet(list)).indexOf(selected) + by);
    }
  }

  private boolean move(Object row, int to) {
    EList<?> rows = (EList<?>) owner.eGet(list);
    if (to < 0 || to >= rows.size() || rows.indexOf(row) == to) {
      return false;
    }
    boolean moved = host.execute(MoveCommand.create(host.getEditingDomain(), owner, list, row, to));
    viewer.setSelection(new StructuredSelection(row), true);
    return moved;
  }

  /** The icon of the worst problem on {@code row}, or null. */
  private org.eclipse.swt.graphics.Image problemIcon(EObject row) {
    return host.problems().stream().filter(p -> p.object() == row).max(java.util.Comparator.comparingInt(DocumentProblems.Problem::severity))
        .map(ProblemMarkers::icon).orElse(null);
  }

  private Button button(Composite parent, String text, Runnable action) {
    Button button = new Button(parent, SWT.PUSH);
    buttons.add(button);
    button.setText(text);
    button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    button.addListener(SWT.Selection, event -> action.run());
    return button;
  }

  /** Edits one attribute of a row in its cell: text for strings and numbers, a list for enumerations. */
  private final class AttributeEditing extends EditingSupport {

    private final EAttribute attribute;
    private final CellEditor editor;

    AttributeEditing(EAttribute attribute) {
      super(viewer);
      this.attribute = attribute;
      if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
        editor = new CheckboxCellEditor(viewer.getTable());
      } else if (attribute.getEAttributeType() instanceof EEnum type) {
        editor = new ComboBoxCellEditor(viewer.getTable(),
            type.getELiterals().stream().map(literal -> ListColumn.words(literal.getLiteral())).toArray(String[]::new), SWT.READ_ONLY);
      } else {
        editor = new TextCellEditor(viewer.getTable());
      }
      editor.addListener(new ICellEditorListener() {
        @Override
        public void editorValueChanged(boolean oldValidState, boolean newValidState) {
          host.markEditing();
        }

        @Override
        public void cancelEditor() {
          host.editSettled();
        }

        @Override
        public void applyEditorValue() {
          // setValue turns it into a command, or settles when nothing changed
        }
      });
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
      return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
      return !readOnly;
    }

    @Override
    protected Object getValue(Object element) {
      Object value = ((EObject) element).eGet(attribute);
      if (value instanceof Boolean) {
        return value;
      }
      if (attribute.getEAttributeType() instanceof EEnum type) {
        return value instanceof Enumerator e ? type.getELiterals().indexOf(type.getEEnumLiteral(e.getValue())) : 0;
      }
      return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /** Sets the open cell's value on {@code row} (a copy), when it can be read. */
    void typedOnto(EObject row) {
      Object converted = converted(editor.getValue());
      if (converted != UNREADABLE && row != null) {
        row.eSet(attribute, converted);
      }
    }

    /** The cell editor's value as the attribute's, or {@link #UNREADABLE}. */
    private Object converted(Object value) {
      if (value instanceof Boolean) {
        return value;
      }
      if (attribute.getEAttributeType() instanceof EEnum type) {
        int index = (Integer) value;
        return index < 0 ? UNREADABLE : type.getELiterals().get(index).getInstance();
      }
      String typed = String.valueOf(value).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").strip();
      try {
        return typed.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive() ? null
            : EcoreUtil.createFromString(attribute.getEAttributeType(), typed.isEmpty() ? "0" : typed);
      } catch (RuntimeException e) {
        return UNREADABLE;
      }
    }

    @Override
    protected void setValue(Object element, Object value) {
      Object converted = converted(value);
      if (converted == UNREADABLE) {
        host.editSettled();
        return;   // no choice made, or not a number where one is needed: the cell keeps its value
      }
      if (!java.util.Objects.equals(converted, ((EObject) element).eGet(attribute))) {
        host.execute(SetCommand.create(host.getEditingDomain(), element, attribute, converted));
      } else {
        host.editSettled();
      }
      viewer.update(element, null);
    }
  }
}
