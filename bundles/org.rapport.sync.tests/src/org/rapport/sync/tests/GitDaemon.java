// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code git daemon} on 127.0.0.1 and a free port, serving the bare repositories under one
 * folder with pushes allowed, as a lab machine would run it. Stopped with SIGKILL, as a server that
 * goes away does, and started again on the same port.
 */
final class GitDaemon implements AutoCloseable {

  private final Path base;
  private final int port;
  private Process process;

  private GitDaemon(Path base, int port) {
    this.base = base;
    this.port = port;
  }

  static GitDaemon start(Path base) throws IOException, InterruptedException {
    Files.createDirectories(base);
    GitDaemon daemon = new GitDaemon(base, Loopback.freePort());
    daemon.restart();
    return daemon;
  }

  /** A new empty bare repository, pushes allowed. */
  String bare(String name) throws IOException, InterruptedException {
    Path repository = base.resolve(name + ".git");
    git(base, "init", "--bare", "--initial-branch=main", repository.toString());
    git(base, "--git-dir=" + repository, "config", "daemon.receivepack", "true");
    return url(name);
  }

  String url(String name) {
    return "git://127.0.0.1:" + port + "/" + name + ".git";
  }

  void restart() throws IOException, InterruptedException {
    // git-daemon itself, not the "git" wrapper that would run it as a child and leave it alive when killed
    process = new ProcessBuilder("/usr/lib/git-core/git-daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port, "--base-path=" + base,
        "--export-all", "--enable=receive-pack", "--informative-errors", base.toString())
        .redirectErrorStream(true).redirectOutput(base.resolveSibling("git-daemon.log").toFile()).start();
    Loopback.awaitListening(process, port, "git daemon (see " + base.resolveSibling("git-daemon.log") + ")");
  }

  /** Kills the server with SIGKILL (by its pid), as a machine that loses power would stop it. */
  void kill() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  /** Runs Debian's git with {@code args} in {@code folder}; fails the test when it fails. */
  static String git(Path folder, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Someone", "-c", "user.email=someone@lab.invalid"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + output);
    }
    return output;
  }
}
