// SPDX-License-Identifier: EPL-2.0
/**
 * {@code AgreementPdf}: an agreement as a paginated A4 PDF (title, parties, clauses by category,
 * signature lines or recorded signatures, the fingerprint, and on every page a footer with version,
 * status, date printed and page), set in the Liberation Sans that PDFBox ships, written atomically.
 * It knows nothing of the UI.
 */
package org.rapport.print;
