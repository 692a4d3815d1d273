// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.install.internal.LocalTransport;

/** p2's transport in Rapport reads local files and refuses every network address. */
@SuppressWarnings("restriction")
class LocalTransportTest {

  @TempDir
  Path folder;

  private final LocalTransport transport = new LocalTransport();

  @Test
  void readsALocalFile() throws Exception {
    Path file = Files.writeString(folder.resolve("content.xml"), "<repository/>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(transport.download(file.toUri(), out, new NullProgressMonitor()).isOK());
    assertEquals("<repository/>", out.toString());
    assertEquals(file.toFile().lastModified(), transport.getLastModified(file.toUri(), new NullProgressMonitor()));
  }

  @Test
  void aMissingFileIsNotFound() {
    URI missing = folder.resolve("none.xml").toUri();
    assertThrows(FileNotFoundException.class, () -> transport.getLastModified(missing, new NullProgressMonitor()));
    assertThrows(FileNotFoundException.class, () -> transport.stream(missing, new NullProgressMonitor()));
  }

  @Test
  void refusesTheNetwork() {
    URI remote = URI.create("https://download.example.org/releases/content.jar");
    CoreException refused = assertThrows(CoreException.class, () -> transport.stream(remote, new NullProgressMonitor()));
    assertTrue(refused.getStatus().getMessage().contains("never uses the network"), refused.getStatus().getMessage());
    IStatus status = transport.download(remote, new ByteArrayOutputStream(), new NullProgressMonitor());
    assertEquals(IStatus.ERROR, status.getSeverity());
  }
}
