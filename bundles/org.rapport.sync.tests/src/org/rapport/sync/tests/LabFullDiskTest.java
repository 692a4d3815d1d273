// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.sync.tests.Workstation.load;
import static org.rapport.sync.tests.Workstation.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.model.signing.ChainCheck;
import org.rapport.store.CasebookFolders;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.CasebookSync.State;
import org.rapport.sync.LabCredentials;

/**
 * The supervisor's disk fills up while a sync fetches the trainee's changes. The supervisor's
 * casebook sits on a tmpfs of its own, mounted by the test, so the disk is really full (ENOSPC from
 * the kernel, not a simulated exception). Mounting needs root, which CI has; elsewhere the test is
 * skipped and says why.
 */
class LabFullDiskTest {

  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";

  @TempDir
  Path work;
  private GitDaemon daemon;
  private String remote;
  private Path small;
  private boolean mounted;

  @BeforeEach
  void startTheLabServerAndMountASmallDisk() throws IOException, InterruptedException {
    LabSyncTest.storeFromTheServiceRegistry();
    daemon = GitDaemon.start(work.resolve("srv"));
    remote = daemon.bare("lab");
    small = Files.createDirectories(work.resolve("small-disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "rapport-full-disk-test", small.toString())
        .redirectErrorStream(true).start();
    String said = new String(mount.getInputStream().readAllBytes());
    mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    Assumptions.assumeTrue(mounted, "a tmpfs could not be mounted (needs root): " + said.strip());
  }

  @AfterEach
  void unmountAndStop() throws IOException, InterruptedException {
    if (mounted) {
      new ProcessBuilder("umount", "-l", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
    daemon.close();
  }

  @Test
  void aFullDiskDuringAFetchLosesNothingAndTheNextSyncTakesItIn() throws Exception {
    Path trainee = CasebookFolders.copy(LabSyncTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      assertEquals(State.IN_STEP, sync().share(casebook, remote, LabCredentials.none(), "P-trainee-1", Runnable::run, s -> { }).state());
    }
    Path supervisor = small.resolve("supervisor");
    Outcome cloned = sync().clone(remote, supervisor, LabCredentials.none(), null, s -> { });
    assertEquals(State.IN_STEP, cloned.state(), cloned.message());
    String before;
    try (OpenCasebook mine = LabSyncTest.store.open(supervisor)) {
      before = ((SessionPlan) load(mine, PLAN)).getMaterials();
    }

    // the trainee sends a plan too large for what is left of the supervisor's disk
    String large = incompressibleText(600_000);
    try (OpenCasebook casebook = LabSyncTest.store.open(trainee)) {
      SessionPlan plan = (SessionPlan) load(casebook, PLAN);
      plan.setMaterials(large);
      casebook.save(plan, "P-trainee-1");
      assertEquals(State.IN_STEP, sync(casebook, "P-trainee-1").state());
    }
    Path filler = fillAllBut(small, 64 * 1024);

    try (OpenCasebook mine = LabSyncTest.store.open(supervisor)) {
      Outcome full = sync(mine, "P-sup-1");
      assertEquals(State.FAILED, full.state(), full.message());
      assertTrue(full.message().contains("No space left on device"), full.message());
      assertFalse(full.message().startsWith("Could not reach the lab"), "a full disk is not the lab being away: " + full.message());
      assertEquals(before, ((SessionPlan) load(mine, PLAN)).getMaterials(), "the supervisor's copy is as it was");
    }
    everyDocumentLoadsAndVerifies(supervisor);
    GitDaemon.git(supervisor, "--git-dir=" + supervisor.resolve(".lab"), "fsck", "--no-dangling");

    Files.delete(filler);
    try (OpenCasebook mine = LabSyncTest.store.open(supervisor)) {
      Outcome again = sync(mine, "P-sup-1");
      assertEquals(State.IN_STEP, again.state(), again.message());
      assertEquals(large, ((SessionPlan) load(mine, PLAN)).getMaterials(), "the plan came in once there was room");
    }
    everyDocumentLoadsAndVerifies(supervisor);
  }

  /** Fills {@code disk} with one file until the kernel says it is full, then gives back {@code free} bytes. */
  private static Path fillAllBut(Path disk, int free) throws IOException {
    Path filler = disk.resolve("filler");
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full: this is what was wanted
    }
    try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(Math.max(0, channel.size() - free));
    }
    return filler;
  }

  private static String incompressibleText(int length) {
    byte[] noise = new byte[length * 3 / 4];
    new Random(20261206L).nextBytes(noise);
    return Base64.getEncoder().encodeToString(noise);
  }

  private static void everyDocumentLoadsAndVerifies(Path folder) throws Exception {
    try (OpenCasebook casebook = LabSyncTest.store.openForReading(folder)) {
      for (DocumentEntry entry : casebook.entries(EnumSet.allOf(DocumentKind.class))) {
        LoadResult loaded = casebook.load(entry);
        assertNotNull(loaded.document(), entry.getFile() + ": " + loaded);
        assertFalse(new ChainCheck(casebook.index()).verify(loaded.document()).hasErrors(), entry.getFile());
      }
    }
  }
}
