// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.deidentify.ClientCodeMap;
import org.rapport.deidentify.IdentifierKind;
import org.rapport.deidentify.TextScrubber;
import org.rapport.deidentify.TextScrubber.Replacement;

/**
 * Runs the scrubber over the {@link PlantedCorpus} and counts: a planted identifier is masked when
 * replacements cover every one of its characters; a clean sentence is a false positive when any
 * replacement touches it.
 */
final class CorpusScore {

  /** Counts for one kind. */
  static final class Count {
    int planted;
    int masked;
    int asKind;

    double recall() {
      return planted == 0 ? 1 : (double) masked / planted;
    }
  }

  final Map<IdentifierKind, Count> byKind = new EnumMap<>(IdentifierKind.class);
  final List<String> missed = new ArrayList<>();
  final List<String> falsePositives = new ArrayList<>();
  final List<String> strayChanges = new ArrayList<>();
  final List<String> unplantedNames = new ArrayList<>();
  final List<String> gapsStillPresent = new ArrayList<>();
  int planted;
  int masked;
  int heldOutPlanted;
  int heldOutMasked;
  int cleanSentences;
  int cleanChanged;

  static CorpusScore run(int referenceYear) {
    CorpusScore score = new CorpusScore();
    TextScrubber scrubber = new TextScrubber(PlantedCorpus.KNOWN_NAMES, new ClientCodeMap(), referenceYear);
    for (PlantedCorpus.Paragraph paragraph : PlantedCorpus.build()) {
      TextScrubber.Result result = scrubber.scrub(paragraph.text());
      List<Replacement> replacements = result.replacements();
      for (PlantedCorpus.Planted planted : paragraph.planted()) {
        Count count = score.byKind.computeIfAbsent(planted.kind(), kind -> new Count());
        count.planted++;
        score.planted++;
        score.heldOutPlanted += planted.heldOut() ? 1 : 0;
        if (covered(planted.start(), planted.end(), replacements)) {
          count.masked++;
          score.masked++;
          score.heldOutMasked += planted.heldOut() ? 1 : 0;
          if (replacements.stream().filter(r -> r.start() < planted.end() && r.end() > planted.start())
              .allMatch(r -> r.kind() == planted.kind())) {
            count.asKind++;
          }
        } else {
          score.missed.add(planted.kind() + " \"" + planted.text() + "\" in: " + result.text());
        }
      }
      for (PlantedCorpus.Clean clean : paragraph.clean()) {
        score.cleanSentences++;
        List<Replacement> touching = replacements.stream().filter(r -> r.start() < clean.end() && r.end() > clean.start()).toList();
        if (!touching.isEmpty()) {
          score.cleanChanged++;
          score.falsePositives.add(clean.text() + "  <- " + describe(touching));
        }
      }
      for (Replacement replacement : replacements) {
        boolean inPlanted = paragraph.planted().stream().anyMatch(p -> replacement.start() < p.end() && replacement.end() > p.start());
        boolean inClean = paragraph.clean().stream().anyMatch(c -> replacement.start() < c.end() && replacement.end() > c.start());
        if (!inPlanted && !inClean) {
          // this corpus was written when towns were not yet masked, so it plants none: those are counted apart
          boolean capitalised = (replacement.kind() == IdentifierKind.PROPER_NOUN || replacement.kind() == IdentifierKind.NAME)
              && Character.isUpperCase(replacement.original().charAt(0));
          (capitalised ? score.unplantedNames : score.strayChanges).add(describe(List.of(replacement)));
        }
      }
    }
    for (String gap : PlantedCorpus.KNOWN_GAPS) {
      if (!scrubber.scrub(gap).changed()) {
        score.gapsStillPresent.add(gap);
      }
    }
    return score;
  }

  /** Whether replacements cover every character of {@code start}..{@code end}. */
  static boolean covered(int start, int end, List<Replacement> replacements) {
    for (int i = start; i < end; i++) {
      int position = i;
      if (replacements.stream().noneMatch(r -> r.start() <= position && position < r.end())) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<Replacement> replacements) {
    return String.join(", ", replacements.stream().map(r -> r.kind() + " \"" + r.original() + "\"").toList());
  }

  double recall() {
    return planted == 0 ? 1 : (double) masked / planted;
  }

  double falsePositiveRate() {
    return cleanSentences == 0 ? 0 : (double) cleanChanged / cleanSentences;
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %9s%n", "kind", "planted", "masked", "recall", "as kind"));
    byKind.forEach((kind, count) -> out.append(String.format(Locale.ROOT, "%-12s %8d %8d %8.3f %9d%n",
        kind, count.planted, count.masked, count.recall(), count.asKind)));
    out.append(String.format(Locale.ROOT, "%-12s %8d %8d %8.3f%n", "overall", planted, masked, recall()));
    out.append(String.format(Locale.ROOT, "%-12s %8d %8d %8.3f   (written after the rules; included above)%n", "held-out",
        heldOutPlanted, heldOutMasked, heldOutPlanted == 0 ? 1 : (double) heldOutMasked / heldOutPlanted));
    out.append(String.format(Locale.ROOT, "ordinary prose: %d sentences, %d changed (false-positive rate %.3f)%n",
        cleanSentences, cleanChanged, falsePositiveRate()));
    out.append(String.format(Locale.ROOT, "changes outside planted identifiers in planted sentences: %d%n", strayChanges.size()));
    out.append(String.format(Locale.ROOT, "capitalised words masked there as names or places the corpus does not plant: %d (%s)%n",
        unplantedNames.size(), String.join(", ", unplantedNames)));
    out.append(String.format(Locale.ROOT, "known gaps (not counted): %d of %d still unmasked%n",
        gapsStillPresent.size(), PlantedCorpus.KNOWN_GAPS.size()));
    missed.forEach(line -> out.append("  missed: ").append(line).append('\n'));
    falsePositives.forEach(line -> out.append("  false positive: ").append(line).append('\n'));
    strayChanges.forEach(line -> out.append("  stray change: ").append(line).append('\n'));
    return out.toString();
  }
}
