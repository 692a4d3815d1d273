// SPDX-License-Identifier: EPL-2.0
/**
 * The session plan editor, contributed through {@code fragment.e4xmi}; no bundle imports it.
 * {@link org.rapport.editor.plan.PlanEditor} shows the header, goals, the agenda with its running
 * total, techniques from the catalogues, risks, clauses to revisit, carried-over action points,
 * materials and questions, each list edited from the keyboard through {@code ListSection}. Casebook >
 * New Session Plan ({@code NewPlanHandler}) copies through {@code SessionPlans.newPlan} in the model
 * and opens the plan with the Open Document command. A plan changes only through its editing domain.
 */
package org.rapport.editor.plan;
