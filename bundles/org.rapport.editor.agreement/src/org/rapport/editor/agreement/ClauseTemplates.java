// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.TemplateState;
import org.rapport.ui.Catalogues;

/** The clause templates of the installed catalogues, as one agreement sees them. */
final class ClauseTemplates {

  private final Catalogues catalogues;
  private final BoundaryAgreement agreement;
  private Map<String, ClauseTemplate> byId;

  /** {@code catalogues} may be null (no catalogue service): then there are no templates. */
  ClauseTemplates(Catalogues catalogues, BoundaryAgreement agreement) {
    this.catalogues = catalogues;
    this.agreement = agreement;
  }

  /** Every installed template, in catalogue order. */
  List<ClauseTemplate> all() {
    return catalogues == null ? List.of() : catalogues.all().stream().flatMap(c -> c.getClauseTemplates().stream()).toList();
  }

  /** The installed templates by id (the first catalogue's when two share an id). */
  Map<String, ClauseTemplate> byId() {
    if (byId == null) {
      byId = new LinkedHashMap<>();
      all().forEach(t -> byId.putIfAbsent(t.getId(), t));
    }
    return byId;
  }

  /** Reads the catalogues again next time: an institution's bundle may have come or gone. */
  void forget() {
    byId = null;
  }

  TemplateState state(Clause clause) {
    return Agreements.templateState(clause, byId(), agreement);
  }

  /** How {@code clause} stands against its template, in words for the clause list. */
  String describe(Clause clause) {
    return switch (state(clause)) {
      case AS_TEMPLATE -> "as the template (v" + clause.getTemplateVersion() + ")";
      case EDITED -> "changed from the template (v" + clause.getTemplateVersion() + ")";
      case TEMPLATE_NEWER -> "template now at v" + byId().get(clause.getTemplateId()).getVersion();
      case OWN -> "our own clause";
      case TEMPLATE_UNKNOWN -> "template not installed: " + clause.getTemplateId();
    };
  }
}
