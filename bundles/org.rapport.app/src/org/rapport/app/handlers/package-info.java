// SPDX-License-Identifier: EPL-2.0
/**
 * The global commands of the shell ({@code Application.e4xmi}): files, casebooks, clients and
 * sessions, save, undo, revert, check, search, preferences. A handler is a dialog and a call into
 * the model or the store. Casebook > Export With... ({@code ExportWithHandler}) writes to the file
 * the {@code ExportTarget} in the context chooses, the platform's save dialog by default, so tests
 * can choose it.
 */
package org.rapport.app.handlers;
