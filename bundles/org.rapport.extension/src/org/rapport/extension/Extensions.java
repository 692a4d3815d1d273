// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EValidator;
import org.rapport.model.Catalogue;

/**
 * Everything the installed institution extensions contribute, as one OSGi service the product
 * consumes. Safe to call from any thread; a broken contribution appears in {@link #problems()} and
 * never as an exception from here, nor from the exporters and programmes handed out, whose methods
 * give a fallback (their id for a label or name, an empty list) when the institution's code throws
 * or returns null.
 *
 * @noimplement Rapport implements this service; institutions consume it, and a new method may be
 *              added in a minor version.
 */
public interface Extensions {

  /**
   * Copies of {@code builtIn} followed by the institutions' catalogues, with licensed instrument
   * wording filled in wherever an instrument's id matches (never over wording an item has). An
   * entry id (technique, clause template, framework, instrument) stays with the first catalogue
   * that has it; later entries with it are left out and reported. Extension files are read on the
   * first call, not at start-up.
   */
  List<Catalogue> catalogues(List<Catalogue> builtIn);

  /**
   * A validator that runs {@code base} and then every installed rule that applies, at its
   * (possibly raised) severity. Rules installed or removed later are taken into account.
   */
  EValidator validator(EValidator base);

  List<Exporter> exporters();

  /** The exporter {@code institution/id}, if installed. */
  Optional<Exporter> exporter(String institution, String id);

  List<ProgrammeTemplate> programmes();

  /** The programme {@code institution/id}, if installed. */
  Optional<ProgrammeTemplate> programme(String institution, String id);

  /** Every active contribution, for listing. */
  List<Contribution> contributions();

  /**
   * Every contribution that could not be used, with its bundle. Clashing entry ids and wording that
   * fits nothing are found against the built-in catalogues of the latest {@link #catalogues} call.
   */
  List<ExtensionProblem> problems();
}
