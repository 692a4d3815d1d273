// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import org.rapport.model.DocumentEntry;

/** A document whose text contains what was searched for, with the passage around the first match. */
public record SearchHit(DocumentEntry entry, String passage) {
}
