// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.ui.UiMessages;

/**
 * Who works in the casebook, in the window's bottom line: the person signed in with their role, or
 * reading only. The window title says the same; the status line keeps it in sight when the title is
 * cut short or hidden.
 */
public final class PersonStatusControl {

  /** Widget data key of the label, for tests. */
  public static final String DATA_KEY = "rapport.person.status";

  /** Looked up on each change: the casebook and the user may reach the context after this control is made. */
  @Inject
  private IEclipseContext context;
  @Inject
  @Translation
  private AppMessages texts;
  private Label label;

  @PostConstruct
  void create(Composite parent) {
    Composite box = new Composite(parent, SWT.NONE);
    GridLayout layout = new GridLayout(2, false);
    layout.marginHeight = 2;
    layout.marginWidth = 6;
    layout.horizontalSpacing = 8;
    box.setLayout(layout);
    label = new Label(box, SWT.NONE);
    label.setData(DATA_KEY, Boolean.TRUE);
    label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    Label separator = new Label(box, SWT.SEPARATOR | SWT.VERTICAL);   // from what other bundles add to the line
    GridData line = new GridData(SWT.CENTER, SWT.FILL, false, true);
    line.heightHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
    separator.setLayoutData(line);
    update();
  }

  @Inject
  @Optional
  void userChanged(@UIEventTopic(CurrentUser.TOPIC_CHANGED) OpenCasebook casebook) {
    update();
  }

  @Inject
  @Optional
  void casebookOpened(@UIEventTopic(ActiveCasebook.TOPIC_OPENED) Object opened) {
    update();
  }

  @Inject
  @Optional
  void casebookClosed(@UIEventTopic(ActiveCasebook.TOPIC_CLOSED) Object closed) {
    update();
  }

  private void update() {
    if (label == null || label.isDisposed()) {
      return;
    }
    ActiveCasebook active = context.get(ActiveCasebook.class);
    CurrentUser user = context.get(CurrentUser.class);
    OpenCasebook open = active == null ? null : active.current().orElse(null);
    String line = open == null || user == null ? ""
        : user.in(open).map(person -> java.text.MessageFormat.format(texts.person_signedIn, SignInAddon.withRole(person, UiMessages.in(context))))
            .orElse(texts.person_readingOnly);
    label.setText(line);
    label.getShell().layout(new org.eclipse.swt.widgets.Control[] {label});   // the trim bar grows to the text, not just its box
  }
}
