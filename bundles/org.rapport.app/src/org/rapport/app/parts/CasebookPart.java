// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.parts;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.store.CasebookFolders;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Selections;
import org.rapport.app.internal.AppMessages;
import org.rapport.app.explorer.ExplorerContent;
import org.rapport.app.explorer.ExplorerFilter;
import org.rapport.app.explorer.ExplorerLabels;
import org.rapport.app.internal.DocumentOpener;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.DocumentParts;

/**
 * The casebook explorer on the left of the window: clients, their agreement versions and sessions,
 * and each session's documents with their state, read from the index only. When no casebook is
 * open it says so plainly instead of showing an empty tree.
 */
public class CasebookPart {

  /** Widget data key by which tests find the placeholder. */
  public static final String PLACEHOLDER_KEY = "org.rapport.app.casebook.placeholder";
  /** Widget data key by which tests find the tree and the filter box. */
  public static final String TREE_KEY = "org.rapport.app.casebook.tree";
  public static final String FILTER_KEY = "org.rapport.app.casebook.filter";

  @Inject
  @Optional
  private ActiveCasebook active;
  @Inject
  private MApplication application;
  @Inject
  private EPartService parts;
  @Inject
  private EModelService models;
  @Inject
  private ESelectionService selection;
  @Inject
  @Optional
  private org.rapport.ui.CurrentUser user;
  @Inject
  @Translation
  private AppMessages texts;

  private Composite stack;
  private StackLayout stackLayout;
  private Label placeholder;
  private Composite explorer;
  private TreeViewer viewer;
  private Combo show;
  private Label title;

  @PostConstruct
  public void createControls(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    stack = new Composite(parent, SWT.NONE);
    stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    stackLayout = new StackLayout();
    stack.setLayout(stackLayout);

    placeholder = new Label(stack, SWT.WRAP);
    placeholder.setText(texts.casebook_none);
    placeholder.setData("org.eclipse.e4.ui.css.CssClassName", "placeholder");
    placeholder.setData(PLACEHOLDER_KEY, Boolean.TRUE);

    explorer = new Composite(stack, SWT.NONE);
    GridLayout layout = new GridLayout(2, false);
    layout.marginWidth = 0;
    layout.marginHeight = 0;
    explorer.setLayout(layout);
    title = new Label(explorer, SWT.WRAP);
    title.setData("org.eclipse.e4.ui.css.CssClassName", "casebook-title");
    title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    Label showLabel = new Label(explorer, SWT.NONE);
    showLabel.setText(texts.casebook_show);
    show = new Combo(explorer, SWT.READ_ONLY);
    show.setData(FILTER_KEY, Boolean.TRUE);
    show.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    for (ExplorerFilter.Show choice : ExplorerFilter.Show.values()) {
      show.add(choice.label(texts));
    }
    show.select(0);

    LocalDate today = LocalDate.now();
    viewer = new TreeViewer(explorer, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
    viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
    viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    viewer.setUseHashlookup(true);
    viewer.setContentProvider(new ExplorerContent());
    viewer.setLabelProvider(new ExplorerLabels(texts, today, entry -> active != null
        && active.current().map(open -> CasebookFolders.hasConflict(open.folder(), entry.getFile())).orElse(false)));
    // "awaiting my review" is the signed-in person's
    ExplorerFilter filter = new ExplorerFilter(today, () -> user == null || active == null ? "" : active.current().map(user::idIn).orElse(""));
    viewer.addFilter(filter);
    show.addListener(SWT.Selection, event -> {
      filter.setShow(ExplorerFilter.Show.values()[show.getSelectionIndex()]);
      viewer.refresh();
      if (filter.show() != ExplorerFilter.Show.ALL) {
        viewer.expandAll();   // a filtered tree is small; show every match
      }
    });

    // the selection is the workbench's: New Session works on the client selected here
    viewer.addSelectionChangedListener(event -> {
      Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
      selection.setSelection(selected);
      // also while an editor has the keyboard: New Session, New Session Plan ... act on it
      application.getContext().set(Selections.EXPLORER, selected);
    });
    // double-click or Enter opens a document in its editor
    viewer.addOpenListener(event -> {
      Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
      if (selected instanceof DocumentEntry entry && active != null) {
        active.current().ifPresent(open -> DocumentOpener.open(entry, open, application, parts, models, viewer.getTree().getShell()));
      } else if (selected != null) {
        viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
      }
    });

    showCasebook(active == null ? null : active.current().orElse(null));
  }

  /** Someone else signed in, and with them what awaits their review. */
  @Inject
  @Optional
  void signedIn(@UIEventTopic(org.rapport.ui.CurrentUser.TOPIC_CHANGED) Object casebook) {
    if (viewer != null && !viewer.getTree().isDisposed()) {
      viewer.refresh();
    }
  }

  /** A client or session was added: show it, selected. */
  @Inject
  @Optional
  void indexChanged(@UIEventTopic(ActiveCasebook.TOPIC_INDEX_CHANGED) Object changed) {
    if (viewer != null && !viewer.getTree().isDisposed()) {
      viewer.refresh();
      viewer.setSelection(new StructuredSelection(changed), true);
    }
  }

  /** A saved document's status may have changed: its label is redrawn from the index. */
  @Inject
  @Optional
  void documentSaved(@UIEventTopic(DocumentParts.TOPIC_SAVED) Document document) {
    if (viewer != null && !viewer.getTree().isDisposed()) {
      viewer.refresh();
    }
  }

  @Inject
  @Optional
  void casebookOpened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook opened) {
    showCasebook(opened);
  }

  @Inject
  @Optional
  void casebookClosed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Boolean closed) {
    showCasebook(null);
  }

  private void showCasebook(OpenCasebook casebook) {
    if (viewer == null || viewer.getTree().isDisposed()) {
      return;
    }
    viewer.setInput(casebook == null ? null : casebook.index());
    application.getContext().set(Selections.EXPLORER, null);   // nothing of another casebook stays selected
    title.setText(casebook == null ? "" : String.valueOf(casebook.index().getTitle()).replace("&", "&&"));
    title.setToolTipText(casebook == null ? null : casebook.folder().toString());
    stackLayout.topControl = casebook == null ? placeholder : explorer;
    stack.layout(true, true);
  }

  /** The tree, for tests and for the handlers that act on the selection. */
  public TreeViewer viewer() {
    return viewer;
  }

  @Focus
  public void setFocus() {
    (stackLayout.topControl == explorer ? viewer.getTree() : placeholder).setFocus();
  }
}
