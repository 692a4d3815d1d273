// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds the line of an object (and of one of its attributes) in the XMI file it was read from.
 * EMF keeps no positions, so the file is scanned once more: XMI names each contained element
 * after its containment feature, which gives every element a path ({@code /agenda.2/...}) that
 * can also be computed from the loaded object.
 */
public final class ElementLines {

  private final String text;
  private final int[] lineStarts;
  /** Element path to the offsets of its start tag: [first char, one past the closing '>']. */
  private final Map<String, int[]> tags = new HashMap<>();

  private ElementLines(String text) {
    this.text = text;
    int[] starts = new int[64];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, count);
  }

  /** Scans a file the store has already read successfully; a scan failure leaves lines unknown (0). */
  public static ElementLines of(byte[] xml) {
    ElementLines lines = new ElementLines(new String(xml, StandardCharsets.UTF_8));
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(new ByteArrayInputStream(xml), lines.new Scanner());
    } catch (Exception e) {
      lines.tags.clear();
    }
    return lines;
  }

  /** The line of {@code feature}'s attribute on {@code object}'s element, else of the element, else 0. */
  public int lineOf(EObject object, EStructuralFeature feature) {
    int[] tag = tags.get(pathOf(object));
    if (tag == null) {
      return 0;
    }
    int at = tag[0];
    if (feature != null) {
      int attribute = findAttribute(feature.getName(), tag[0], tag[1]);
      at = attribute >= 0 ? attribute : at;
    }
    return lineAt(at);
  }

  private int findAttribute(String name, int from, int to) {
    String wanted = name + "=";
    for (int i = text.indexOf(wanted, from); i >= 0 && i < to; i = text.indexOf(wanted, i + 1)) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private int lineAt(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  /** The path this scanner gives the element of {@code object}: "" for the root. */
  static String pathOf(EObject object) {
    Deque<String> segments = new ArrayDeque<>();
    for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
      EReference containment = current.eContainmentFeature();
      int index = containment.isMany() ? ((List<?>) current.eContainer().eGet(containment)).indexOf(current) : 0;
      segments.push("/" + containment.getName() + "." + index);
    }
    return String.join("", segments);
  }

  private final class Scanner extends DefaultHandler {
    private final Deque<String> paths = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String path;
      if (paths.isEmpty()) {
        path = "";
      } else {
        String name = qName.substring(qName.indexOf(':') + 1);
        int index = siblings.peek().merge(name, 1, Integer::sum) - 1;
        path = paths.peek() + "/" + name + "." + index;
      }
      paths.push(path);
      siblings.push(new HashMap<>());
      int end = offsetOf(locator.getLineNumber(), locator.getColumnNumber());
      int start = Math.max(text.lastIndexOf('<', Math.max(end - 1, 0)), 0);
      tags.put(path, new int[] {start, end});
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      paths.pop();
      siblings.pop();
    }

    private int offsetOf(int line, int column) {
      if (line < 1 || line > lineStarts.length) {
        return 0;
      }
      return Math.min(lineStarts[line - 1] + Math.max(column - 1, 0), text.length());
    }
  }
}
