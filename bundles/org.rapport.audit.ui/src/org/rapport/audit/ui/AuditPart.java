// SPDX-License-Identifier: EPL-2.0
package org.rapport.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.store.AuditEntry;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Tables;

/**
 * The active casebook's audit trail, newest first, with a filter by text (person, document,
 * detail) and by action, and whether its chain of hashes holds.
 */
public class AuditPart {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);
  static final String ALL = "All actions";

  @Inject
  @Optional
  private ActiveCasebook active;

  private TableViewer table;
  private Text filter;
  private Combo action;
  private Label chain;

  @PostConstruct
  public void create(Composite parent) {
    parent.setLayout(new GridLayout(4, false));
    new Label(parent, SWT.NONE).setText("&Show:");
    filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH);
    filter.setMessage("person, document or detail");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    action = new Combo(parent, SWT.READ_ONLY);
    Button refresh = new Button(parent, SWT.PUSH);
    refresh.setText("&Verify");
    refresh.addListener(SWT.Selection, event -> reload());
    chain = new Label(parent, SWT.WRAP);
    chain.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
    table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
    table.getTable().setHeaderVisible(true);
    table.getTable().setLinesVisible(true);
    table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
    Tables.column(table, "When", 150, AuditEntry.class, entry -> entry.at().format(WHEN));
    Tables.column(table, "Who", 100, AuditEntry.class, entry -> entry.actor() == null ? "\u2014" : entry.actor());
    Tables.column(table, "Action", 140, AuditEntry.class, AuditEntry::action);
    Tables.column(table, "Document", 200, AuditEntry.class, entry -> entry.documentId() == null ? "" : entry.documentId());
    Tables.column(table, "Detail", 240, AuditEntry.class, entry -> entry.detail() == null ? "" : entry.detail());
    Tables.column(table, "Signed", 60, AuditEntry.class, entry -> entry.signature() == null ? "" : "signed");
    table.setContentProvider(ArrayContentProvider.getInstance());
    table.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer viewer, Object parentElement, Object element) {
        AuditEntry entry = (AuditEntry) element;
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        String chosen = action.getSelectionIndex() <= 0 ? null : action.getItem(action.getSelectionIndex());
        return (chosen == null || chosen.equals(entry.action())) && (wanted.isEmpty()
            || (entry.actor() + " " + entry.documentId() + " " + entry.detail()).toLowerCase(Locale.ROOT).contains(wanted));
      }
    });
    filter.addListener(SWT.Modify, event -> table.refresh());
    action.addListener(SWT.Selection, event -> table.refresh());
    reload();
  }

  @Inject
  @Optional
  void casebookChanged(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) Object opened) {
    if (table != null && !table.getTable().isDisposed()) {
      reload();
    }
  }

  /** Reads the trail again and checks its chain. */
  void reload() {
    OpenCasebook open = active == null ? null : active.current().orElse(null);
    if (open == null) {
      table.setInput(List.of());
      chain.setText("No casebook is open.");
      return;
    }
    try {
      List<AuditEntry> entries = new java.util.ArrayList<>(open.audit().entries());
      java.util.Collections.reverse(entries);
      String chosen = action.getSelectionIndex() <= 0 ? ALL : action.getItem(action.getSelectionIndex());
      action.removeAll();
      action.add(ALL);
      entries.stream().map(AuditEntry::action).distinct().sorted().forEach(action::add);
      action.select(Math.max(0, java.util.Arrays.asList(action.getItems()).indexOf(chosen)));
      table.setInput(entries);
      chain.setText(open.audit().verify().map(problem -> "The audit trail is BROKEN at " + problem + ".")
          .orElse(entries.size() + " entries; every link of the chain holds; " + entries.stream().filter(e -> e.signature() != null).count()
              + " signed by their actor, every signature verified."));
    } catch (StoreException e) {
      table.setInput(List.of());
      chain.setText(e.getMessage());
    }
    chain.getParent().layout();
  }

  @Focus
  public void focus() {
    reload();
    filter.setFocus();
  }
}
