package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes the workbench, which saves the window layout for the next start. */
public class QuitHandler {

  @Execute
  public void execute(IWorkbench workbench) {
    workbench.close();
  }
}
