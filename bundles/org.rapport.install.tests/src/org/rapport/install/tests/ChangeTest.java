// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rapport.install.Change;
import org.rapport.install.Extension;

/** What a change says it does: bundles p2 only configures anew are left out, and a long list is cut short. */
class ChangeTest {

  private static final Extension OLD = new Extension("org.example.product", "Example", "1.0.0", "");
  private static final Extension NEW = new Extension("org.example.product", "Example", "1.1.0", "");

  @Test
  void aBundleThatStaysIsNotListedAsAddedAndRemoved() {
    Change change = new Change(List.of(NEW), List.of(OLD), List.of("a 1.1.0", "osgi 3.24"), List.of("a 1.0.0", "osgi 3.24"), null, null);
    assertEquals(List.of("Update Example from 1.0.0 to 1.1.0 (org.example.product)", "adding 1 bundle: a 1.1.0",
        "removing 1 bundle: a 1.0.0"), change.describe());
  }

  @Test
  void aLongListNamesSixAndCountsTheRest() {
    List<String> added = IntStream.rangeClosed(1, 9).mapToObj(i -> "b" + i + " 1.1.0").toList();
    List<String> seven = IntStream.rangeClosed(1, 7).mapToObj(i -> "c" + i + " 1.1.0").toList();
    assertEquals("adding 9 bundles: b1 1.1.0, b2 1.1.0, b3 1.1.0, b4 1.1.0, b5 1.1.0, b6 1.1.0 and 3 more",
        new Change(List.of(NEW), List.of(OLD), added, List.of(), null, null).describe().get(1));
    // naming six and "1 more" would save nothing: seven are all named
    assertEquals("adding 7 bundles: c1 1.1.0, c2 1.1.0, c3 1.1.0, c4 1.1.0, c5 1.1.0, c6 1.1.0, c7 1.1.0",
        new Change(List.of(NEW), List.of(OLD), seven, List.of(), null, null).describe().get(1));
  }
}
