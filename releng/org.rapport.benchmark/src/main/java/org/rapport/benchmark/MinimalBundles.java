// SPDX-License-Identifier: EPL-2.0
package org.rapport.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The bundles of an installation that a set of root bundles needs: their required bundles and the
 * bundles exporting the packages they import (optional requirements left out), then those bundles'
 * needs, and the platform's fragments of every bundle taken (those with a platform filter, such as
 * SWT's natives; others, such as SVG support or p2's old state API, only when required). The minimal e4 floor of the start-up
 * measurement is the closure of the bare application bundle and the few bundles an e4 workbench
 * reaches only as services (Declarative Services, the event admin, the DI suppliers).
 */
final class MinimalBundles {

  /**
   * What an e4 workbench needs that no manifest names: service implementations, the start-up path
   * and the renderers, which the workbench finds by a class URI.
   */
  static final List<String> E4_RUNTIME = List.of("org.eclipse.osgi", "org.eclipse.equinox.simpleconfigurator", "org.apache.felix.scr",
      "org.eclipse.equinox.event", "org.eclipse.e4.core.di.extensions.supplier", "org.eclipse.e4.ui.workbench.swt",
      "org.eclipse.e4.ui.workbench.renderers.swt");

  private record Bundle(String name, String line, List<String> requiredBundles, List<String> importedPackages,
      List<String> exportedPackages, String host, boolean platformSpecific, List<String> requiredCapabilities,
      List<String> providedCapabilities) {
  }

  private MinimalBundles() {
  }

  /**
   * The lines of {@code bundlesInfo} (an installation's bundles.info, paths relative to
   * {@code installation}) that {@code roots} need, in their original order.
   */
  static List<String> closure(Path installation, List<String> bundlesInfo, List<String> roots) throws IOException {
    Map<String, Bundle> byName = new HashMap<>();
    Map<String, String> exporterOf = new HashMap<>();
    Map<String, List<String>> providersOf = new HashMap<>();
    List<Bundle> fragments = new ArrayList<>();
    for (String line : bundlesInfo) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",");
      Manifest manifest = manifestOf(installation.resolve(fields[2]));
      if (manifest == null) {
        continue;
      }
      Attributes main = manifest.getMainAttributes();
      Bundle bundle = new Bundle(fields[0], line, names(main.getValue("Require-Bundle")), names(main.getValue("Import-Package")),
          names(main.getValue("Export-Package")), first(names(main.getValue("Fragment-Host"))),
          main.getValue("Eclipse-PlatformFilter") != null, namespaces(main.getValue("Require-Capability"), true),
          namespaces(main.getValue("Provide-Capability"), false));
      byName.put(bundle.name(), bundle);
      bundle.exportedPackages().forEach(exported -> exporterOf.putIfAbsent(exported, bundle.name()));
      bundle.providedCapabilities().forEach(namespace -> providersOf.computeIfAbsent(namespace, n -> new ArrayList<>()).add(bundle.name()));
      if (bundle.host() != null) {
        fragments.add(bundle);
      }
    }
    Set<String> taken = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(roots);
    while (!next.isEmpty()) {
      String name = next.pop();
      Bundle bundle = byName.get(name);
      if (bundle == null || !taken.add(name)) {
        continue;
      }
      next.addAll(bundle.requiredBundles());
      for (String imported : bundle.importedPackages()) {
        String exporter = exporterOf.get(imported);
        if (exporter != null) {
          next.add(exporter);
        }
      }
      for (String namespace : bundle.requiredCapabilities()) {
        next.addAll(providersOf.getOrDefault(namespace, List.of()));
      }
      for (Bundle fragment : fragments) {
        if (fragment.host().equals(name) && fragment.platformSpecific()) {
          next.add(fragment.name());
        }
      }
      if (bundle.host() != null) {
        next.add(bundle.host());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String line : bundlesInfo) {
      if (line.startsWith("#") || taken.contains(line.split(",")[0])) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static Manifest manifestOf(Path bundle) throws IOException {
    if (Files.isDirectory(bundle)) {
      Path file = bundle.resolve("META-INF/MANIFEST.MF");
      if (!Files.isRegularFile(file)) {
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        return new Manifest(in);
      }
    }
    if (!Files.isRegularFile(bundle)) {
      return null;
    }
    try (JarFile jar = new JarFile(bundle.toFile())) {
      return jar.getManifest();
    }
  }

  /** The names of a manifest header's clauses, leaving out those marked optional. */
  private static List<String> names(String header) {
    List<String> names = new ArrayList<>();
    if (header == null) {
      return names;
    }
    for (String clause : clauses(header)) {
      if (clause.replace(" ", "").contains("resolution:=optional")) {
        continue;
      }
      for (String part : clause.split(";")) {
        String name = part.strip();
        if (!name.contains("=")) {
          names.add(name);   // a clause may name several packages before its attributes
        }
      }
    }
    return names;
  }

  /**
   * The namespaces of a capability header's clauses. Of requirements, those the resolver enforces:
   * not the Java version (the runtime's), nor optional ones or those effective only when active
   * (services, which an application may do without).
   */
  private static List<String> namespaces(String header, boolean requirements) {
    List<String> namespaces = new ArrayList<>();
    if (header == null) {
      return namespaces;
    }
    for (String clause : clauses(header)) {
      String compact = clause.replace(" ", "");
      String namespace = clause.split(";")[0].strip();
      if (requirements && (namespace.equals("osgi.ee") || compact.contains("resolution:=optional") || compact.contains("effective:=active"))) {
        continue;
      }
      namespaces.add(namespace);
    }
    return namespaces;
  }

  /** A header split at the commas outside quotes (version ranges hold commas in quotes). */
  private static List<String> clauses(String header) {
    List<String> clauses = new ArrayList<>();
    StringBuilder clause = new StringBuilder();
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        clauses.add(clause.toString());
        clause.setLength(0);
      } else {
        clause.append(c);
      }
    }
    clauses.add(clause.toString());
    return clauses;
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? null : names.get(0);
  }
}
