// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.ui.PartStacks;

/**
 * File > Lab Desk (Ctrl+Alt+D): shows the desk as a tab beside the casebook explorer, where a
 * supervisor moves between the trainees' casebooks.
 */
public class ShowDeskHandler {

  public static final String DESCRIPTOR = "org.rapport.desk.partdescriptor.desk";

  @Execute
  public void execute(EPartService parts, EModelService models, MApplication application) {
    PartStacks.show(DESCRIPTOR, PartStacks.LEFT, parts, models, application);
  }
}
