// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.deidentify.IdentifierKind;

/**
 * Recall and precision of the scrubber on the planted corpus: every planted identifier must be fully
 * masked (overall recall at least 0.99) and ordinary clinical prose left alone (at most 2% of its
 * sentences touched). The table is printed to the test output.
 */
class ScrubberRecallTest {

  @Test
  void plantedIdentifiersAreMaskedAndOrdinaryProseIsLeftAlone() {
    CorpusScore score = CorpusScore.run(2026);
    System.out.println("De-identification: recall on the planted corpus, precision on ordinary prose");
    System.out.print(score.table());

    assertTrue(score.planted >= 300, "at least 300 planted identifiers, got " + score.planted);
    assertTrue(score.cleanSentences >= 100, "at least 100 ordinary sentences, got " + score.cleanSentences);
    for (IdentifierKind kind : IdentifierKind.values()) {
      // names and places without a cue have their own, larger corpus: GeneratedCorpusTest
      if (kind != IdentifierKind.FINGERPRINT && kind != IdentifierKind.PROPER_NOUN) {
        assertTrue(score.byKind.containsKey(kind) && score.byKind.get(kind).planted >= 15, "too few planted of " + kind);
      }
    }
    assertTrue(score.recall() >= 0.99, "overall recall " + score.recall() + "\n" + score.table());
    score.byKind.forEach((kind, count) -> assertTrue(count.recall() >= 0.9, kind + " recall " + count.recall()));
    assertTrue(score.falsePositiveRate() <= 0.02, "false-positive rate " + score.falsePositiveRate() + "\n" + score.table());
    assertTrue(score.strayChanges.size() <= 5, "changes outside planted identifiers\n" + score.table());
  }
}
