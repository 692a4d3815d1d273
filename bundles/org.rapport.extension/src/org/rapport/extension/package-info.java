// SPDX-License-Identifier: EPL-2.0
/**
 * What an institution codes against to extend Rapport without forking it. Institutions register
 * {@link org.rapport.extension.ValidationRule}s, {@link org.rapport.extension.Exporter}s and
 * {@link org.rapport.extension.ProgrammeTemplate}s as OSGi Declarative Services, and contribute
 * catalogues, licensed instrument wording and raised rule severities declaratively through the
 * manifest headers named in {@link org.rapport.extension.ExtensionHeaders}. The product consumes
 * all of them through the {@link org.rapport.extension.Extensions} service. Every contribution is
 * identified by its institution and its id. The package is versioned semantically in the manifest.
 */
package org.rapport.extension;
