// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.rapport.extension.Extensions;
import org.rapport.model.Catalogue;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.Catalogues;
import org.rapport.ui.ChosenProgramme;
import org.rapport.ui.CurrentUser;
import org.rapport.store.CasebookStore;
import org.rapport.store.StoreException;
import org.rapport.ui.DocumentParts;

/**
 * Keeps a damaged window layout from stopping the application. The workbench restores its layout
 * from {@code workbench.xmi}; a crash while that file was written leaves it unreadable. Before the
 * model is loaded we check that it is well-formed and, if not, move it aside so that the default
 * layout is used; the user's documents are not stored there and are unaffected. Then the casebook
 * to work on is opened, so that the parts find it when they are created.
 */
@SuppressWarnings("restriction")
public class WorkbenchLifeCycle {

  static final String PERSISTED_MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";
  static final String MAIN_WINDOW = "org.rapport.app.window.main";
  /** Whether the window comes from a layout saved at the last exit (else it is the model's default). */
  private boolean layoutRestored;

  @PostContextCreate
  public void beforeTheModelLoads(IEclipseContext context, @Optional @Named(E4Workbench.INSTANCE_LOCATION) Location instance,
      @Optional Logger logger, @Optional IApplicationContext application, @Optional CasebookStore store,
      @Optional Extensions extensions, IEventBroker events) {
    WorkbenchLanguage.apply(context, RapportPreferences.language());
    layoutRestored = guardPersistedLayout(instance, logger) && !"true".equalsIgnoreCase(String.valueOf(context.get(E4Workbench.CLEAR_PERSISTED_STATE)));
    openStartupCasebook(context, application, store, extensions, events, logger);
  }

  /**
   * Document editors hold a document read from the store, which does not survive a restart; their
   * parts are removed from a restored layout instead of coming back empty.
   */
  @ProcessRemovals
  public void removeDocumentParts(MApplication application, EModelService models) {
    for (MPart part : models.findElements(application, null, MPart.class, List.of(DocumentParts.DOCUMENT_PART))) {
      var parent = part.getParent();
      if (parent != null) {
        // a stack still selecting a removed part fails to render (quit with a document open, start again)
        if (parent.getSelectedElement() == part) {
          parent.setSelectedElement(null);
        }
        parent.getChildren().remove(part);
      }
    }
  }

  /**
   * Puts the {@link ActiveCasebook} into the application's context and opens the casebook chosen by
   * {@link StartupCasebook}; a casebook that cannot be opened is explained, and the window starts empty.
   */
  private static void openStartupCasebook(IEclipseContext context, IApplicationContext application, CasebookStore store,
      Extensions extensions, IEventBroker events, Logger logger) {
    if (store == null) {
      report(logger, null, "The casebook store is not available; the installation may be incomplete.");
      return;
    }
    ActiveCasebook active = new ActiveCasebook(store, events);
    context.set(ActiveCasebook.class, active);
    // still read on first use: the institutions' files are not read before the window shows
    context.set(Catalogues.class, new Catalogues(() -> builtInCatalogue(store, logger),
        builtIn -> extensions == null ? builtIn : withExtensions(extensions, builtIn, logger)));
    context.set(CurrentUser.class, new CurrentUser(events));
    context.set(ChosenProgramme.class, new ChosenProgramme(RapportPreferences::programme, extensions));
    Path chosen = null;
    try {
      String[] args = application == null ? new String[0]
          : (String[]) application.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
      java.util.Optional<Path> folder = StartupCasebook.choose(Arrays.asList(args), LastCasebook.read(), installFolder(),
          Path.of(System.getProperty("user.home"), ".rapport"));
      if (folder.isPresent()) {
        chosen = folder.get();
        openAsking(active, chosen);
        LastCasebook.remember(chosen);
      }
    } catch (StoreException | IOException | RuntimeException e) {
      report(logger, e, "The casebook " + (chosen == null ? "" : chosen + " ") + "could not be opened: " + e.getMessage());
    }
  }

  /** Opens the start-up casebook, asking for its passphrase first when it is encrypted (before the window shows). */
  private static void openAsking(ActiveCasebook active, Path folder) throws StoreException {
    if (!org.rapport.store.CasebookFolders.isEncrypted(folder)) {
      active.open(folder);
      return;
    }
    String problem = null;
    while (true) {
      char[] passphrase = org.rapport.ui.PassphraseDialog.ask(null, "Rapport", "The casebook " + folder.getFileName()
          + " is encrypted. Type its passphrase, or your own if it is shared with you.", problem);
      if (passphrase == null) {
        return;   // the window starts without a casebook; File > Open Recent opens it later
      }
      try {
        active.open(folder, passphrase);
        return;
      } catch (org.rapport.store.PassphraseException e) {
        if (!e.wrong()) {
          throw e;
        }
        problem = "Wrong passphrase. Try again, or Cancel to start without a casebook.";
      } finally {
        org.rapport.ui.PassphraseDialog.clear(passphrase);
      }
    }
  }

