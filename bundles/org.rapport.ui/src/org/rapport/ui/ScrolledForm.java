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
    scroller.addListener(SWT.Resize, event -> {
      fit();
      keepTopInView();
    });
  }

  /**
   * A field focused before the part was first laid out scrolled the form as if the window had no
   * height, hiding its first lines (a plan's note, the status line). Once the form has its size, it
   * shows its top again when the focused field fits there.
   */
  private void keepTopInView() {
    Control focus = scroller.getDisplay().getFocusControl();
    if (scroller.getOrigin().y == 0 || focus == null || !isInForm(focus)) {
      return;
    }
    int bottom = body.getDisplay().map(focus.getParent(), body, focus.getBounds()).y + focus.getBounds().height;
    if (bottom <= scroller.getClientArea().height) {
      scroller.setOrigin(scroller.getOrigin().x, 0);
    }
  }

  private boolean isInForm(Control control) {
    for (Control current = control; current != null; current = current.getParent()) {
      if (current == body) {
        return true;
      }
    }
    return false;
  }

  /** How far down the form is scrolled, in pixels: 0 when its first line shows (for tests). */
  public int scrolledBy() {
    return scroller.getOrigin().y;
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
