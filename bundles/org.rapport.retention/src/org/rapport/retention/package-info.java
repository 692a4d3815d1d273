// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Retention Review ({@code RetentionHandler}), contributed through
 * {@code fragment.e4xmi}: {@code Retention} finds the documents past the casebook's retention
 * period, and the review deletes the chosen ones securely after a confirmation, closing an editor
 * that has one open so that no later save writes it again. No bundle imports it.
 */
package org.rapport.retention;
