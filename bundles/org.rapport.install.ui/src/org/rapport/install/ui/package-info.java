// SPDX-License-Identifier: EPL-2.0
/**
 * Contributed through {@code fragment.e4xmi}: Help > Install Extension from Archive (the zip from
 * the {@code ArchiveLocation} in the context, the platform's file dialog by default; progress, what
 * will be installed and a question, then Restart Now), Help > Installed Extensions (a table with
 * Remove), Help > Update Rapport from Archive and Help > Restore Previous Version (the same steps,
 * through {@code ProductUpdater}). {@code ChangeSteps} holds the steps all four share.
 */
package org.rapport.install.ui;
