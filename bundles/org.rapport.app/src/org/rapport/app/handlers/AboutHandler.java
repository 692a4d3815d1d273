// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** Shows what Rapport is and which build is running (supervisors ask for it when reporting a problem). */
public class AboutHandler {

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
    MessageDialog.openInformation(shell, "About Rapport", aboutText());
  }

  static String aboutText() {
    return "Rapport Workbench " + FrameworkUtil.getBundle(AboutHandler.class).getVersion()
        + "\n\nSession plans, boundary agreements and reflection notes for clinical training labs."
        + "\nWorks offline; clients appear only by pseudonymous codes."
        + "\n\nRunning on Java " + Runtime.version() + ".";
  }
}
