// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Extension bundles made on the fly: a manifest with the given headers and the given files,
 * installed and resolved in the running framework, so that each test sees its own contributions
 * come and go exactly as an installed institution bundle's would.
 */
final class TestBundles implements AutoCloseable {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final BundleContext context = FrameworkUtil.getBundle(TestBundles.class).getBundleContext();
  private final List<Bundle> installed = new ArrayList<>();

  /** A builder of one bundle. */
  final class Builder {
    private final String name = "test.extension.b" + COUNT.incrementAndGet();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Builder header(String header, String value) {
      headers.put(header, value);
      return this;
    }

    Builder file(String path, String content) {
      files.put(path, content.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Builder file(String path, byte[] content) {
      files.put(path, content);
      return this;
    }

    /** Installs and resolves the bundle; it is uninstalled when the {@link TestBundles} close. */
    Bundle install() throws IOException, BundleException {
      Manifest manifest = new Manifest();
      Attributes main = manifest.getMainAttributes();
      main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
      main.putValue("Bundle-ManifestVersion", "2");
      main.putValue("Bundle-SymbolicName", name);
      main.putValue("Bundle-Version", "1.0.0");
      headers.forEach(main::putValue);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          jar.putNextEntry(new JarEntry(file.getKey()));
          jar.write(file.getValue());
          jar.closeEntry();
        }
      }
      Bundle bundle = context.installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
      installed.add(bundle);
      context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
      return bundle;
    }
  }

  Builder bundle() {
    return new Builder();
  }

  @Override
  public void close() throws BundleException {
    for (Bundle bundle : installed) {
      bundle.uninstall();
    }
    installed.clear();
  }
}
