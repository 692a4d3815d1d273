// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server on 127.0.0.1 and a free port, for the user running the tests, with a host
 * key of its own and one client key allowed in. The client's folder holds what {@code ~/.ssh}
 * would: the key and, when asked for, a {@code known_hosts} line for the server. Stopped by its pid.
 */
final class SshServer implements AutoCloseable {

  private final Path folder;
  private final int port;
  private final Process process;

  private SshServer(Path folder, int port, Process process) {
    this.folder = folder;
    this.port = port;
    this.process = process;
  }

  /** Starts a server in {@code folder} that lets in the key of {@code client} (made there when missing). */
  static SshServer start(Path folder, Path client) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    keyPair(folder.resolve("host_ed25519"));
    keyPair(client.resolve("id_ed25519"));
    Files.copy(client.resolve("id_ed25519.pub"), folder.resolve("authorized_keys"));
    int port = Loopback.freePort();
    Files.writeString(folder.resolve("sshd_config"), String.join("\n",
        "Port " + port,
        "ListenAddress 127.0.0.1",
        "HostKey " + folder.resolve("host_ed25519"),
        "AuthorizedKeysFile " + folder.resolve("authorized_keys"),
        "PidFile " + folder.resolve("sshd.pid"),
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "PermitRootLogin prohibit-password",
        ""));
    try {
      Files.createDirectories(Path.of("/run/sshd"));   // the privilege separation folder sshd wants when run as root
    } catch (IOException notRoot) {
      // a server run by another user does without it
    }
    Process process = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", folder.resolve("sshd_config").toString())
        .redirectErrorStream(true).redirectOutput(folder.resolve("sshd.log").toFile()).start();
    Loopback.awaitListening(process, port, "sshd (see " + folder.resolve("sshd.log") + ")");
    return new SshServer(folder, port, process);
  }

  /** The address of {@code repository} (an absolute folder) on this server, for the user running the tests. */
  String url(Path repository) {
    return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + repository.toAbsolutePath();
  }

  /** Writes the server's host key into {@code client}'s known_hosts, as a user who checked it would. */
  void trustedBy(Path client) throws IOException {
    String[] key = Files.readString(folder.resolve("host_ed25519.pub")).strip().split(" ");
    Files.writeString(client.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + key[0] + " " + key[1] + "\n");
  }

  private static void keyPair(Path key) throws IOException, InterruptedException {
    if (Files.exists(key)) {
      return;
    }
    Files.createDirectories(key.getParent());
    Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "rapport-test", "-f", key.toString())
        .redirectErrorStream(true).start();
    String said = new String(keygen.getInputStream().readAllBytes());
    if (!keygen.waitFor(30, TimeUnit.SECONDS) || keygen.exitValue() != 0) {
      throw new IOException("ssh-keygen failed: " + said);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder(List.of("kill", "-9", Long.toString(process.pid()))).start().waitFor();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
