// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows between Rapport's bundles point down, towards the model: read from each bundle's
 * manifest, as the build and OSGi read them.
 */
class BundleLayeringTest {

  private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();

  @Test
  void onlyTheCommandLinesTestsRequireTheCommandLineBundle() throws IOException {
    List<String> requiring = new ArrayList<>();
    requirements().forEach((bundle, required) -> {
      if (required.contains("org.rapport.cli") && !bundle.equals("org.rapport.cli.tests")) {
        requiring.add(bundle);
      }
    });
    assertEquals(List.of(), requiring, "the workbench reaches check and export through org.rapport.operations");
  }

  @Test
  void anEditorRequiresNeitherAnotherEditorNorTheApplication() throws IOException {
    Map<String, List<String>> requirements = requirements();
    List<String> editors = requirements.keySet().stream().filter(b -> b.startsWith("org.rapport.editor.") && !b.endsWith(".tests")).toList();
    assertEquals(3, editors.size(), editors.toString());
    for (String editor : editors) {
      for (String required : requirements.get(editor)) {
        assertTrue(!required.startsWith("org.rapport.editor.") && !required.equals("org.rapport.app"), editor + " requires " + required);
      }
    }
  }

  @Test
  void theModelRequiresNoOtherRapportBundle() throws IOException {
    assertEquals(List.of(), requirements().get("org.rapport.model").stream().filter(b -> b.startsWith("org.rapport.")).toList());
  }

  /** Every bundle's Require-Bundle names, by symbolic name. */
  private static Map<String, List<String>> requirements() throws IOException {
    Map<String, List<String>> requirements = new TreeMap<>();
    try (Stream<Path> children = Files.list(BUNDLES)) {
      for (Path manifestFile : children.map(dir -> dir.resolve("META-INF/MANIFEST.MF")).filter(Files::exists).toList()) {
        try (InputStream in = Files.newInputStream(manifestFile)) {
          var attributes = new Manifest(in).getMainAttributes();
          String name = attributes.getValue("Bundle-SymbolicName").split(";")[0].strip();
          List<String> required = new ArrayList<>();
          String header = attributes.getValue("Require-Bundle");
          if (header != null) {
            // clauses are separated by commas outside quotes (a version range holds one)
            for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
              required.add(clause.split(";")[0].strip());
            }
          }
          requirements.put(name, required);
        }
      }
    }
    return requirements;
  }
}
