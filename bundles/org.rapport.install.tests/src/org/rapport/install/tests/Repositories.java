// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small p2 repositories written by hand: a feature group with or without a requirement, and no artifacts. */
final class Repositories {

  private Repositories() {
  }

  /** A metadata repository with one feature group {@code id}, requiring {@code required} (an IU id) when not null. */
  static String content(String id, String name, String version, String required) {
    String requires = required == null ? ""
        : "      <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='" + required
            + "' range='[1.0.0,2.0.0)'/></requires>\n";
    return """
        <?xml version='1.0' encoding='UTF-8'?>
        <?metadataRepository version='1.2.0'?>
        <repository name='Test' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
          <units size='1'>
            <unit id='%1$s.feature.group' version='%3$s'>
              <properties size='3'>
                <property name='org.eclipse.equinox.p2.name' value='%2$s'/>
                <property name='org.eclipse.equinox.p2.provider' value='Test Clinic'/>
                <property name='org.eclipse.equinox.p2.type.group' value='true'/>
              </properties>
              <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.feature.group' version='%3$s'/></provides>
        %4$s      <touchpoint id='null' version='0.0.0'/>
            </unit>
          </units>
        </repository>
        """.formatted(id, name, version, requires);
  }

  /** A metadata repository with feature group {@code outer}, which includes feature group {@code inner}. */
  static String including(String outer, String inner) {
    String one = content(inner, "Inner", "1.0.0", null);
    String units = one.substring(one.indexOf("<unit "), one.indexOf("</units>"));
    return content(outer, "Outer", "1.0.0", inner + ".feature.group").replace("<units size='1'>", "<units size='2'>")
        .replace("</units>", units + "</units>");
  }

  /**
   * A metadata repository with a release of product {@code id}: the product unit, which requires its
   * one feature group at exactly its own version, as Tycho writes a product.
   */
  static String product(String id, String version) {
    return """
        <?xml version='1.0' encoding='UTF-8'?>
        <?metadataRepository version='1.2.0'?>
        <repository name='Release' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
          <units size='2'>
            <unit id='%1$s' version='%2$s'>
              <properties size='2'>
                <property name='org.eclipse.equinox.p2.name' value='Example Product'/>
                <property name='org.eclipse.equinox.p2.type.product' value='true'/>
              </properties>
              <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%1$s' version='%2$s'/></provides>
              <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='%1$s.core.feature.group' range='[%2$s,%2$s]'/></requires>
              <touchpoint id='null' version='0.0.0'/>
            </unit>
            <unit id='%1$s.core.feature.group' version='%2$s'>
              <properties size='2'>
                <property name='org.eclipse.equinox.p2.name' value='Example Core'/>
                <property name='org.eclipse.equinox.p2.type.group' value='true'/>
              </properties>
              <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='%1$s.core.feature.group' version='%2$s'/></provides>
              <touchpoint id='null' version='0.0.0'/>
            </unit>
          </units>
        </repository>
        """.formatted(id, version);
  }

  static final String NO_ARTIFACTS = """
      <?xml version='1.0' encoding='UTF-8'?>
      <?artifactRepository version='1.1.0'?>
      <repository name='Test' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
        <artifacts size='0'/>
      </repository>
      """;

  /** Writes a zip of {@code entries} (name to text). */
  static Path zip(Path file, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  static Path repository(Path file, String id, String name, String version, String required) throws IOException {
    return zip(file, Map.of("content.xml", content(id, name, version, required), "artifacts.xml", NO_ARTIFACTS));
  }
}
