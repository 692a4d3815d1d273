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
}
