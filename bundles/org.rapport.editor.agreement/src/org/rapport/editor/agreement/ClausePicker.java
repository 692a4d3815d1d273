// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.ui.ListColumn;
import org.rapport.ui.Tables;
import org.rapport.ui.TitledDialog;

/**
 * Picks the template of a new clause, listed by category: type to filter by category, title or
 * wording, Down to go into the list, Enter to add. "Own Clause" adds an empty clause of the
 * category chosen below the list instead.
 */
final class ClausePicker extends TitledDialog {

  static final String TITLE = "Add Clause";
  private static final int OWN_ID = IDialogConstants.CLIENT_ID + 1;

  private final List<ClauseTemplate> templates;
  private TableViewer list;
  private Combo category;
  private ClauseTemplate chosen;
  private ClauseCategory chosenCategory = ClauseCategory.CONFIDENTIALITY;

  ClausePicker(Shell shell, List<ClauseTemplate> templates) {
    super(shell, TITLE);
    this.templates = templates.stream().sorted(java.util.Comparator.comparingInt(t -> t.getCategory().getValue())).toList();
  }

  @Override
  protected void fill(Composite area) {
    new Label(area, SWT.NONE).setText("&Find a template:");
    Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
    filter.setMessage("category, title or wording");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    list = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
    list.getTable().setHeaderVisible(true);
    GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
    listData.widthHint = 620;
    listData.heightHint = 280;
    list.getTable().setLayoutData(listData);
    Tables.column(list, "Category", 170, ClauseTemplate.class, t -> ListColumn.words(t.getCategory().getLiteral()));
    Tables.column(list, "Template", 190, ClauseTemplate.class, t -> t.getName() + (t.isRequired() ? " (required)" : ""));
    Tables.column(list, "Wording", 300, ClauseTemplate.class, t -> t.getText() == null ? "" : t.getText());
    list.setContentProvider(ArrayContentProvider.getInstance());
    list.setInput(templates);
    list.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer viewer, Object parent, Object element) {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        ClauseTemplate t = (ClauseTemplate) element;
        return wanted.isEmpty() || contains(t.getCategory().getLiteral().replace('-', ' '), wanted) || contains(t.getName(), wanted)
            || contains(t.getText(), wanted);
      }
    });
    filter.addListener(SWT.Modify, event -> {
      list.refresh();
      Object first = list.getElementAt(0);
      list.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first), true);
    });
    filter.addListener(SWT.KeyDown, event -> {
      if (event.keyCode == SWT.ARROW_DOWN) {
        list.getTable().setFocus();
        event.doit = false;
      }
    });
    list.addOpenListener(event -> okPressed());
    list.addSelectionChangedListener(event -> {
      ClauseTemplate selected = (ClauseTemplate) list.getStructuredSelection().getFirstElement();
      if (selected != null) {
        category.select(selected.getCategory().getValue());
      }
      Control ok = getButton(IDialogConstants.OK_ID);
      if (ok != null) {
        ok.setEnabled(selected != null);
      }
    });
    new Label(area, SWT.NONE).setText("Category of an own clause:");
    category = new Combo(area, SWT.READ_ONLY);
    Arrays.stream(ClauseCategory.values()).forEach(c -> category.add(ListColumn.words(c.getLiteral())));
    category.select(0);
    if (templates.isEmpty()) {
      new Label(area, SWT.WRAP).setText("No catalogue with clause templates is installed; you can still add a clause of your own.");
    } else {
      list.setSelection(new StructuredSelection(templates.get(0)), true);
    }
  }

  private static boolean contains(String text, String wanted) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Add", true).setEnabled(!templates.isEmpty());
    createButton(parent, OWN_ID, "Add &Own Clause", false);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
  }

  @Override
  protected void buttonPressed(int buttonId) {
    chosenCategory = ClauseCategory.get(Math.max(0, category.getSelectionIndex()));
    if (buttonId == OWN_ID) {
      chosen = null;
      setReturnCode(OK);
      close();
      return;
    }
    super.buttonPressed(buttonId);
  }

  @Override
  protected void okPressed() {
    ClauseTemplate selected = (ClauseTemplate) list.getStructuredSelection().getFirstElement();
    if (selected != null) {
      chosen = selected;
      chosenCategory = selected.getCategory();
      super.okPressed();
    }
  }

  /** The template picked, or null for a clause of one's own. */
  ClauseTemplate chosen() {
    return chosen;
  }

  /** The category of the new clause. */
  ClauseCategory category() {
    return chosenCategory;
  }
}
