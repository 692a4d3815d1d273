// SPDX-License-Identifier: EPL-2.0
/**
 * The shell's life cycle: the start-up casebook and the guard for a damaged saved layout, the
 * save prompt, {@code DocumentOpener}, crash recovery of unsaved changes, and the preferences.
 * Exported x-internal for the UI tests only.
 */
package org.rapport.app.internal;
