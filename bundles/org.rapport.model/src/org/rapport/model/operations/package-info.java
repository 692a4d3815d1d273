// SPDX-License-Identifier: EPL-2.0
/**
 * What the editors and commands do to documents beyond setting one field, written by hand beside
 * the generated model so that every caller does it the same way.
 * <ul>
 * <li>{@link org.rapport.model.operations.SessionPlans}: a new plan from the previous plan and
 * reflection (what continues is copied, open action points are carried over), agenda totals.</li>
 * <li>{@link org.rapport.model.operations.Sessions}: a client's next session.</li>
 * <li>{@link org.rapport.model.operations.Reflections}: a new draft reflection with an answer per
 * stage of its framework.</li>
 * <li>{@link org.rapport.model.operations.ReviewWorkflow}: the supervision workflow of a reflection:
 * who may take which step and why not, the co-signature with a fingerprint of the approved text,
 * anchored comments, amendments that keep the original, and {@code verify}, behind the rule that an
 * approved note does not change without an amendment.</li>
 * <li>{@link org.rapport.model.operations.Agreements}: an agreement's life: a draft from clause
 * templates, propose, signatures each holding the SHA-256 fingerprint of the text signed, revise,
 * supersede, end; who may do what and why not; {@code verify}, behind the rule SIGNED_TEXT_CHANGED
 * and the store's refusal to save a signed text that changed; how a clause stands against its
 * template; the clauses of all versions side by side.</li>
 * </ul>
 */
package org.rapport.model.operations;
