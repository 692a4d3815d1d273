// SPDX-License-Identifier: EPL-2.0
/**
 * The agreement editor, contributed through {@code fragment.e4xmi}; no bundle imports it.
 * <ul>
 * <li>{@link org.rapport.editor.agreement.AgreementEditor}: dates, parties, clauses with how each
 * stands against its template and its text beside the template's wording, signatures with whether
 * each still matches the text, the version history; only a draft is written in.</li>
 * <li>Its steps are buttons, each one {@code ChangeCommand} around {@code Agreements}, saved at
 * once: {@code SignDialog} records a signature; Revise saves and opens the next version; the last
 * signature of a revision marks the version it replaces superseded.</li>
 * <li>{@code ClausePicker}; {@code VersionsDialog} (every version side by side, changes shaded).</li>
 * <li>Casebook > New Agreement ({@code NewAgreementHandler}, Ctrl+Alt+A) and File > Print Agreement
 * to PDF ({@code PrintAgreementHandler}, Ctrl+P; the file comes from the {@code PdfLocation} in the
 * context, the platform's save dialog by default).</li>
 * </ul>
 */
package org.rapport.editor.agreement;
