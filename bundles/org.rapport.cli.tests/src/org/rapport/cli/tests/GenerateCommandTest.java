// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.CasebookGenerator;
import org.rapport.cli.internal.GenerateApplication;
import org.rapport.model.ClientCase;
import org.rapport.store.OpenCasebook;

/** The generator writes casebooks that open, pass the check, and come out the same for the same seed. */
class GenerateCommandTest {

  @TempDir
  Path work;

  @Test
  void aGeneratedCasebookOpensAndPassesTheCheck() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    Path folder = work.resolve("generated");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = GenerateApplication.run(new String[] {folder.toString(), "--sessions", "130", "--seed", "7"}, CheckCommandTest.store,
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, exit);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("130 sessions"), out.toString(StandardCharsets.UTF_8));
    try (OpenCasebook open = CheckCommandTest.store.open(folder)) {
      assertEquals(7, open.index().getClients().size(), "20 sessions a client, the last client partly filled");
      assertEquals(130, open.index().getClients().stream().mapToInt(c -> c.getSessions().size()).sum());
      int documents = 0;
      for (ClientCase client : open.index().getClients()) {
        documents += client.getAgreements().size();
        documents += client.getSessions().stream().mapToInt(s -> s.getDocuments().size()).sum();
      }
      assertEquals(7 + 130 * 2, documents);
    }
    CheckCommandTest.Run check = CheckCommandTest.check(folder.toString());
    assertEquals(0, check.exit(), String.join("\n", check.out()));
    assertTrue(check.out().get(check.out().size() - 1).startsWith("267 documents checked: 0 error(s), 0 warning(s)"),
        String.join("\n", check.out()));
  }

  @Test
  void theSameSeedGivesTheSameDocuments() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    CasebookGenerator generator = new CasebookGenerator(CheckCommandTest.store, null);
    generator.generate(work.resolve("a"), 25, 42);
    generator.generate(work.resolve("b"), 25, 42);
    String reflection = "clients/CL-00002/CL-00002-S3-reflection.xmi";
    assertArrayEquals(Files.readAllBytes(work.resolve("a").resolve(reflection)), Files.readAllBytes(work.resolve("b").resolve(reflection)));
    generator.generate(work.resolve("c"), 25, 43);
    assertTrue(!Files.readString(work.resolve("a").resolve(reflection)).equals(Files.readString(work.resolve("c").resolve(reflection))),
        "another seed gives other text");
  }

  @Test
  void badArgumentsGiveUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, GenerateApplication.run(new String[] {"x", "--sessions", "many"}, null, System.out, errors));
    assertEquals(2, GenerateApplication.run(new String[] {"x"}, null, System.out, errors));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: rapport generate"));
  }
}
