package org.rapport.app.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Remembers, in the user's instance preferences, which casebook to open next time. */
public final class LastCasebook {

  static final String NODE = "org.rapport.app";
  static final String KEY = "casebook.last";

  private LastCasebook() {
  }

  public static Optional<Path> read() {
    String value = node().get(KEY, null);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  public static void remember(Path folder) {
    IEclipsePreferences node = node();
    node.put(KEY, folder.toAbsolutePath().normalize().toString());
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
