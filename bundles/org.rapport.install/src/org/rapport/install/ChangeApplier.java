// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Makes or drops a {@link Change} worked out earlier: the extension installer's and the product
 * updater's, so the window and the command line take the same steps for both.
 */
public interface ChangeApplier {

  /** Makes the change, whole or not at all; it takes effect when Rapport starts next. */
  void apply(Change change, IProgressMonitor monitor) throws InstallException;

  /** Drops a change the user decided against; the installation stays as it is. */
  void discard(Change change);
}
