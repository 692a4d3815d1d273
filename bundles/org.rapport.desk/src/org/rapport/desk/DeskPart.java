// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.rapport.model.Document;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.FollowedCasebooks;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.DocumentParts;

/**
 * The Lab Desk: every lab casebook this workstation follows (each trainee's, for a supervisor),
 * with the reflections awaiting the signed-in person's review in each, the longest waiting first.
 * Enter opens a casebook, or a note in its casebook; Sync All brings every casebook in step with
 * the lab; Delete stops following one. Everything shown comes from the casebooks' indexes, read
 * off the UI thread, so a desk of thirty casebooks never holds up the window.
 */
public class DeskPart {

  /** Widget data keys by which tests find the tree, the buttons and the status line. */
  public static final String TREE_KEY = "org.rapport.desk.tree";
  public static final String STATUS_KEY = "org.rapport.desk.status";
  public static final String SYNC_ALL = "&Sync All";

  static final String OPEN_CASEBOOK = "org.rapport.app.command.openCasebook";
  static final String FOLDER = "org.rapport.app.commandparameter.folder";
  static final String OPEN_DOCUMENT = "org.rapport.app.command.openDocument";
  static final String DOCUMENT_ID = "org.rapport.app.commandparameter.documentId";
  static final String SYNC_NOW = "org.rapport.sync.ui.command.syncNow";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  @Inject
  @Optional
  private ActiveCasebook active;
  @Inject
  @Optional
  private CurrentUser user;
  @Inject
  @Optional
  private CasebookStore store;
  @Inject
  private ECommandService commands;
  @Inject
  private EHandlerService handlers;

  private final FollowedCasebooks followed = FollowedCasebooks.ofThisWorkstation();
  /** How each casebook's last Sync All ended, shown beside it until the next one. */
  private final Map<Path, String> lastSync = new HashMap<>();
  private TreeViewer viewer;
  private Label status;
  private Button syncAll;
  private Display display;
  /**
   * The person signed in, kept while another casebook waits for a sign-in: what awaits review is
   * theirs, and encrypted casebooks shared with them open with their key.
   */
  private Signer reviewer;
  /** Bumped at each reading, so that a slow reading finished after a newer one is dropped. */
  private int reading;
  private volatile boolean syncing;
  private volatile boolean disposed;

  @PostConstruct
  public void create(Composite parent) {
    display = parent.getDisplay();
    parent.setLayout(new GridLayout(2, false));
    Label intro = new Label(parent, SWT.WRAP);
    intro.setText("Lab casebooks on this workstation, and the reflections awaiting your review in each.");
    intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

    viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
    viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
    viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    viewer.setContentProvider(new Content());
    viewer.setLabelProvider(new Labels());
    viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
    viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
    viewer.getTree().addListener(SWT.KeyDown, event -> {
      if (event.keyCode == SWT.DEL && ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof DeskCasebook casebook) {
        stopFollowing(casebook);
      }
    });

    syncAll = new Button(parent, SWT.PUSH);
    syncAll.setText(SYNC_ALL);
    syncAll.setToolTipText("Bring every casebook of the desk in step with the lab");
    syncAll.addListener(SWT.Selection, event -> syncAll());
    status = new Label(parent, SWT.WRAP);
    status.setData(STATUS_KEY, Boolean.TRUE);
    status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    refresh();
  }

  /** The tree takes the keyboard when the part is activated, unless a control of the desk (Sync All) just took it. */
  @Focus
  void focus() {
    for (org.eclipse.swt.widgets.Control focused = display.getFocusControl(); focused != null; focused = focused.getParent()) {
      if (focused == viewer.getTree().getParent()) {
        return;
      }
    }
    viewer.getTree().setFocus();
  }

  @PreDestroy
  void dispose() {
    disposed = true;
  }

  // ---- what makes the desk read again

