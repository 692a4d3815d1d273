// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Export De-identified ({@code ExportHandler}), contributed through
 * {@code fragment.e4xmi}: the selected client's documents, or the whole casebook's, are copied by
 * {@code org.rapport.operations.CasebookDeidentification} and shown in {@code ExportPreview} (each
 * text with its replacements highlighted and its kept capitalised words underlined, those words
 * listed, every change in a table; Export enabled only once the user ticks that they read them),
 * then written into an empty folder chosen by the {@code ExportLocation} in the context (the
 * platform's folder dialog by default); the export is audited. Bundles import only its constants.
 */
package org.rapport.deidentify.ui;
