// SPDX-License-Identifier: EPL-2.0
/**
 * The inactivity lock, an add-on contributed through {@code fragment.e4xmi}: after
 * {@code lock.minutes} of the {@code org.rapport.app} preferences (10 by default, or
 * {@code -Drapport.lock.seconds}) without a key or a click, the window and every open dialog of an
 * encrypted casebook are hidden until the passphrase is given again ({@code UnlockDialog}); unsaved
 * changes stay as they were. No bundle imports it.
 */
package org.rapport.lock;
