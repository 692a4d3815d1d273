// SPDX-License-Identifier: EPL-2.0
/**
 * Lab sync in the workbench: Casebook > Share with Lab, Sync Now (Ctrl+Alt+Y) and Resolve
 * Conflicts, File > Open from Lab, the lab's line at the bottom of the window, and a sync in the
 * background every few minutes. The sync itself is {@code org.rapport.sync}; this bundle runs it
 * off the UI thread, with the casebook's own steps on it, and says what needs a person.
 */
package org.rapport.sync.ui;
