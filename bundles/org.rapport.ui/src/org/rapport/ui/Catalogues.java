// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.rapport.model.Catalogue;
import org.rapport.model.Technique;

/**
 * The catalogues the editors pick from: the one the installation ships first, then those of
 * institutions. One instance lives in the application's context (put there by the life cycle); the
 * catalogues are read when first asked for, so start-up does not wait for them. Documents refer to
 * entries by id, so an entry missing here is shown by its id, never lost.
 */
public final class Catalogues {

  private final Supplier<List<Catalogue>> builtIn;
  private final UnaryOperator<List<Catalogue>> withInstitutions;
  private List<Catalogue> catalogues;
  private int builtInCount;

  /** {@code reader} reads the catalogues; it is called once, on first use. None counts as built in. */
  public Catalogues(Supplier<List<Catalogue>> reader) {
    this(List::of, none -> reader.get());
  }

  /**
   * {@code builtIn} reads the installation's catalogues and {@code withInstitutions} turns them into
   * all catalogues, the built-in ones (or their copies) first; both are called once, on first use.
   */
  public Catalogues(Supplier<List<Catalogue>> builtIn, UnaryOperator<List<Catalogue>> withInstitutions) {
    this.builtIn = builtIn;
    this.withInstitutions = withInstitutions;
  }

  public List<Catalogue> all() {
    if (catalogues == null) {
      List<Catalogue> shipped = builtIn.get();
      catalogues = List.copyOf(withInstitutions.apply(shipped));
      builtInCount = Math.min(shipped.size(), catalogues.size());
    }
    return catalogues;
  }

  /**
   * Whether {@code catalogue} is one the installation ships rather than an institution's: its
   * {@code institution} attribute cannot tell, since the built-in catalogue names the product there.
   */
  public boolean isBuiltIn(Catalogue catalogue) {
    return all().subList(0, builtInCount).contains(catalogue);
  }

  /** Every technique of every catalogue, in catalogue order. */
  public List<Technique> techniques() {
    List<Technique> techniques = new ArrayList<>();
    all().forEach(catalogue -> techniques.addAll(catalogue.getTechniques()));
    return techniques;
  }

  /** The technique with {@code id}, from the first catalogue that has it. */
  public Optional<Technique> technique(String id) {
    return techniques().stream().filter(technique -> technique.getId() != null && technique.getId().equals(id)).findFirst();
  }
}
