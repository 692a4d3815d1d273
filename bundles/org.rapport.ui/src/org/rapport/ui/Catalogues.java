package org.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.rapport.model.Catalogue;
import org.rapport.model.Technique;

/**
 * The catalogues the editors pick from: the one the installation ships first, then those of
 * institutions. One instance lives in the application's context (put there by the life cycle); the
 * catalogues are read when first asked for, so start-up does not wait for them. Documents refer to
 * entries by id, so an entry missing here is shown by its id, never lost.
 */
public final class Catalogues {

  private final Supplier<List<Catalogue>> reader;
  private List<Catalogue> catalogues;

  /** {@code reader} reads the catalogues; it is called once, on first use. */
  public Catalogues(Supplier<List<Catalogue>> reader) {
    this.reader = reader;
  }

  public List<Catalogue> all() {
    if (catalogues == null) {
      catalogues = List.copyOf(reader.get());
    }
    return catalogues;
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
