// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rapport.app.handlers.CheckCasebookHandler;
import org.rapport.app.internal.AppMessages;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.provider.RapportItemProviderAdapterFactory;
import org.rapport.operations.Finding;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.DocumentParts;
import org.rapport.ui.DocumentProblems;
import org.rapport.ui.Tables;

/**
 * Validation problems of the open documents, refreshed after every change. Double-click (or Enter)
 * on a problem brings its document forward and puts the cursor in the field concerned.
 */
public class ProblemsPart {

  /** Widget data key by which tests find the table. */
  public static final String TABLE_KEY = "org.rapport.app.problems.table";

  /**
   * One row: a problem of an open document (with its part), or a finding of Check Casebook (with the
   * file and line, part null).
   */
  public record Row(MPart part, String document, DocumentProblems.Problem problem, Path file, int line) {
  }

  @Inject
  private EPartService parts;
  @Inject
  private MApplication application;
  @Inject
  private EModelService models;
  @Inject
  @Optional
  private ActiveCasebook active;
  @Inject
  @Translation
  private AppMessages texts;

  private final Map<MPart, DocumentProblems> byPart = new LinkedHashMap<>();
  private final List<Row> casebookRows = new ArrayList<>();
  private final ComposedAdapterFactory labels = new ComposedAdapterFactory(new RapportItemProviderAdapterFactory());
  private TableViewer table;

  @PostConstruct
  public void createControls(Composite parent) {
    parent.setLayout(new FillLayout());
    table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    table.getTable().setHeaderVisible(true);
    table.getTable().setLinesVisible(true);
    table.getTable().setData(TABLE_KEY, Boolean.TRUE);
    Tables.column(table, "", 70, Row.class, row -> row.problem().isError() ? texts.problems_error
        : row.problem().severity() == Diagnostic.WARNING ? texts.problems_warning : texts.problems_note);
    Tables.column(table, texts.problems_problem, 460, Row.class, row -> row.problem().message());
    Tables.column(table, texts.problems_document, 170, Row.class, Row::document);
    Tables.column(table, texts.problems_where, 220, Row.class, row -> {
      if (row.part() == null) {
        return row.line() > 0 ? java.text.MessageFormat.format(texts.problems_line, Integer.toString(row.line())) : "";
      }
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

  /** Check Casebook ran: its findings replace those of the last check. */
  @Inject
  @Optional
  void casebookChecked(@UIEventTopic(CheckCasebookHandler.TOPIC_CHECKED) CheckCasebookHandler.CasebookFindings findings) {
    casebookRows.clear();
    for (Finding finding : findings.report().findings()) {
      int severity = switch (finding.severity()) {
        case ERROR -> Diagnostic.ERROR;
        case WARNING -> Diagnostic.WARNING;
        case INFO -> Diagnostic.INFO;
      };
      casebookRows.add(new Row(null, finding.file(), new DocumentProblems.Problem(severity, finding.message(), null, null),
          findings.folder().resolve(finding.file()).normalize(), finding.line()));
    }
    if (!findings.complete()) {
      casebookRows.add(new Row(null, "", new DocumentProblems.Problem(Diagnostic.INFO, "The check was cancelled after "
          + findings.report().documentsChecked() + " documents.", null, null), null, 0));
    }
    show();
  }

  /** Another casebook: the findings of a check of the last one no longer apply. */
  @Inject
  @Optional
  void casebookChanged(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) Object opened) {
    casebookRows.clear();
    show();
  }

  /** The rows shown, errors first; for tests and for the status line. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    byPart.values().forEach(document -> document.problems()
        .forEach(problem -> rows.add(new Row(document.part(), document.part().getLabel(), problem, null, 0))));
    rows.addAll(casebookRows);
    rows.sort(Comparator.comparingInt((Row row) -> -row.problem().severity()));
    return rows;
  }

  /** Brings the problem's document forward and its field into focus. */
  public void goTo(Row row) {
    if (row.part() == null) {
      openFile(row);
      return;
    }
    parts.showPart(row.part(), PartState.ACTIVATE);
    if (row.part().getObject() instanceof DocumentEditor editor) {
      editor.reveal(row.problem().object(), row.problem().feature());
    }
  }

  /** A finding of Check Casebook: open the document whose file it names. */
  private void openFile(Row row) {
    OpenCasebook open = active == null ? null : active.current().orElse(null);
    if (open == null || row.file() == null) {
      return;
    }
    for (ClientCase client : open.index().getClients()) {
      List<DocumentEntry> entries = new ArrayList<>(client.getAgreements());
      client.getSessions().forEach(session -> entries.addAll(session.getDocuments()));
      for (DocumentEntry entry : entries) {
        if (open.folder().resolve(entry.getFile()).normalize().equals(row.file())) {
          DocumentOpener.open(entry, open, application, parts, models, table.getTable().getShell());
          return;
        }
      }
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
