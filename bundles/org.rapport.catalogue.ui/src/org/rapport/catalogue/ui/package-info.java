// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Catalogues (Ctrl+Alt+K, {@code ShowCataloguesHandler}), contributed through
 * {@code fragment.e4xmi}: the read-only {@code CataloguesPart} in the bottom stack shows the
 * catalogues of the application context (built-in first, then the institutions', with licensed
 * wording filled in) as a tree of catalogue, kind and entry, filtered by name or id, with the
 * selected entry's details. An item without wording says "(wording not installed)", and a licensed
 * instrument without any says that only an extension of a licence holder supplies it.
 */
package org.rapport.catalogue.ui;
