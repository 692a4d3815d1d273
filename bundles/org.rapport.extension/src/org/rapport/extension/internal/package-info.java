// SPDX-License-Identifier: EPL-2.0
/**
 * The implementation behind {@link org.rapport.extension.Extensions}. Exported x-internal for tests
 * only; institutions code against {@code org.rapport.extension} and nothing here.
 * <ul>
 * <li>{@code ExtensionRegistry}, the DS component: a whiteboard of the institutions' services
 * (dynamic, multiple) and an extender whose {@code BundleTracker} notes the declared headers of
 * resolved, starting and active bundles and reads their files on first demand, through the store's
 * hardened parser. A broken contribution (a bad file, a duplicate institution and id, an
 * exception) becomes an {@code ExtensionProblem} naming its bundle.</li>
 * <li>{@code RuleValidator}: the model's validator, then every applicable rule at its possibly
 * raised severity; a rule that throws is switched off and reported once.</li>
 * <li>{@code InstrumentWording}: the licensed wording an extension supplies for an instrument.</li>
 * </ul>
 */
package org.rapport.extension.internal;