  /**
   * The catalogue the installation ships ({@code seeds/catalogue}), or the file named by the system
   * property {@code rapport.catalogue}; none when it cannot be read (editors then show ids).
   */
  private static List<Catalogue> builtInCatalogue(CasebookStore store, Logger logger) {
    String configured = System.getProperty("rapport.catalogue");
    java.util.Optional<Path> file = configured != null && !configured.isBlank() ? java.util.Optional.of(Path.of(configured))
        : installFolder().map(folder -> folder.resolve("seeds/catalogue/rapport.catalogue.xmi"));
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return List.of();
    }
    try {
      return List.of(store.readCatalogue(file.get()));
    } catch (StoreException e) {
      if (logger != null) {
        logger.error(e, "The built-in catalogue could not be read: " + e.getMessage());
      }
      return List.of();
    }
  }

  /** The built-in catalogues with the institutions' added; what the extensions could not contribute is logged. */
  private static List<Catalogue> withExtensions(Extensions extensions, List<Catalogue> builtIn, Logger logger) {
    List<Catalogue> all = extensions.catalogues(builtIn);
    if (logger != null) {
      extensions.problems().forEach(problem -> logger.warn("Extension problem: " + problem));
    }
    return all;
  }

  private static void report(Logger logger, Throwable e, String message) {
    if (logger != null) {
      logger.error(e, message);
    }
    MessageDialog.openError(null, "Rapport", message + "\n\nUse File > Open Casebook to choose another one.");
  }

  private static java.util.Optional<Path> installFolder() {
    Location install = Platform.getInstallLocation();
    if (install == null || install.getURL() == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Paths.get(install.getURL().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return java.util.Optional.of(Path.of(install.getURL().getPath()));
    }
  }

  /** Moves a saved layout that cannot be read aside; whether a readable one is there to be restored. */
  private static boolean guardPersistedLayout(Location instance, Logger logger) {
    if (instance == null) {
      // E4Application publishes the location in the context only after this hook has run
      instance = Platform.getInstanceLocation();
    }
    if (instance == null || instance.getURL() == null) {
      return false;
    }
    Path persisted;
    try {
      persisted = Paths.get(instance.getURL().toURI()).resolve(PERSISTED_MODEL);
    } catch (URISyntaxException | IllegalArgumentException e) {
      persisted = Path.of(instance.getURL().getPath()).resolve(PERSISTED_MODEL);
    }
    String problem = PersistedLayout.problemWith(persisted);
    String model = applicationModelDigest(logger);
    // e4 restores a saved layout instead of the application model: one saved by an older version
    // would hide the menu items and parts an update brought, so it is set aside as well
    String older = problem != null || model == null ? null : PersistedLayout.staleness(persisted, model);
    boolean kept = problem == null && older == null;
    if (!kept) {
      String kind = problem != null ? "unreadable-" : "older-";
      Path aside = persisted.resolveSibling("workbench.xmi." + kind + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      try {
        Files.move(persisted, aside, StandardCopyOption.REPLACE_EXISTING);
        if (logger != null && problem != null) {
          logger.warn("The saved window layout could not be read (" + problem + "); it was moved to " + aside
              + " and the default layout is used.");
        } else if (logger != null) {
          logger.info("The saved window layout was not used (" + older + "); it was moved to " + aside
              + " and the default layout is used, so that every menu item and part of this version shows.");
        }
      } catch (IOException e) {
        if (logger != null) {
          logger.error(e, "The saved window layout could not be used (" + (problem != null ? problem : older) + ") nor moved aside.");
        }
      }
    }
    if (model != null) {
      try {
        PersistedLayout.stamp(persisted, model);   // the layout saved at exit is made with this model
      } catch (IOException e) {
        if (logger != null) {
          logger.warn("The window layout's record of the menus and parts could not be written: " + e.getMessage());
        }
      }
    }
    return kept && Files.isRegularFile(persisted);
  }

  /** The digest of this version's application model, or null when it cannot be read (then a saved layout is kept). */
  private static String applicationModelDigest(Logger logger) {
    org.osgi.framework.Bundle bundle = Platform.getBundle("org.rapport.app");
    java.net.URL model = bundle == null ? null : bundle.getEntry("Application.e4xmi");
    try {
      return model == null ? null : PersistedLayout.digestOf(model.openStream());
    } catch (IOException e) {
      if (logger != null) {
        logger.warn("The application model could not be read to compare with the saved layout: " + e.getMessage());
      }
      return null;
    }
  }

  /**
   * Without a saved layout (the first start, or one that could not be read) the main window fills
   * the screen's work area instead of opening as the model's small default box.
   */
  @ProcessAdditions
  public void sizeTheFirstWindow(MApplication application) {
    Display display = Display.getCurrent();
    if (layoutRestored || display == null) {
      return;
    }
    Rectangle area = display.getPrimaryMonitor().getClientArea();
    for (MWindow window : application.getChildren()) {
      if (MAIN_WINDOW.equals(window.getElementId())) {
        window.setX(area.x);
        window.setY(area.y);
        window.setWidth(area.width);
        window.setHeight(area.height);
      }
    }
  }
}
