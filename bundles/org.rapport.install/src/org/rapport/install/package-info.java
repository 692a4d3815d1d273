// SPDX-License-Identifier: EPL-2.0
/**
 * Changing the running installation through p2, offline: institutions' extensions installed and
 * removed, Rapport itself updated from a release archive and rolled back. The product's own features
 * are never removed as extensions, and nothing changes but through a p2 plan.
 * <ul>
 * <li>{@code ExtensionArchive}: a zip unpacked into a temporary folder, refused with a plain message
 * when it is no zip, has entries that would leave the folder, unpacks to more than 512 MB or 20,000
 * files, or holds no p2 metadata.</li>
 * <li>{@code ExtensionInstaller}: the archive's features planned against the profile by p2's
 * planner (explained when they do not fit) and applied by p2's engine, whole or not at all;
 * installed features are marked {@code org.rapport.extension} in the profile, so only they are
 * listed and removed.</li>
 * <li>{@code ProductUpdater}: the product unit and the features it installed as roots replaced by
 * a release's versions (extensions stay if they fit); the running version kept beforehand as a p2
 * repository in {@code p2/org.rapport.previous}, jars copied and root files zipped again, which
 * {@code planRollback} plans back to.</li>
 * <li>{@code InstallationProfile} (internal to the package): the profile and p2 services both share,
 * contexts that read only the repositories a change names, and p2's status flattened for people.</li>
 * <li>{@code RunningInstallation}: the p2 agent of the installation Rapport runs from, whose roaming
 * profile p2 moves to wherever it was unpacked.</li>
 * <li>{@code LocalTransport}: p2's transport, {@code file:} only, so installing never reaches for a
 * network.</li>
 * <li>The headless application {@code org.rapport.install.extensions} ({@code rapport
 * install-extension}, {@code uninstall-extension}, {@code installed-extensions}, {@code update},
 * {@code rollback}).</li>
 * </ul>
 */
package org.rapport.install;
