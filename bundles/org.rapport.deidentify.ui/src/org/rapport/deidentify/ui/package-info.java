// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Export De-identified ({@code ExportHandler}), contributed through
 * {@code fragment.e4xmi}: the selected client's documents, or the whole casebook's, are copied by
 * {@code org.rapport.deidentify} after a preview of every change, into an empty folder chosen by
 * the {@code ExportLocation} in the context (the platform's folder dialog by default); the export
 * is audited. No bundle imports it.
 */
package org.rapport.deidentify.ui;
