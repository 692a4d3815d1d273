// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Decides whether a persisted workbench model can be read at all. */
public final class PersistedLayout {

  private PersistedLayout() {
  }

  /**
   * @return null when the file is absent or a well-formed XMI document, otherwise a short reason
   */
  public static String problemWith(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      if (Files.size(file) == 0) {
        return "the file is empty";
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setNamespaceAware(true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      var root = builder.parse(file.toFile()).getDocumentElement();
      if (!"Application".equals(root.getLocalName())) {
        return "it does not hold a workbench model";
      }
      return null;
    } catch (SAXException e) {
      return "it is not well-formed XML: " + e.getMessage();
    } catch (IOException | ParserConfigurationException e) {
      return e.getMessage();
    }
  }

  /** The file beside a saved layout that names the application model it was saved with. */
  static Path stampOf(Path layout) {
    return layout.resolveSibling(layout.getFileName() + ".model");
  }

  /**
   * Why a saved layout was made with another application model than {@code digest} (a version of
   * Rapport whose menus or parts differ, whose new items the saved layout would hide), or null when
   * it is the same or there is no saved layout.
   */
  public static String staleness(Path layout, String digest) {
    if (!Files.isRegularFile(layout)) {
      return null;
    }
    try {
      Path stamp = stampOf(layout);
      if (!Files.isRegularFile(stamp)) {
        return "it was saved by a version of Rapport that did not record its menus and parts";
      }
      return Files.readString(stamp).strip().equals(digest) ? null : "it was saved by a version of Rapport with other menus and parts";
    } catch (IOException e) {
      return "its record of the menus and parts cannot be read: " + e.getMessage();
    }
  }

  /** Records that the layout saved at {@code layout} from now on is made with the application model {@code digest}. */
  public static void stamp(Path layout, String digest) throws IOException {
    Files.createDirectories(layout.getParent());
    Files.writeString(stampOf(layout), digest + "\n");
  }

  /** The SHA-256 of an application model's bytes, in hex. */
  public static String digestOf(java.io.InputStream model) throws IOException {
    try (model) {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(model.readAllBytes()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
