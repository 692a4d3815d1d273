// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

/**
 * An installable extension: a feature of an institution, as p2 knows it.
 *
 * @param id the feature's id (what {@code rapport uninstall-extension} takes)
 * @param name its name for people
 * @param version its version
 * @param provider who made it, or empty
 */
public record Extension(String id, String name, String version, String provider) {

  /** "Name 1.0.0 from Provider (id)". */
  public String describe() {
    return name + " " + version + (provider.isEmpty() ? "" : " from " + provider) + " (" + id + ")";
  }
}
