// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.parts;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.store.OpenCasebook;
import org.rapport.store.SearchHit;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Tables;

/**
 * Search: finds the saved plans, agreements and reflections that contain a word or phrase, off the
 * UI thread; Enter or double-click on a result opens the document.
 */
public class SearchPart {

  /** Widget data keys by which tests find the query field and the results. */
  public static final String QUERY_KEY = "org.rapport.app.search.query";
  public static final String RESULTS_KEY = "org.rapport.app.search.results";

  @Inject
  @Optional
  private ActiveCasebook active;
  @Inject
  private UISynchronize sync;
  @Inject
  private MApplication application;
  @Inject
  private EPartService parts;
  @Inject
  private EModelService models;

  private Text query;
  private Label status;
  private TableViewer results;
  /** Counts searches, so that only the newest one's results are shown. */
  private int searches;

  @PostConstruct
  public void createControls(Composite parent) {
    parent.setLayout(new GridLayout(2, false));
    query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    query.setMessage("Word or phrase in plans, agreements and reflections; Enter searches");
    query.setData(QUERY_KEY, Boolean.TRUE);
    query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    query.addListener(SWT.DefaultSelection, event -> search());
    status = new Label(parent, SWT.NONE);
    status.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
    results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
    results.getTable().setData(RESULTS_KEY, Boolean.TRUE);
    results.getTable().setHeaderVisible(true);
    results.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    Tables.column(results, "Document", 180, SearchHit.class, hit -> DocumentOpener.label(hit.entry()));
    Tables.column(results, "Passage", 620, SearchHit.class, SearchHit::passage);
    results.setContentProvider(ArrayContentProvider.getInstance());
    results.addOpenListener(event -> {
      if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof SearchHit hit && active != null) {
        active.current().ifPresent(open -> DocumentOpener.open(hit.entry(), open, application, parts, models, query.getShell()));
      }
    });
  }

  /** Runs the search in the background; the results replace the last ones when it is done. */
  public void search() {
    OpenCasebook open = active == null ? null : active.current().orElse(null);
    String text = query.getText();
    if (open == null || text.isBlank()) {
      return;
    }
    status.setText("Searching\u2026");
    status.getParent().layout();
    // the index is read here, on the UI thread that changes it; the background reads only files
    List<DocumentEntry> candidates = open.entries(EnumSet.allOf(DocumentKind.class));
    int asked = ++searches;
    CompletableFuture.supplyAsync(() -> open.search().find(text, candidates))
        .whenComplete((hits, failure) -> sync.asyncExec(() -> {
          if (asked == searches) {   // a newer search, or another casebook, has replaced this one
            show(hits, failure);
          }
        }));
  }

  /** Another casebook (or none): the results of the last one no longer apply. */
  @Inject
  @Optional
  void casebookChanged(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook opened) {
    clear();
  }

  @Inject
  @Optional
  void casebookClosed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Object closed) {
    clear();
  }

  private void clear() {
    searches++;
    if (results != null && !results.getTable().isDisposed()) {
      results.setInput(List.of());
      status.setText("");
    }
  }

  private void show(List<SearchHit> hits, Throwable failure) {
    if (results.getTable().isDisposed()) {
      return;
    }
    results.setInput(hits == null ? List.of() : hits);
    status.setText(failure != null ? "The search failed: " + failure.getMessage()
        : hits.size() + (hits.size() == 1 ? " document" : " documents"));
    status.getParent().layout();
  }

  /** The results shown, for tests. */
  @SuppressWarnings("unchecked")
  public List<SearchHit> hits() {
    Object input = results.getInput();
    return input instanceof List<?> list ? (List<SearchHit>) list : List.of();
  }

  @Focus
  public void setFocus() {
    query.setFocus();
  }
}
