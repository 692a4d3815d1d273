// SPDX-License-Identifier: EPL-2.0
/**
 * Contributed through {@code fragment.e4xmi}: Help > Install Extension from Archive (the zip from
 * the {@code ArchiveLocation} in the context, the platform's file dialog by default; progress, what
 * will be installed and a question, then Restart Now) and Help > Installed Extensions (a table with
 * Remove).
 */
package org.rapport.install.ui;
