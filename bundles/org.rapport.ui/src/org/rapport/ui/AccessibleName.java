// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/** The name a screen reader gives a control that no label names ("…" buttons, lists, text panes). */
public final class AccessibleName {

  private AccessibleName() {
  }

  /** Gives {@code control} the accessible name {@code name}. */
  public static void set(Control control, String name) {
    control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
      @Override
      public void getName(AccessibleEvent event) {
        event.result = name;
      }
    });
  }
}
