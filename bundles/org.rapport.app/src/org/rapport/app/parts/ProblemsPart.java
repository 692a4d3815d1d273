package org.rapport.app.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rapport.model.provider.RapportItemProviderAdapterFactory;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.DocumentParts;
import org.rapport.ui.DocumentProblems;

/**
 * Validation problems of the open documents, refreshed after every change. Double-click (or Enter)
 * on a problem brings its document forward and puts the cursor in the field concerned.
 */
public class ProblemsPart {

  /** Widget data key by which tests find the table. */
  public static final String TABLE_KEY = "org.rapport.app.problems.table";

  /** One row: a problem and the document part it belongs to. */
  public record Row(MPart part, String document, DocumentProblems.Problem problem) {
  }

  @Inject
  private EPartService parts;

  private final Map<MPart, DocumentProblems> byPart = new LinkedHashMap<>();
  private final ComposedAdapterFactory labels = new ComposedAdapterFactory(new RapportItemProviderAdapterFactory());
  private TableViewer table;

  @PostConstruct
  public void createControls(Composite parent) {
    parent.setLayout(new FillLayout());
    table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.getTable().setHeaderVisible(true);
    table.getTable().setLinesVisible(true);
    table.getTable().setData(TABLE_KEY, Boolean.TRUE);
    column("", 70, row -> row.problem().isError() ? "Error" : row.problem().severity() == Diagnostic.WARNING ? "Warning" : "Note");
    column("Problem", 460, row -> row.problem().message());
    column("Document", 170, Row::document);
    column("Where", 220, row -> {
      if (row.problem().object() == null) {
        return "";
      }
      Object provider = labels.adapt(row.problem().object(), IItemLabelProvider.class);
      return provider instanceof IItemLabelProvider label ? label.getText(row.problem().object()) : "";
    });
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.addOpenListener(event -> {
      if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Row row) {
        goTo(row);
      }
    });
    table.getTable().addDisposeListener(event -> labels.dispose());
    show();
  }

  private void column(String title, int width, java.util.function.Function<Row, String> text) {
    TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
    column.getColumn().setText(title);
    column.getColumn().setWidth(width);
    column.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return text.apply((Row) element);
      }
    });
  }

  @Inject
  @Optional
  void validated(@UIEventTopic(DocumentParts.TOPIC_VALIDATED) DocumentProblems problems) {
    byPart.put(problems.part(), problems);
    show();
  }

  @Inject
  @Optional
  void closed(@UIEventTopic(DocumentParts.TOPIC_CLOSED) MPart part) {
    if (byPart.remove(part) != null) {
      show();
    }
  }

  /** The rows shown, errors first; for tests and for the status line. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    byPart.values().forEach(document -> document.problems()
        .forEach(problem -> rows.add(new Row(document.part(), document.part().getLabel(), problem))));
    rows.sort(Comparator.comparingInt((Row row) -> -row.problem().severity()));
    return rows;
  }

  /** Brings the problem's document forward and its field into focus. */
  public void goTo(Row row) {
    parts.showPart(row.part(), PartState.ACTIVATE);
    if (row.part().getObject() instanceof DocumentEditor editor) {
      editor.reveal(row.problem().object(), row.problem().feature());
    }
  }

  private void show() {
    if (table != null && !table.getTable().isDisposed()) {
      table.setInput(rows());
    }
  }

  @Focus
  public void setFocus() {
    table.getTable().setFocus();
  }
}
