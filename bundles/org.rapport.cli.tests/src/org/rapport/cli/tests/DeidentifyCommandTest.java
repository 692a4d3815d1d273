// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.internal.DeidentifyApplication;
import org.rapport.store.AuditEntry;
import org.rapport.store.CasebookFolders;
import org.rapport.store.OpenCasebook;

/** Both forms of {@code rapport deidentify}: standard input to output, and a casebook to an empty folder. */
class DeidentifyCommandTest {

  @TempDir
  Path work;

  private record Run(int exit, String out, String err) {
  }

  private static Run deidentify(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = DeidentifyApplication.run(args, CheckCommandTest.store, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void textFromStandardInputComesOutScrubbedWithTheCountsOnStandardError() {
    Run run = deidentify("Markus Jansen rang from 0171 2345678 on 3 March 2024.\nHe lives in Kirchdorf am Inn.\n", "--text");
    assertEquals(0, run.exit(), run.err());
    assertEquals("[name or place] rang from [phone] on 2024.\nHe lives in [name or place].\n", run.out());
    assertTrue(run.err().contains("2 proper noun") && run.err().contains("1 phone") && run.err().contains("1 date"), run.err());
  }

  @Test
  void theDemoCasebookGoesToAnEmptyFolderWithoutItsPeopleAndTheExportIsAudited() throws Exception {
    Path demo = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Path folder = work.resolve("teaching");
    Run run = deidentify("", demo.toString(), folder.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().matches("(?s)wrote 2\\d de-identified documents of the whole casebook to .*; \\d+ name, .*client code.*"), run.out());
    List<Path> written;
    try (Stream<Path> files = Files.list(folder)) {
      written = files.toList();
    }
    assertTrue(written.size() > 20 && written.stream().anyMatch(file -> file.getFileName().toString().equals("changes.txt")), written.toString());
    for (Path file : written) {
      String text = Files.readString(file);
      for (String identifying : List.of("Fairweather", "Hollis", "CL-0417", "CL-0552")) {
        assertFalse(text.contains(identifying), identifying + " left in " + file.getFileName());
      }
    }
    try (OpenCasebook open = CheckCommandTest.store.openForReading(demo)) {
      AuditEntry last = open.audit().entries().get(open.audit().entries().size() - 1);
      assertEquals("export", last.action(), "the export is audited as the workbench's is");
      assertTrue(last.detail().matches("de-identified copies of 2\\d documents of the whole casebook to teaching"), last.detail());
      assertEquals(Optional.empty(), open.audit().verify(), "the entry joins the chain");
    }
  }

  @Test
  void oneClientOnlyAndAnUnknownClientIsRefused() throws IOException {
    Path demo = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Run one = deidentify("", demo.toString(), work.resolve("one").toString(), "--client", "CL-0630");
    assertEquals(0, one.exit(), one.err());
    assertTrue(one.out().contains("documents of client CL-0630"), one.out());
    Run unknown = deidentify("", demo.toString(), work.resolve("none").toString(), "--client", "CL-9999");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("there is no client CL-9999"), unknown.err());
    assertFalse(Files.exists(work.resolve("none")), "nothing was written for an unknown client");
  }

  @Test
  void aFolderThatIsNotEmptyIsRefusedAndKeptAsItWas() throws IOException {
    Path demo = CasebookFolders.copy(CheckCommandTest.SEEDS.resolve("demo-casebook"), work.resolve("demo"));
    Path folder = Files.createDirectories(work.resolve("full"));
    Files.writeString(folder.resolve("notes.txt"), "keep me");
    Run run = deidentify("", demo.toString(), folder.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("is not empty"), run.err());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(folder.resolve("notes.txt")), files.toList());
    }
    assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
    Run usage = deidentify("", demo.toString());
    assertEquals(2, usage.exit());
    assertTrue(usage.err().startsWith("usage: rapport deidentify"), usage.err());
  }
}
