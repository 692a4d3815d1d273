// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import org.rapport.model.Document;

/**
 * A document that came from another workstation through a lab repository: as read (with
 * {@link CasebookStore#readIncoming}), the bytes it was read from, and its place in the lab,
 * relative to the casebook folder.
 */
public record IncomingDocument(Document document, byte[] bytes, String file) {
}
