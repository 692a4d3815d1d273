// SPDX-License-Identifier: EPL-2.0
/**
 * The implementation behind {@link org.rapport.extension.Extensions}: the registry component, the
 * composite validator and the readers of declared content. Exported x-internal for tests only;
 * institutions code against {@code org.rapport.extension} and nothing here.
 */
package org.rapport.extension.internal;
