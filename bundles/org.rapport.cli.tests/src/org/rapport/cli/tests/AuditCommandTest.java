// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.internal.AuditApplication;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;

/** {@code rapport audit verify} on a casebook that was worked in, and on a copy whose trail was tampered with. */
class AuditCommandTest {

  @TempDir
  Path work;

  private static CheckCommandTest.Run audit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = AuditApplication.run(args, CheckCommandTest.store, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CheckCommandTest.Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anIntactTrailPassesAndATamperedOneFailsNamingTheLine() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    Path demo = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    for (int i = 0; i < 3; i++) {
      try (OpenCasebook open = CheckCommandTest.store.open(demo)) {
        open.audit().record("P-trainee-1", "print", "CL-0417-agreement-v2", "session " + i);
      }
    }
    CheckCommandTest.Run intact = audit("verify", demo.toString());
    assertEquals(0, intact.exit(), intact.out() + intact.err());
    assertEquals("audit trail of " + demo + ": 6 entries, every link holds; none signed (nobody was signed in)", intact.out().get(0));

    Path log = demo.resolve("audit.log");
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(1, lines.get(1).replace("print", "erase"));
    Files.write(log, lines);
    CheckCommandTest.Run tampered = audit("verify", demo.toString());
    assertEquals(1, tampered.exit(), tampered.out() + tampered.err());
    assertTrue(tampered.out().get(0).startsWith("audit trail of " + demo + ": BROKEN at line 2: the entry was changed"), tampered.out().get(0));

    CheckCommandTest.Run usage = audit("check", demo.toString());
    assertEquals(2, usage.exit());
    assertTrue(usage.err().contains("usage: rapport audit verify"));
  }

  @Test
  void anEncryptedCasebookIsCheckedWithItsPassphraseAndLinesAreCountedInItsOpenedText() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    System.setProperty("rapport.kdf.memoryKiB", "1024");
    System.setProperty("rapport.kdf.iterations", "1");
    try {
      Path demo = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("sealed"));
      char[] passphrase = "check me with this".toCharArray();
      try (OpenCasebook open = CheckCommandTest.store.open(demo)) {
        open.keys().changePassphrase(passphrase, "P-trainee-1");   // the demo's owner
      }
      org.rapport.operations.CheckReport report = new org.rapport.operations.CasebookCheck(CheckCommandTest.store, null).check(demo, passphrase,
          (done, total) -> true);
      assertTrue(report.summary().startsWith("22 documents checked: 0 error(s), 1 warning(s)"), report.summary());
      org.rapport.operations.Finding overTime = report.findings().get(0);
      assertTrue(overTime.line() > 1, "the agenda's line in the opened file, not in the sealed bytes: " + overTime.format());
      org.rapport.store.StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(org.rapport.store.StoreException.class,
          () -> new org.rapport.operations.CasebookCheck(CheckCommandTest.store, null).check(demo));
      assertTrue(refused.getMessage().contains("is encrypted"), refused.getMessage());
    } finally {
      System.clearProperty("rapport.kdf.memoryKiB");
      System.clearProperty("rapport.kdf.iterations");
    }
  }
}
