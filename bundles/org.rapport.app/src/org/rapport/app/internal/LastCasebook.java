// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Remembers, in the user's instance preferences, which casebook to open next time. */
public final class LastCasebook {

  static final String NODE = "org.rapport.app";
  static final String KEY = "casebook.last";
  static final String RECENT = "casebook.recent";
  static final int RECENT_KEPT = 6;

  private LastCasebook() {
  }

  public static Optional<Path> read() {
    String value = node().get(KEY, null);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** The casebooks opened lately, the latest first (the open one included). */
  public static List<Path> recent() {
    List<Path> recent = new ArrayList<>();
    for (String line : node().get(RECENT, "").split("\n")) {
      if (!line.isBlank()) {
        recent.add(Path.of(line));
      }
    }
    return recent;
  }

  public static void remember(Path folder) {
    IEclipsePreferences node = node();
    Path normalized = folder.toAbsolutePath().normalize();
    node.put(KEY, normalized.toString());
    List<Path> recent = recent();
    recent.remove(normalized);
    recent.add(0, normalized);
    node.put(RECENT, String.join("\n", recent.stream().limit(RECENT_KEPT).map(Path::toString).toList()));
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // only a convenience for the next start; the casebook itself is unaffected
    }
  }

  private static IEclipsePreferences node() {
    return InstanceScope.INSTANCE.getNode(NODE);
  }
}
