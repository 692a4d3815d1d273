// SPDX-License-Identifier: EPL-2.0
package org.rapport.catalogue.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.rapport.ui.PartStacks;

/** Casebook > Catalogues (Ctrl+Alt+K): the Catalogues part, in the bottom stack, gets the keyboard. */
public class ShowCataloguesHandler {

  static final String DESCRIPTOR = "org.rapport.catalogue.ui.partdescriptor.catalogues";

  @Execute
  public void execute(EPartService parts, EModelService models, MApplication application) {
    PartStacks.show(DESCRIPTOR, PartStacks.BOTTOM, parts, models, application);
  }
}
