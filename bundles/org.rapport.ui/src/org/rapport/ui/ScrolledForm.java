// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The body of a document editor that scrolls: it takes the editor's width (never less than what
 * stays usable at 1024 x 768), grows downwards, and scrolls to the field that gets the keyboard.
 */
public final class ScrolledForm {

  /** Narrower than this, the form scrolls sideways instead of squeezing its tables. */
  private static final int MIN_WIDTH = 520;

  private final ScrolledComposite scroller;
  private final Composite body;

  /** A form in {@code parent} (whose layout it sets) with a grid of {@code columns} columns. */
  public ScrolledForm(Composite parent, int columns) {
    parent.setLayout(new FillLayout());
    scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
    scroller.setExpandHorizontal(true);
    scroller.setExpandVertical(true);
    scroller.setShowFocusedControl(true);   // Tab and mnemonics bring the field into view
    body = new Composite(scroller, SWT.NONE);
    body.setLayout(new GridLayout(columns, false));
    scroller.setContent(body);
    scroller.addListener(SWT.Resize, event -> fit());
  }

  public Composite body() {
    return body;
  }

  /** Lays the form out again after its contents changed size. */
  public void fit() {
    if (!scroller.isDisposed()) {
      int width = Math.max(scroller.getClientArea().width, MIN_WIDTH);
      scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
      body.layout(true, true);
    }
  }

  /** Scrolls {@code control} into view. */
  public void show(Control control) {
    scroller.showControl(control);
  }
}
