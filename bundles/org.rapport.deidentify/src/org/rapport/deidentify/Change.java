// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

/**
 * One change the de-identification made to a copy, for the preview and the export's list of
 * changes.
 *
 * @param documentId the id of the de-identified copy (its client code already replaced, so the
 *        original code does not reappear here)
 * @param field where in the document, in words: {@code clientCode}, {@code goals[1].text} (lists
 *        are counted from 1), {@code answers[gibbs.analysis].text} (stage answers by stage, ratings
 *        by technique, clauses by id, parties and signatures by role, where that is unique),
 *        {@code learningPoints[2]}
 * @param kind what was found
 * @param before the fragment or value as it was; identifying by nature, so it is shown to the
 *        person exporting and never written into the export
 * @param after what stands in its place; {@code null} when the value was dropped
 */
public record Change(String documentId, String field, IdentifierKind kind, String before, String after) {
}
