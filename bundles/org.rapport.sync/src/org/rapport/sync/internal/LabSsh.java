// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * SSH for a lab reached at an {@code ssh://} (or {@code user@host:path}) address: JGit's transport
 * on Apache MINA sshd, with the workstation user's own SSH keys, configuration and known hosts,
 * as {@code git} on that machine would use them ({@code ~/.ssh}, or the folder named by the
 * system property {@value #FOLDER_PROPERTY}). A lab host whose key is not in {@code known_hosts}
 * is refused, never accepted on first sight: Rapport has no one to ask whether the key is the
 * lab's. Set up once per fetch or send and closed after, so no connection outlives a sync.
 */
final class LabSsh implements TransportConfigCallback, AutoCloseable {

  /** The system property naming the folder of the SSH keys and known hosts, instead of {@code ~/.ssh}. */
  static final String FOLDER_PROPERTY = "rapport.ssh.dir";

  private SshdSessionFactory factory;

  @Override
  public void configure(Transport transport) {
    if (transport instanceof SshTransport ssh) {
      if (factory == null) {
        File home = new File(System.getProperty("user.home"));
        String named = System.getProperty(FOLDER_PROPERTY);
        File folder = named == null || named.isBlank() ? new File(home, ".ssh") : Path.of(named).toFile();
        factory = new SshdSessionFactoryBuilder().setHomeDirectory(home).setSshDirectory(folder).build(new JGitKeyCache());
      }
      ssh.setSshSessionFactory(factory);
    }
  }

  @Override
  public void close() {
    if (factory != null) {
      factory.close();
    }
  }
}
