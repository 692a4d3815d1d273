// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.rapport.model.Casebook;
import org.rapport.model.Catalogue;
import org.rapport.model.Document;

/**
 * The on-disk format version written into every file, and the steps that bring an older file
 * up to date in memory after it is read (it is written in the current format on its next save).
 * The next format change adds a step here; a file from a newer Rapport is refused, unread.
 */
final class FormatVersions {

  static final int CURRENT = 2;

  /** One step of migration: turns a root of format {@code from} into format {@code from + 1}. */
  record Step(int from, Consumer<EObject> migrate) {
  }

  /**
   * Format 0: files written before the format attribute existed; the content is that of format 1.
   * Format 1 wrote times without zero seconds, which XML Schema's {@code dateTime} refuses; format 2
   * always writes them, so generic EMF tools read the files. {@link OlderFormatXmi} reads the old
   * form, so the step has nothing left to change in memory.
   */
  private static final List<Step> STEPS = List.of(new Step(0, root -> { }), new Step(1, root -> { }));

  private FormatVersions() {
  }

  static int versionOf(EObject root) {
    return switch (root) {
      case Document document -> document.getFormatVersion();
      case Casebook casebook -> casebook.getFormatVersion();
      case Catalogue catalogue -> catalogue.getFormatVersion();
      default -> CURRENT;
    };
  }

  static void setVersion(EObject root, int version) {
    switch (root) {
      case Document document -> document.setFormatVersion(version);
      case Casebook casebook -> casebook.setFormatVersion(version);
      case Catalogue catalogue -> catalogue.setFormatVersion(version);
      default -> { }
    }
  }

  /** @return null when the root is now current, else why it cannot be used */
  static String bringUpToDate(EObject root) {
    int version = versionOf(root);
    if (version > CURRENT) {
      return "the file was written by a newer version of Rapport (format " + version + "); this version reads formats up to "
          + CURRENT + ". It was left untouched";
    }
    for (Step step : STEPS) {
      if (step.from() == version) {
        step.migrate().accept(root);
        version++;
      }
    }
    setVersion(root, version);
    return null;
  }
}
