// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/** A free port on 127.0.0.1 for a test's server, and waiting until the server listens on it. */
final class Loopback {

  private Loopback() {
  }

  static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }

  /** Waits up to 15 s until {@code server} listens on {@code port}; {@code what} names it when it stops or never listens. */
  static void awaitListening(Process server, int port, String what) throws IOException, InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < until) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        if (!server.isAlive()) {
          throw new IOException(what + " stopped at start");
        }
        Thread.sleep(50);
      }
    }
    server.destroyForcibly();
    throw new IOException(what + " did not listen on port " + port);
  }
}
