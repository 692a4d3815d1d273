// SPDX-License-Identifier: EPL-2.0
/**
 * The parts of the shell: the casebook explorer, Problems (what validation finds in open documents
 * as they change, and Check Casebook's findings) and Search.
 */
package org.rapport.app.parts;
