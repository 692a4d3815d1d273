// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.sync.tests.Workstation.load;
import static org.rapport.sync.tests.Workstation.sync;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabCredentials;

/**
 * A lab reached over {@code ssh://}: Debian's OpenSSH server on 127.0.0.1 in front of a bare
 * repository, the workstations' SSH keys and known hosts in a folder of the test's own (what
 * {@code ~/.ssh} is on a real workstation).
 */
class LabSshTest {

  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";

  @TempDir
  Path work;
  private SshServer server;
  private Path keys;
  private String remote;

  @BeforeEach
  void startTheServer() throws Exception {
    LabSyncTest.storeFromTheServiceRegistry();
    keys = Files.createDirectories(work.resolve("dot-ssh"));
    server = SshServer.start(work.resolve("sshd"), keys);
    Path bare = work.resolve("srv/lab.git");
    Files.createDirectories(bare.getParent());
    GitDaemon.git(work, "init", "-q", "--bare", "--initial-branch=main", bare.toString());
    remote = server.url(bare);
    System.setProperty("rapport.ssh.dir", keys.toString());
  }

  @AfterEach
  void stopTheServer() throws Exception {
    System.clearProperty("rapport.ssh.dir");
    server.close();
  }

  @Test
  void aCasebookSharedOverSshReachesTheOtherWorkstation() throws Exception {
    server.trustedBy(keys);
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { });
      assertEquals(State.IN_STEP, shared.state(), shared.message());
    }
    Path supervisor = work.resolve("supervisor");
    Outcome cloned = sync().clone(remote, supervisor, LabCredentials.none(), null, s -> { });
    assertEquals(State.IN_STEP, cloned.state(), cloned.message());

    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      SessionPlan plan = (SessionPlan) load(casebook, PLAN);
      plan.setMaterials("Sent over SSH");
      casebook.save(plan, "P-trainee-1");
      assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
    }
    try (OpenCasebook mine = LabSyncTest.store.open(supervisor)) {
      Outcome outcome = sync(mine, "P-sup-1");
      assertEquals(State.IN_STEP, outcome.state(), outcome.message());
      assertEquals("Sent over SSH", ((SessionPlan) load(mine, PLAN)).getMaterials());
    }
  }

  @Test
  void aLabHostWhoseKeyIsNotKnownIsNotTrustedOnFirstSight() throws Exception {
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { });
      assertFalse(shared.state() == State.IN_STEP || shared.state() == State.OFFLINE, shared.state() + ": " + shared.message());
      assertTrue(shared.message().contains("known_hosts"), shared.message());
      assertFalse(CasebookSync.isShared(trainee), "a first share that failed leaves no link behind");
      String refs = GitDaemon.git(work, "--git-dir=" + work.resolve("srv/lab.git"), "for-each-ref");
      assertEquals("", refs, "nothing reached a server whose key nobody checked");

      server.trustedBy(keys);
      Outcome again = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { });
      assertEquals(State.IN_STEP, again.state(), "once the host key is known, sharing again works: " + again.message());
    }
  }

  @Test
  void aKeyTheServerDoesNotKnowIsRefusedNotOffline() throws Exception {
    server.trustedBy(keys);
    Files.writeString(work.resolve("sshd/authorized_keys"), "");
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      Outcome shared = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { });
      assertEquals(State.DENIED, shared.state(), shared.message());
      assertTrue(shared.message().contains("did not accept this workstation's SSH key"), shared.message());
    }
  }

  @Test
  void aKeySealedWithAPassphraseOpensWithItGivenAsThePassword() throws Exception {
    server.trustedBy(keys);
    Process reseal = new ProcessBuilder("ssh-keygen", "-q", "-p", "-P", "", "-N", "key passphrase", "-f", keys.resolve("id_ed25519").toString())
        .redirectErrorStream(true).start();
    assertEquals(0, reseal.waitFor(), new String(reseal.getInputStream().readAllBytes()));
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      Outcome without = sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { });
      assertEquals(State.DENIED, without.state(), without.message());
      assertTrue(without.message().contains("passphrase"), without.message());
      LabCredentials passphrase = new LabCredentials(System.getProperty("user.name"), "key passphrase".toCharArray());
      Outcome with = sync().sync(casebook, passphrase, "P-trainee-1", Runnable::run, s -> { });
      assertEquals(State.IN_STEP, with.state(), with.message());
    }
  }
}
