// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The lab status in the window's bottom line: shared or not, syncing, in step, offline, conflicts. */
public final class SyncStatusControl {

  /** Widget data key of the status label, for tests. */
  public static final String DATA_KEY = "rapport.sync.status";

  private Label label;
  private LabState state;
  private final Runnable update = this::update;

  @PostConstruct
  void create(Composite parent, @Optional LabState state) {
    Composite box = new Composite(parent, SWT.NONE);
    GridLayout layout = new GridLayout(1, false);
    layout.marginHeight = 2;
    layout.marginWidth = 6;
    box.setLayout(layout);
    label = new Label(box, SWT.NONE);
    label.setData(DATA_KEY, Boolean.TRUE);
    label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    this.state = state;
    if (state != null) {
      state.addListener(update);
    }
    update();
  }

  private void update() {
    if (label != null && !label.isDisposed()) {
      String line = state == null ? "" : state.line();
      label.setText(line);
      label.setToolTipText(state == null || state.last() == null ? null : state.last().message());
      label.getShell().layout(new org.eclipse.swt.widgets.Control[] {label});   // the trim bar grows to the text, not just its box
    }
  }

  @PreDestroy
  void dispose() {
    if (state != null) {
      state.removeListener(update);
    }
  }
}
