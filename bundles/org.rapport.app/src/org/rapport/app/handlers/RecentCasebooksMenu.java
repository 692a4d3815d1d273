// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.LastCasebook;
import org.rapport.store.CasebookStore;
import org.rapport.ui.ActiveCasebook;

/** File > Open Recent: the casebooks opened lately, each a menu item that opens it. */
public class RecentCasebooksMenu {

  /** Persisted-state key of a recent item: the casebook's folder. */
  static final String FOLDER = "rapport.recent.folder";

  @AboutToShow
  public void aboutToShow(List<MMenuElement> items, EModelService models, @Optional ActiveCasebook active) {
    Path current = active == null ? null : active.current().map(open -> open.folder()).orElse(null);
    int number = 1;
    for (Path folder : LastCasebook.recent()) {
      if (folder.equals(current) || !Files.isRegularFile(folder.resolve(CasebookStore.INDEX_FILE))) {
        continue;
      }
      MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
      item.setLabel("&" + number++ + " " + folder.getFileName() + "  (" + folder + ")");
      item.setContributionURI("bundleclass://org.rapport.app/" + OpenRecent.class.getName());
      item.getPersistedState().put(FOLDER, folder.toString());
      items.add(item);
    }
    if (items.isEmpty()) {
      MDirectMenuItem none = models.createModelElement(MDirectMenuItem.class);
      none.setLabel("(no other casebook opened lately)");
      none.setEnabled(false);
      none.setContributionURI("bundleclass://org.rapport.app/" + OpenRecent.class.getName());
      items.add(none);
    }
  }

  /** What a recent item does when chosen. */
  public static class OpenRecent {

    @Execute
    public void execute(MDirectMenuItem item, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active,
        CasebookStore store, MApplication application, EPartService parts, EModelService models) {
      String folder = item.getPersistedState().get(FOLDER);
      if (folder != null) {
        OpenCasebookHandler.open(Path.of(folder), shell, active, store, application, parts, models);
      }
    }
  }
}
