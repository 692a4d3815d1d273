// SPDX-License-Identifier: EPL-2.0
/**
 * The casebook store: a casebook is a folder holding an index ({@code casebook.xmi}) and one XMI
 * file per document. Opening reads the index only; documents are read when asked for, defensively,
 * and saved atomically with the previous version kept as a backup. One process at a time holds a
 * casebook, through a lock file.
 */
package org.rapport.store;
