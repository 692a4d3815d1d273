// SPDX-License-Identifier: EPL-2.0
package org.rapport.audit.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.ui.PartStacks;

/** Casebook > Audit Trail (Ctrl+Alt+T): shows the Audit Trail part beside Problems and Search. */
public class ShowAuditHandler {

  public static final String DESCRIPTOR = "org.rapport.security.partdescriptor.audit";

  @Execute
  public void execute(EPartService parts, EModelService models, MApplication application) {
    PartStacks.show(DESCRIPTOR, PartStacks.BOTTOM, parts, models, application);
  }
}
