// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The texts of Rapport's installed bundles, read as the bundles ship them ({@code OSGI-INF/l10n/bundle*.properties}). */
record Translations(Bundle bundle, Properties english, Properties german) {

  static final String ENGLISH = "OSGI-INF/l10n/bundle.properties";
  static final String GERMAN = "OSGI-INF/l10n/bundle_de.properties";

  /** Every installed {@code org.rapport.*} bundle that ships English texts, with its German ones (empty if it has none). */
  static List<Translations> installed() {
    List<Translations> found = new ArrayList<>();
    for (Bundle bundle : FrameworkUtil.getBundle(Translations.class).getBundleContext().getBundles()) {
      if (bundle.getSymbolicName().startsWith("org.rapport.") && bundle.getEntry(ENGLISH) != null) {
        found.add(new Translations(bundle, read(bundle.getEntry(ENGLISH)), read(bundle.getEntry(GERMAN))));
      }
    }
    return found;
  }

  /** The English text of {@code key} in the installed bundle {@code symbolicName}: how an English test names a dialog. */
  static String english(String symbolicName, String key) {
    return installed().stream().filter(texts -> texts.name().equals(symbolicName)).findFirst()
        .map(texts -> texts.english().getProperty(key)).orElseThrow(() -> new AssertionError(symbolicName + " has no text " + key));
  }

  /** The text of a bundle's file, or null if the bundle has no such file. */
  static String file(Bundle bundle, String path) {
    URL entry = bundle.getEntry(path);
    if (entry == null) {
      return null;
    }
    try (InputStream in = entry.openStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> keys(Properties properties) {
    List<String> keys = new ArrayList<>(properties.stringPropertyNames());
    Collections.sort(keys);
    return keys;
  }

  String name() {
    return bundle.getSymbolicName();
  }

  private static Properties read(URL entry) {
    Properties properties = new Properties();
    if (entry == null) {
      return properties;
    }
    try (InputStream in = entry.openStream()) {
      // as java.util.ResourceBundle reads them: ISO 8859-1 with \\u escapes
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
