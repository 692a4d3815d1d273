// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository opens in an Eclipse IDE as PDE projects, and its hand-written sources carry their
 * licence. No IDE can be installed where the tests run, so the files an IDE reads are checked
 * here, against what the build reads (the manifest and build.properties of each bundle).
 * {@code releng/scripts/eclipse-projects.sh} writes them.
 */
class EclipseProjectFilesTest {

  /** The tests run in this bundle's folder: its siblings are every bundle of the repository. */
  private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyBundleIsAPluginProjectNamedAfterItsSymbolicName() throws IOException {
    List<Path> bundles = bundles();
    assertTrue(bundles.size() > 20, "the bundles are found: " + bundles);
    for (Path bundle : bundles) {
      Path project = bundle.resolve(".project");
      assertTrue(Files.exists(project), bundle.getFileName() + " has a .project");
      String text = Files.readString(project);
      assertTrue(text.contains("<name>" + symbolicName(bundle) + "</name>"), project.toString());
      assertTrue(text.contains("<nature>org.eclipse.pde.PluginNature</nature>"), project + " is a plug-in project");
      assertTrue(text.contains("<nature>org.eclipse.jdt.core.javanature</nature>"), project + " is a Java project");
    }
  }

  @Test
  void everyBundlesClasspathNamesExactlyTheSourceFoldersItsBuildCompiles() throws IOException {
    for (Path bundle : bundles()) {
      Properties build = new Properties();
      try (InputStream in = Files.newInputStream(bundle.resolve("build.properties"))) {
        build.load(in);
      }
      List<String> compiled = Arrays.stream(build.getProperty("source..", "").split(","))
          .map(String::strip).map(folder -> folder.replaceAll("/$", "")).filter(folder -> !folder.isEmpty()).toList();
      assertFalse(compiled.isEmpty(), bundle + " names its source folders");
      String classpath = Files.readString(bundle.resolve(".classpath"));
      List<String> named = new ArrayList<>();
      var entry = java.util.regex.Pattern.compile("kind=\"src\" path=\"([^\"]+)\"").matcher(classpath);
      while (entry.find()) {
        named.add(entry.group(1));
      }
      assertEquals(compiled, named, bundle.getFileName() + "/.classpath");
      assertTrue(classpath.contains("JavaSE-21"), bundle + " compiles for Java 21 in the IDE too");
      assertTrue(classpath.contains("org.eclipse.pde.core.requiredPlugins"), bundle + " takes its dependencies from the manifest");
    }
  }

  @Test
  void everyBundleCarriesTheCompilerAndFormatterSettings() throws IOException {
    for (Path bundle : bundles()) {
      Path jdt = bundle.resolve(".settings/org.eclipse.jdt.core.prefs");
      assertTrue(Files.exists(jdt), jdt.toString());
      String settings = Files.readString(jdt);
      assertTrue(settings.contains("org.eclipse.jdt.core.compiler.compliance=21"), jdt.toString());
      assertTrue(settings.contains("org.eclipse.jdt.core.formatter.tabulation.char=space"), jdt + " formats with spaces");
      assertTrue(Files.readString(bundle.resolve(".settings/org.eclipse.core.resources.prefs")).contains("UTF-8"), bundle.toString());
    }
  }

  @Test
  void everyHandWrittenJavaFileNamesItsLicenceFirst() throws IOException {
    List<Path> without = new ArrayList<>();
    for (Path bundle : bundles()) {
      Path src = bundle.resolve("src");
      if (!Files.isDirectory(src)) {
        continue;   // generated code only (src-gen), which the generator writes
      }
      try (Stream<Path> files = Files.walk(src)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (!Files.readString(file).startsWith("// SPDX-License-Identifier: EPL-2.0\n")) {
            without.add(BUNDLES.relativize(file));
          }
        }
      }
    }
    assertEquals(List.of(), without, "hand-written files without the SPDX line");
  }

  private static List<Path> bundles() throws IOException {
    try (Stream<Path> children = Files.list(BUNDLES)) {
      return children.filter(dir -> Files.exists(dir.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
    }
  }

  private static String symbolicName(Path bundle) throws IOException {
    try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
      return new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
    }
  }
}
