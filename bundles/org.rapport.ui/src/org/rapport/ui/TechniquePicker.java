// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.model.Technique;

/**
 * Picks a technique from the catalogues: type to filter by name, summary or indicator, Down to go
 * into the list, Enter to take the selected one. The indicators of the selected technique (what
 * a supervisor would see when it is practised well) show below the list.
 */
public final class TechniquePicker extends TitledDialog {

  public static final String TITLE = "Add Technique to Practise";

  private final List<Technique> techniques;
  private TableViewer list;
  private Label indicators;
  private Technique chosen;

  public TechniquePicker(Shell shell, List<Technique> techniques) {
    super(shell, TITLE);
    this.techniques = techniques;
  }

  @Override
  protected void fill(Composite area) {
    Label prompt = new Label(area, SWT.NONE);
    prompt.setText("&Find a technique:");
    Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH);
    filter.setMessage("name, summary or indicator");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    list = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
    list.getTable().setHeaderVisible(true);
    GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
    listData.widthHint = 560;
    listData.heightHint = 260;
    list.getTable().setLayoutData(listData);
    Tables.column(list, "Technique", 190, Technique.class, Technique::getName);
    Tables.column(list, "Summary", 360, Technique.class, technique -> technique.getSummary() == null ? "" : technique.getSummary());
    list.setContentProvider(ArrayContentProvider.getInstance());
    list.setInput(techniques);
    indicators = new Label(area, SWT.WRAP);
    GridData indicatorData = new GridData(SWT.FILL, SWT.TOP, true, false);
    indicatorData.widthHint = 560;
    indicatorData.heightHint = indicators.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 3;
    indicators.setLayoutData(indicatorData);
    if (techniques.isEmpty()) {
      indicators.setText("No catalogue is installed, so there are no techniques to pick from.");
    }
    list.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer viewer, Object parent, Object element) {
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        Technique technique = (Technique) element;
        return wanted.isEmpty() || contains(technique.getName(), wanted) || contains(technique.getSummary(), wanted)
            || technique.getIndicators().stream().anyMatch(indicator -> contains(indicator, wanted));
      }
    });
    filter.addListener(SWT.Modify, event -> {
      list.refresh();
      selectFirst();
    });
    filter.addListener(SWT.KeyDown, event -> {
      if (event.keyCode == SWT.ARROW_DOWN) {
        list.getTable().setFocus();
        event.doit = false;
      }
    });
    list.addSelectionChangedListener(event -> showIndicators());
    list.addOpenListener(event -> okPressed());
    selectFirst();
  }

  private void selectFirst() {
    Object first = list.getElementAt(0);
    list.setSelection(first == null ? StructuredSelection.EMPTY : new StructuredSelection(first), true);
    showIndicators();
  }

  private void showIndicators() {
    Technique technique = (Technique) list.getStructuredSelection().getFirstElement();
    indicators.setText(technique == null ? "" : "Indicators: " + String.join("; ", technique.getIndicators()));
    Control ok = getButton(IDialogConstants.OK_ID);
    if (ok != null) {
      ok.setEnabled(technique != null);
    }
  }

  private static boolean contains(String text, String wanted) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, "&Add", true);
    createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    showIndicators();
  }

  @Override
  protected void okPressed() {
    Technique selected = (Technique) list.getStructuredSelection().getFirstElement();
    if (selected != null) {
      chosen = selected;
      super.okPressed();
    }
  }

  /** The technique picked, or null. */
  public Technique chosen() {
    return chosen;
  }
}
