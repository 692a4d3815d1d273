// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's lighttpd on 127.0.0.1 and a free port, running Debian's git http-backend for the bare
 * repositories under one folder, behind basic authentication with one user, as a lab's smart-HTTP
 * server would be set up.
 */
final class LabHttpServer implements AutoCloseable {

  static final String USER = "trainee";
  static final String PASSWORD = "correct horse lab";

  private final Path base;
  private final int port;
  private final Process process;

  private LabHttpServer(Path base, int port, Process process) {
    this.base = base;
    this.port = port;
    this.process = process;
  }

  static LabHttpServer start(Path folder) throws IOException, InterruptedException {
    Path base = Files.createDirectories(folder.resolve("srv"));
    int port = Loopback.freePort();
    Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n");
    Path config = folder.resolve("lighttpd.conf");
    Files.writeString(config, String.join("\n",
        "server.document-root = \"" + base + "\"",
        "server.port = " + port,
        "server.bind = \"127.0.0.1\"",
        "server.modules = (\"mod_auth\", \"mod_authn_file\", \"mod_alias\", \"mod_cgi\", \"mod_setenv\")",
        "server.errorlog = \"" + folder.resolve("lighttpd-error.log") + "\"",
        "alias.url = (\"/git/\" => \"/usr/lib/git-core/git-http-backend/\")",
        "$HTTP[\"url\"] =~ \"^/git/\" {",
        "  cgi.assign = (\"\" => \"\")",
        "  setenv.set-environment = (\"GIT_PROJECT_ROOT\" => \"" + base + "\", \"GIT_HTTP_EXPORT_ALL\" => \"\")",
        "  auth.backend = \"plain\"",
        "  auth.backend.plain.userfile = \"" + folder.resolve("users") + "\"",
        "  auth.require = (\"\" => (\"method\" => \"basic\", \"realm\" => \"lab\", \"require\" => \"valid-user\"))",
        "}", ""));
    Process process = new ProcessBuilder("/usr/sbin/lighttpd", "-D", "-f", config.toString()).redirectErrorStream(true)
        .redirectOutput(folder.resolve("lighttpd.log").toFile()).start();
    Loopback.awaitListening(process, port, "lighttpd (see " + folder.resolve("lighttpd.log") + ")");
    return new LabHttpServer(base, port, process);
  }

  /** A new empty bare repository that takes pushes over HTTP. */
  String bare(String name) throws IOException, InterruptedException {
    Path repository = base.resolve(name + ".git");
    GitDaemon.git(base, "init", "--bare", "--initial-branch=main", repository.toString());
    GitDaemon.git(base, "--git-dir=" + repository, "config", "http.receivepack", "true");
    return "http://127.0.0.1:" + port + "/git/" + name + ".git";
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
