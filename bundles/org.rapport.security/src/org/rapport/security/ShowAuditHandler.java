package org.rapport.security;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Casebook > Audit Trail (Ctrl+Alt+T): shows the Audit Trail part beside Problems and Search. */
public class ShowAuditHandler {

  static final String DESCRIPTOR = "org.rapport.security.partdescriptor.audit";

  @Execute
  public void execute(EPartService parts, EModelService models, MApplication application) {
    MPart part = parts.findPart(DESCRIPTOR);
    if (part == null) {
      part = parts.createPart(DESCRIPTOR);
      if (models.find("org.rapport.app.partstack.bottom", application) instanceof MPartStack bottom) {
        bottom.getChildren().add(part);
      }
    }
    parts.showPart(part, PartState.ACTIVATE);
  }
}
