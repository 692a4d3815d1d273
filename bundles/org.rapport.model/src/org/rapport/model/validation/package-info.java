// SPDX-License-Identifier: EPL-2.0
/**
 * The rules of the Rapport model as EMF validation constraints ({@link org.rapport.model.validation.RapportConstraints}),
 * the pseudonymity guard for client codes, and a diagnostician that applies them.
 */
package org.rapport.model.validation;
