// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.internal.VerifyApplication;
import org.rapport.store.CasebookFolders;

/**
 * {@code rapport verify} on the demo casebook, on copies tampered with, and its exported steps
 * checked by Debian's OpenSSL, which knows nothing of Rapport.
 */
class VerifyCommandTest {

  private static final String REFLECTION = "clients/CL-0417/sessions/01-reflection.xmi";

  @TempDir
  Path work;

  @BeforeAll
  static void store() throws InterruptedException {
    CheckCommandTest.storeFromTheServiceRegistry();
  }

  private static CheckCommandTest.Run verify(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = VerifyApplication.run(args, CheckCommandTest.store, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CheckCommandTest.Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
  }

  private Path demo() throws IOException {
    return CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
  }

  @Test
  void theDemoCasebookVerifies() throws Exception {
    CheckCommandTest.Run run = verify(demo().toString());
    assertEquals(0, run.exit(), String.join("\n", run.out()) + run.err());
    assertTrue(run.out().stream().anyMatch(line -> line.contains("signature verified")), run.out().toString());
    assertTrue(run.out().get(run.out().size() - 1).endsWith("0 errors, 0 warnings"), run.out().toString());
  }

  @Test
  void aReflectionChangedAfterItsStepsWereSignedFailsNamingTheStepAndPerson() throws Exception {
    Path demo = demo();
    Path file = demo.resolve(REFLECTION);
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("text=\"([^\"]{5})", "text=\"Changed later: $1"));
    CheckCommandTest.Run run = verify(demo.toString());
    assertEquals(1, run.exit());
    String all = String.join("\n", run.out());
    assertTrue(all.contains("ERROR: The note differs from what was signed at step 1 (earlier steps signed (as locked) by Supervisor M. Hollis (demo)"),
        all);
  }

  @Test
  void anAgreementSetBackFromSupersededToSignedFails() throws Exception {
    Path demo = demo();
    Path file = demo.resolve("clients/CL-0417/agreement-v1.xmi");
    Files.writeString(file, Files.readString(file).replace("status=\"superseded\"", "status=\"signed\""));
    CheckCommandTest.Run run = verify(demo.toString());
    assertEquals(1, run.exit());
    assertTrue(String.join("\n", run.out()).contains("says it is signed, but its signed steps leave it superseded"), run.out().toString());
  }

  @Test
  void everyExportedStepIsVerifiedByOpenSslAndAChangedOneIsNot() throws Exception {
    Path demo = demo();
    Path exported = work.resolve("exported");
    CheckCommandTest.Run run = verify(demo.toString(), "--export", "CL-0417-S01-reflection", exported.toString());
    assertEquals(0, run.exit(), run.err());
    List<Path> steps;
    try (var files = Files.list(exported)) {
      steps = files.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
    }
    assertTrue(!steps.isEmpty(), "the locked demo reflection has signed steps");
    for (Path bin : steps) {
      String n = bin.getFileName().toString().replace(".bin", "");
      Process openssl = openssl(exported, n);
      assertEquals(0, openssl.exitValue(), "OpenSSL verifies step " + n + ": " + new String(openssl.getInputStream().readAllBytes()));
    }
    Files.writeString(steps.get(0), Files.readString(steps.get(0)).replace("step=6:attest", "step=6:approv"));
    assertNotEquals(0, openssl(exported, steps.get(0).getFileName().toString().replace(".bin", "")).exitValue(),
        "a changed step does not verify");
  }

  private static Process openssl(Path folder, String n) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", n + ".pem", "-rawin", "-in", n + ".bin",
        "-sigfile", n + ".sig").directory(folder.toFile()).redirectErrorStream(true).start();
    process.waitFor();
    return process;
  }
}
