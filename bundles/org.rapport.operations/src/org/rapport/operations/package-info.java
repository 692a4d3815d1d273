// SPDX-License-Identifier: EPL-2.0
/**
 * Operations on a whole casebook that need no window: {@link org.rapport.operations.CasebookCheck}
 * (every document read and validated, the index, documents and catalogues compared, each finding
 * with its file and line) and {@link org.rapport.operations.CasebookExport} (an institution's
 * exporter run over every readable document, written atomically and audited) and
 * {@link org.rapport.operations.CasebookDeidentification} (de-identified copies of a casebook's or a
 * client's documents, its people masked by name). The headless commands of {@code org.rapport.cli}
 * and the workbench's Check Casebook, Problems, Export With and Export De-identified all call them,
 * so neither depends on the other.
 */
package org.rapport.operations;
