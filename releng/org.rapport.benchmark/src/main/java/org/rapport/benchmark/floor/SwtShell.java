// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark.floor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The lower floor of the start-up measurement: a plain SWT shell with one empty composite, no
 * OSGi, started with the product's Java runtime and SWT jar. Like the probe, it prints the time once
 * the shell is open and the UI loop has come round, then closes.
 */
public final class SwtShell {

  private SwtShell() {
  }

  public static void main(String[] args) {
    Display display = new Display();
    Shell shell = new Shell(display);
    shell.setText("Plain SWT");
    shell.setLayout(new FillLayout());
    new Composite(shell, SWT.NONE);
    shell.setBounds(40, 40, 1200, 800);
    shell.open();
    display.asyncExec(() -> {
      System.out.println("rapport-probe ready " + System.currentTimeMillis());
      shell.close();
    });
    while (!shell.isDisposed()) {
      if (!display.readAndDispatch()) {
        display.sleep();
      }
    }
    display.dispose();
  }
}
