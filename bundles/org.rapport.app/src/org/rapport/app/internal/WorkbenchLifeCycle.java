package org.rapport.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Keeps a damaged window layout from stopping the application. The workbench restores its layout
 * from {@code workbench.xmi}; a crash while that file was written leaves it unreadable. Before the
 * model is loaded we check that it is well-formed and, if not, move it aside so that the default
 * layout is used; the user's documents are not stored there and are unaffected.
 */
@SuppressWarnings("restriction")
public class WorkbenchLifeCycle {

  static final String PERSISTED_MODEL = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi";

  @PostContextCreate
  public void guardPersistedLayout(@Optional @Named(E4Workbench.INSTANCE_LOCATION) Location instance,
      @Optional Logger logger) {
    if (instance == null) {
      // E4Application publishes the location in the context only after this hook has run
      instance = Platform.getInstanceLocation();
    }
    if (instance == null || instance.getURL() == null) {
      return;
    }
    Path persisted;
    try {
      persisted = Paths.get(instance.getURL().toURI()).resolve(PERSISTED_MODEL);
    } catch (URISyntaxException | IllegalArgumentException e) {
      persisted = Path.of(instance.getURL().getPath()).resolve(PERSISTED_MODEL);
    }
    String problem = PersistedLayout.problemWith(persisted);
    if (problem == null) {
      return;
    }
    Path aside = persisted.resolveSibling("workbench.xmi.unreadable-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    try {
      Files.move(persisted, aside, StandardCopyOption.REPLACE_EXISTING);
      if (logger != null) {
        logger.warn("The saved window layout could not be read (" + problem + "); it was moved to " + aside
            + " and the default layout is used.");
      }
    } catch (IOException e) {
      if (logger != null) {
        logger.error(e, "The saved window layout could not be read (" + problem + ") nor moved aside.");
      }
    }
  }
}
