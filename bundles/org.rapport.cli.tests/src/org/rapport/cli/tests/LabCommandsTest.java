// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.internal.CloneApplication;
import org.rapport.cli.internal.ConflictsApplication;
import org.rapport.cli.internal.ShareApplication;
import org.rapport.cli.internal.SyncApplication;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;

/**
 * {@code rapport share}, {@code clone}, {@code sync} and {@code conflicts} through a lab that is a
 * plain folder (a USB stick, a network share): their lines and exit statuses, which lab scripts test.
 */
class LabCommandsTest {

  private static final String PLAN = "clients/CL-0417/sessions/01-plan.xmi";

  @TempDir
  Path work;

  @BeforeAll
  static void store() throws InterruptedException {
    CheckCommandTest.storeFromTheServiceRegistry();
  }

  record Run(int exit, String out, String err) {
  }

  interface Command {
    int run(String[] args, org.rapport.store.CasebookStore store, PrintStream out, PrintStream err);
  }

  static Run run(Command command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = command.run(args, CheckCommandTest.store, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCasebookGoesThroughAFolderAndAConflictWaitsUntilAPersonChooses() throws Exception {
    Path trainee = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    String lab = work.resolve("usb-stick/lab.git").toString();

    Run shared = run(ShareApplication::run, trainee.toString(), lab);
    assertEquals(0, shared.exit(), shared.err());
    assertTrue(shared.out().contains("rapport share: In step with " + lab), shared.out());
    Path supervisor = work.resolve("supervisor");
    Run cloned = run(CloneApplication::run, lab, supervisor.toString());
    assertEquals(0, cloned.exit(), cloned.err());

    editPlan(trainee, "Typed by the trainee");
    editPlan(supervisor, "Typed by the supervisor");
    assertEquals(0, run(SyncApplication::run, trainee.toString()).exit());
    Run conflicted = run(SyncApplication::run, supervisor.toString());
    assertEquals(3, conflicted.exit(), conflicted.out() + conflicted.err());
    assertTrue(conflicted.out().contains("conflict: " + PLAN), conflicted.out());

    // a shared casebook with a conflict waiting is still a sound casebook, and its signatures verify
    for (Path workstation : new Path[] {trainee, supervisor}) {
      Run checked = run(org.rapport.cli.internal.CheckApplication::run, workstation.toString());
      assertEquals(0, checked.exit(), checked.out() + checked.err());
      Run verified = run(org.rapport.cli.internal.VerifyApplication::run, workstation.toString());
      assertEquals(0, verified.exit(), verified.out() + verified.err());
    }

    Run listed = run(ConflictsApplication::run, supervisor.toString());
    assertEquals(3, listed.exit());
    assertTrue(listed.out().startsWith(PLAN + "\n"), listed.out());
    Run kept = run(ConflictsApplication::run, supervisor.toString(), "--keep", "this", PLAN);
    assertEquals(0, kept.exit(), kept.err());
    assertEquals(0, run(ConflictsApplication::run, supervisor.toString()).exit());
    assertEquals(0, run(SyncApplication::run, supervisor.toString()).exit());
    Run trainees = run(SyncApplication::run, trainee.toString());
    assertEquals(0, trainees.exit(), trainees.out() + trainees.err());
    assertTrue(Files.readString(trainee.resolve(PLAN)).contains("Typed by the supervisor"), "the choice reached the trainee");
  }

  @Test
  void eachFailureIsOneLineAndExitOne() throws Exception {
    Path trainee = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("trainee"));
    Run unshared = run(SyncApplication::run, trainee.toString());
    assertEquals(1, unshared.exit());
    assertEquals("rapport sync: " + trainee + " is not shared with a lab; share it first with rapport share.\n", unshared.err());

    Run password = run(ShareApplication::run, trainee.toString(), "https://trainee:hunter2@lab.example/lab.git");
    assertEquals(1, password.exit());
    assertTrue(password.err().contains("holds a password"), password.err());

    Run nowhere = run(CloneApplication::run, "git://127.0.0.1:1/lab.git", work.resolve("clone").toString());
    assertEquals(1, nowhere.exit());
    assertTrue(nowhere.err().startsWith("rapport clone: Not cloned: Could not reach the lab at git://127.0.0.1:1/lab.git"), nowhere.err());
    assertEquals(1, nowhere.err().lines().count(), nowhere.err());
    assertTrue(Files.notExists(work.resolve("clone")), "a failed clone leaves no folder");

    assertEquals(2, run(SyncApplication::run).exit(), "no casebook: the usage");
  }

  private static void editPlan(Path folder, String materials) throws Exception {
    try (OpenCasebook casebook = CheckCommandTest.store.open(folder)) {
      DocumentEntry entry = casebook.entries(EnumSet.of(DocumentKind.PLAN)).stream().filter(e -> PLAN.equals(e.getFile())).findFirst()
          .orElseThrow();
      SessionPlan plan = (SessionPlan) casebook.load(entry).document();
      plan.setMaterials(materials);
      casebook.save(plan, null);
    }
  }
}
