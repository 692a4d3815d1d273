// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.internal;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's transport for Rapport: files on this computer only. Workstations are offline and extensions
 * arrive as archives, so any other address is refused outright instead of timing out on a network
 * that is not there. (The platform's own transport would pull in a whole HTTP stack for nothing.)
 */
@SuppressWarnings("restriction")
public class LocalTransport extends Transport {

  static final String BUNDLE = "org.rapport.install";

  @Override
  public IStatus download(URI from, OutputStream target, IProgressMonitor monitor) {
    try (InputStream in = stream(from, monitor)) {
      in.transferTo(target);
      return Status.OK_STATUS;
    } catch (IOException | CoreException e) {
      return Status.error("Could not read " + from + ": " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream stream(URI from, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
    try {
      return Files.newInputStream(local(from));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new FileNotFoundException(from.toString());
    } catch (IOException e) {
      throw new CoreException(Status.error("Could not read " + from + ": " + e.getMessage(), e));
    }
  }

  @Override
  public long getLastModified(URI from, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
    File file = local(from).toFile();
    if (!file.exists()) {
      throw new FileNotFoundException(from.toString());
    }
    return file.lastModified();
  }

  /** The file behind a {@code file:} address; anything else is refused, since Rapport never uses the network. */
  static Path local(URI from) throws CoreException {
    if (!"file".equalsIgnoreCase(from.getScheme())) {
      throw new CoreException(new Status(IStatus.ERROR, BUNDLE, "Rapport installs extensions only from files on this"
          + " computer and never uses the network; it will not read " + from + "."));
    }
    return Path.of(from);
  }
}