  @Inject
  @Optional
  void opened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) OpenCasebook casebook) {
    refresh();
  }

  @Inject
  @Optional
  void closed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Object closed) {
    refresh();
  }

  @Inject
  @Optional
  void signedIn(@UIEventTopic(CurrentUser.TOPIC_CHANGED) Object casebook) {
    String before = reviewerKey();
    updateReviewer();
    if (java.util.Objects.equals(before, reviewerKey())) {
      refreshActive();   // the same reviewer: only the open casebook's line can have changed
    } else {
      refresh();
    }
  }

  /** A save or a sync changed the open casebook: only its line is read again, from memory. */
  @Inject
  @Optional
  void saved(@UIEventTopic(DocumentParts.TOPIC_SAVED) Document document) {
    refreshActive();
  }

  @Inject
  @Optional
  void indexChanged(@UIEventTopic(ActiveCasebook.TOPIC_INDEX_CHANGED) Object changed) {
    refreshActive();
  }

  /** Reads every followed casebook again: the open one from memory at once, the others off the UI thread. */
  void refresh() {
    if (viewer == null || viewer.getTree().isDisposed()) {
      return;
    }
    updateReviewer();
    List<Path> folders = followed.folders();
    java.util.Optional<OpenCasebook> open = windowCasebook();
    int thisReading = ++reading;
    Signer signer = reviewer;
    String key = reviewerKey();
    List<DeskCasebook> shown = new ArrayList<>();
    for (Path folder : folders) {
      shown.add(open.filter(o -> o.folder().equals(folder)).map(o -> DeskReader.summarise(folder, o.index(), key))
          .orElseGet(() -> DeskCasebook.reading(folder)));
    }
    show(shown);
    if (store == null) {
      return;
    }
    DeskReader reader = new DeskReader(store);
    Thread thread = new Thread(() -> {
      List<DeskCasebook> read = new ArrayList<>();
      for (DeskCasebook casebook : shown) {
        read.add(casebook.isReading() ? reader.read(casebook.folder(), signer) : casebook);
      }
      if (!display.isDisposed()) {
        display.asyncExec(() -> {
          if (thisReading == reading && !viewer.getTree().isDisposed()) {
            show(read);
            refreshActive();   // the open casebook may have changed while the others were read
          }
        });
      }
    }, "Rapport desk reading");
    thread.setDaemon(true);
    thread.start();
  }

  private void refreshActive() {
    if (viewer == null || viewer.getTree().isDisposed() || !(viewer.getInput() instanceof List<?> rows)) {
      return;
    }
    updateReviewer();
    String key = reviewerKey();
    windowCasebook().ifPresent(open -> {
      List<DeskCasebook> changed = new ArrayList<>();
      for (Object row : rows) {
        DeskCasebook casebook = (DeskCasebook) row;
        changed.add(casebook.folder().equals(open.folder()) ? DeskReader.summarise(open.folder(), open.index(), key) : casebook);
      }
      show(changed);
    });
  }

  private void updateReviewer() {
    java.util.Optional<OpenCasebook> open = windowCasebook();
    if (user != null && open.isPresent()) {
      user.signer(open.get()).ifPresent(signer -> reviewer = signer);
    }
  }

  /** The reviewer's public key (Base64), or null. */
  private String reviewerKey() {
    return reviewer == null ? null : Keys.encode(reviewer.publicKey());
  }

  private java.util.Optional<OpenCasebook> windowCasebook() {
    return active == null ? java.util.Optional.empty() : active.current();
  }

  private void show(List<DeskCasebook> casebooks) {
    Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    viewer.setInput(casebooks);
    if (selected != null) {
      // the rows are new records; select the same casebook or note again
      for (DeskCasebook casebook : casebooks) {
        if (selected instanceof DeskCasebook before && before.folder().equals(casebook.folder())) {
          viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(casebook));
        }
        for (DeskCasebook.Awaiting note : casebook.awaiting()) {
          if (selected instanceof DeskCasebook.Awaiting before && before.documentId().equals(note.documentId())
              && before.casebook().equals(note.casebook())) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(note));
          }
        }
      }
    }
    if (!syncing) {
      int awaiting = casebooks.stream().mapToInt(casebook -> casebook.awaiting().size()).sum();
      say(casebooks.isEmpty() ? "No lab casebook is on this desk yet. File > Open from Lab… brings one here; a casebook you share"
          + " with a lab comes here too." : casebooks.size() + (casebooks.size() == 1 ? " casebook, " : " casebooks, ") + awaiting
          + (awaiting == 1 ? " note awaits" : " notes await") + " your review.");
    }
  }

  private void say(String text) {
    if (!status.isDisposed()) {
      status.setText(text);
      status.getParent().layout(true, true);
    }
  }

  // ---- acting on a row

  private void open(Object selected) {
    if (syncing) {
      say("Wait until Sync All has finished, then open it.");
      return;
    }
    switch (selected) {
      case DeskCasebook casebook when casebook.problem() != null && !casebook.isReading() ->
          MessageDialog.openInformation(viewer.getTree().getShell(), "Lab Desk", casebook.folder() + "\n\n" + casebook.problem());
      case DeskCasebook casebook -> openCasebook(casebook.folder());
      case DeskCasebook.Awaiting note -> {
        if (openCasebook(note.casebook())) {
          handlers.executeHandler(commands.createCommand(OPEN_DOCUMENT, Map.of(DOCUMENT_ID, note.documentId())));
        }
      }
      default -> {
      }
    }
  }

  /** Makes {@code folder} the window's casebook, as File > Open Casebook does; whether it is now. */
  private boolean openCasebook(Path folder) {
    if (windowCasebook().filter(open -> open.folder().equals(folder)).isEmpty()) {
      handlers.executeHandler(commands.createCommand(OPEN_CASEBOOK, Map.of(FOLDER, folder.toString())));
    }
    return windowCasebook().filter(open -> open.folder().equals(folder)).isPresent();
  }

  private void stopFollowing(DeskCasebook casebook) {
    if (MessageDialog.openQuestion(viewer.getTree().getShell(), "Lab Desk", "Take " + casebook.title() + " off the desk?\n\n"
        + "The casebook stays in " + casebook.folder() + " and stays linked to its lab; opening it puts it back here.")) {
      followed.unfollow(casebook.folder());
      refresh();
    }
  }

  /**
   * Syncs every followed casebook: those not open here one after another off the UI thread, then the
   * open one through its own Sync Now, which asks for a password when its lab wants one.
   */
  void syncAll() {
    if (syncing || store == null) {
      return;
    }
    updateReviewer();
    java.util.Optional<Path> openFolder = windowCasebook().map(OpenCasebook::folder);
    List<Path> folders = followed.folders().stream().filter(folder -> openFolder.filter(folder::equals).isEmpty()).toList();
    Signer signer = reviewer;
    syncing = true;
    syncAll.setEnabled(false);
    DeskSync sync = new DeskSync(store);
    Thread thread = new Thread(() -> {
      try {
        for (int i = 0; i < folders.size() && !disposed; i++) {
          Path folder = folders.get(i);
          String progress = "Syncing " + (i + 1) + " of " + folders.size() + ": " + folder.getFileName() + "…";
          display.asyncExec(() -> say(progress));
          DeskSync.Result result = sync.sync(folder, signer);
          String line = CLOCK.format(LocalTime.now()) + " " + words(result.state()) + (result.state() == CasebookSync.State.IN_STEP ? ""
              : ": " + result.message());
          display.asyncExec(() -> lastSync.put(folder, line));
        }
      } finally {
        if (!display.isDisposed()) {
          display.asyncExec(() -> {
            syncing = false;
            if (!syncAll.isDisposed()) {
              syncAll.setEnabled(true);
              if (openFolder.isPresent() && CasebookSync.isShared(openFolder.get())) {
                handlers.executeHandler(commands.createCommand(SYNC_NOW, Map.of()));
              }
              refresh();
            }
          });
        }
      }
    }, "Rapport desk sync");
    thread.setDaemon(true);
    thread.start();
  }

  private static String words(CasebookSync.State state) {
    return switch (state) {
      case IN_STEP -> "in step";
      case CONFLICTS -> "conflicts wait";
      case OFFLINE -> "offline";
      case DENIED -> "refused";
      case FAILED -> "failed";
    };
  }

  /** The desk's rows, for tests. */
  public TreeViewer viewer() {
    return viewer;
  }

  // ---- the tree

  private static final class Content implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
      return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
      return parent instanceof DeskCasebook casebook ? casebook.awaiting().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
      return null;
    }

    @Override
    public boolean hasChildren(Object element) {
      return element instanceof DeskCasebook casebook && !casebook.awaiting().isEmpty();
    }
  }

  private final class Labels extends LabelProvider {
    @Override
    public String getText(Object element) {
      return switch (element) {
        case DeskCasebook casebook -> casebookText(casebook);
        case DeskCasebook.Awaiting note -> note.client() + " · session " + note.session()
            + (note.when() == null ? "" : " · " + WHEN.format(note.when())) + " · " + note.status();
        default -> super.getText(element);
      };
    }

    /** Whose casebook and what awaits first, as a narrow column cuts the end: the title comes last. */
    private String casebookText(DeskCasebook casebook) {
      StringBuilder text = new StringBuilder(casebook.trainee() != null ? casebook.trainee() : casebook.title());
      if (casebook.problem() != null) {
        text.append(" — ").append(casebook.problem());
      } else {
        int count = casebook.awaiting().size();
        text.append(" — ").append(count == 0 ? "nothing awaits you" : count + (count == 1 ? " awaits" : " await") + " your review");
      }
      if (windowCasebook().filter(open -> open.folder().equals(casebook.folder())).isPresent()) {
        text.append(" (open)");
      }
      String synced = lastSync.get(casebook.folder());
      if (synced != null) {
        text.append(" · ").append(synced);
      }
      if (casebook.trainee() != null) {
        text.append(" — ").append(casebook.title());
      }
      return text.toString();
    }
  }
}
