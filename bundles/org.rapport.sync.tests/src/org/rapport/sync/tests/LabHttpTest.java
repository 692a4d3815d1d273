// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabCredentials;

/** Sync over smart HTTP (Debian's git http-backend behind lighttpd with basic authentication). */
class LabHttpTest {

  @TempDir
  Path work;

  @BeforeAll
  static void store() throws InterruptedException {
    LabSyncTest.storeFromTheServiceRegistry();
  }

  @Test
  void theRightPasswordSharesAndClonesAndAWrongOneIsRefusedNotOffline() throws Exception {
    try (LabHttpServer server = LabHttpServer.start(work.resolve("http"))) {
      String remote = server.bare("lab");
      LabCredentials right = new LabCredentials(LabHttpServer.USER, LabHttpServer.PASSWORD.toCharArray());
      Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
      CasebookSync sync = new CasebookSync(LabSyncTest.store);
      try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
        Outcome wrong = sync.share(casebook, remote, new LabCredentials(LabHttpServer.USER, "guessed".toCharArray()), "P-trainee-1",
            Runnable::run, step -> { });
        assertEquals(State.DENIED, wrong.state(), wrong.message());
        assertTrue(wrong.message().startsWith("The lab at " + remote + " refused the user name or password"), wrong.message());

        Outcome none = sync.sync(casebook, LabCredentials.none(), "P-trainee-1", Runnable::run, step -> { });
        assertEquals(State.DENIED, none.state(), none.message());

        Outcome shared = sync.sync(casebook, right, "P-trainee-1", Runnable::run, step -> { });
        assertEquals(State.IN_STEP, shared.state(), shared.message());
        assertTrue(shared.sent() > 20, "the casebook went over HTTP: " + shared.sent());
      }
      String config = Files.readString(trainee.resolve(".lab/config"));
      assertFalse(config.contains(LabHttpServer.PASSWORD) || config.contains("guessed"), "no password is kept in the casebook:\n" + config);

      Path supervisor = work.resolve("supervisor");
      Outcome cloned = sync.clone(remote, supervisor, right, null, step -> { });
      assertEquals(State.IN_STEP, cloned.state(), cloned.message());
      assertTrue(Files.isRegularFile(supervisor.resolve("clients/CL-0552/sessions/02-reflection.xmi")));
    }
  }
}
