// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.deidentify.ClientCodeMap;
import org.rapport.deidentify.TextScrubber;

/**
 * Recall on the generated corpus ({@code corpus/generated.tsv}, written by releng/org.rapport.corpus
 * from Datafaker's names, places, companies, addresses and numbers of sixteen locales: values no one
 * here chose) and untouched ordinary prose ({@link PlantedCorpus#CLEAN} and {@code corpus/prose.txt}).
 * An identifier counts as masked only when replacements cover every one of its characters. The
 * table is printed; the targets are those of the de-identification issue: at least 99 % overall and
 * 98 % for every kind, and at least 99 % of prose sentences unchanged.
 */
class GeneratedCorpusTest {

  /** Tycho runs tests in the bundle's folder. */
  private static final Path CORPUS = Path.of("corpus");

  private record Planted(String kind, String sentence, int start, int end) {
  }

  @Test
  void generatedIdentifiersAreMaskedAndOrdinaryProseIsLeftAlone() throws IOException {
    TextScrubber scrubber = new TextScrubber(List.of(), new ClientCodeMap(), 2026);
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    for (Planted planted : planted()) {
      TextScrubber.Result result = scrubber.scrub(planted.sentence());
      int[] count = byKind.computeIfAbsent(planted.kind(), kind -> new int[2]);
      count[0]++;
      if (CorpusScore.covered(planted.start(), planted.end(), result.replacements())) {
        count[1]++;
      } else {
        missed.add(planted.kind() + " \"" + planted.sentence().substring(planted.start(), planted.end()) + "\" -> " + result.text());
      }
    }
    List<String> prose = new ArrayList<>(PlantedCorpus.CLEAN);
    try (Stream<String> lines = Files.lines(CORPUS.resolve("prose.txt"), StandardCharsets.UTF_8)) {
      lines.filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(prose::add);
    }
    List<String> touched = new ArrayList<>();
    for (String sentence : prose) {
      TextScrubber.Result result = scrubber.scrub(sentence);
      if (result.changed()) {
        touched.add(sentence + " -> " + result.text());
      }
    }

    int planted = byKind.values().stream().mapToInt(count -> count[0]).sum();
    int masked = byKind.values().stream().mapToInt(count -> count[1]).sum();
    double untouched = 1 - (double) touched.size() / prose.size();
    StringBuilder table = new StringBuilder("De-identification on the generated corpus (Datafaker, 16 locales)\n");
    table.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s%n", "kind", "planted", "masked", "recall"));
    byKind.forEach((kind, count) -> table.append(String.format(Locale.ROOT, "%-12s %8d %8d %8.3f%n", kind, count[0], count[1],
        (double) count[1] / count[0])));
    table.append(String.format(Locale.ROOT, "%-12s %8d %8d %8.3f%n", "overall", planted, masked, (double) masked / planted));
    table.append(String.format(Locale.ROOT, "ordinary prose: %d sentences, %d changed, %.3f untouched%n", prose.size(), touched.size(),
        untouched));
    missed.forEach(line -> table.append("  missed: ").append(line).append('\n'));
    touched.forEach(line -> table.append("  changed prose: ").append(line).append('\n'));
    System.out.print(table);

    assertTrue(prose.size() >= 200, "at least 200 prose sentences, got " + prose.size());
    assertTrue((double) masked / planted >= 0.99, table.toString());
    byKind.forEach((kind, count) -> {
      assertTrue(count[0] >= 90, "too few planted of " + kind);
      assertTrue((double) count[1] / count[0] >= 0.98, kind + "\n" + table);
    });
    assertTrue(untouched >= 0.99, table.toString());
  }

  private static List<Planted> planted() throws IOException {
    List<Planted> planted = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("generated.tsv"), StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      String marked = line.substring(tab + 1);
      int open = marked.indexOf("{{");
      int close = marked.indexOf("}}", open);
      String sentence = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
      planted.add(new Planted(line.substring(0, tab), sentence, open, close - 2));
    }
    return planted;
  }
}
