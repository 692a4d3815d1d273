// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Pieces every editor's form is built from, so that the editors look and behave alike. */
public final class Forms {

  private Forms() {
  }

  /** A row across a two-column form, without margins, for {@code columns} controls side by side (a header, a step bar). */
  public static Composite row(Composite form, int columns) {
    Composite row = new Composite(form, SWT.NONE);
    row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    GridLayout layout = new GridLayout(columns, false);
    layout.marginWidth = 0;
    row.setLayout(layout);
    return row;
  }

  /** A line of wrapped text across a two-column form (a status line, a note). */
  public static Label line(Composite form) {
    Label line = new Label(form, SWT.WRAP);
    line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    return line;
  }

  /** A push button of a step bar; {@code dataKey} and {@code key} let tests find it. */
  public static Button stepButton(Composite parent, String text, String dataKey, String key, Runnable action) {
    Button button = new Button(parent, SWT.PUSH);
    button.setText(text);
    button.setData(dataKey, key);
    button.addListener(SWT.Selection, event -> action.run());
    return button;
  }

  /**
   * Tab and Shift+Tab leave a multi-line field instead of typing a tab (Rapport's texts need none),
   * so that every form can be filled in from the keyboard.
   */
  public static Text tabLeaves(Text text) {
    text.addListener(SWT.Traverse, event -> {
      if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
        event.doit = true;
      }
    });
    return text;
  }
}
