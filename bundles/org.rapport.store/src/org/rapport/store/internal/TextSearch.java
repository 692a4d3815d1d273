// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rapport.model.DocumentEntry;
import org.rapport.store.SearchHit;

/**
 * Full-text search over document files without building model objects: the text a user wrote is
 * in attribute values and element text of the XMI, so those are unescaped and matched, and names
 * of the markup never are. Reading the files is the cost; parsing them into EMF objects would be
 * several times more.
 */
final class TextSearch {

  private static final int PASSAGE = 60;

  private TextSearch() {
  }

  /** {@code reader} gives a file's XML text, or null when it cannot be read. */
  static List<SearchHit> search(Path folder, List<DocumentEntry> entries, String query, java.util.function.Function<Path, String> reader) {
    String needle = query.strip().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      return List.of();
    }
    return entries.parallelStream().map(entry -> find(folder, entry, needle, reader)).filter(Objects::nonNull).toList();
  }

  private static SearchHit find(Path folder, DocumentEntry entry, String needle, java.util.function.Function<Path, String> reader) {
    Path file = folder.resolve(String.valueOf(entry.getFile())).normalize();
    String xml;
    try {
      if (!file.startsWith(folder) || !Files.isRegularFile(file) || Files.size(file) > SafeXmi.MAX_BYTES) {
        return null;
      }
      xml = reader.apply(file);
      if (xml == null) {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;   // an unreadable file is reported when it is opened, not by a search
    }
    int at = 0;
    while (at < xml.length()) {
      int start;
      int end;
      int quote = xml.indexOf("=\"", at);
      int tagEnd = xml.indexOf('>', at);
      if (quote < 0 && tagEnd < 0) {
        break;
      }
      if (quote >= 0 && (tagEnd < 0 || quote < tagEnd)) {
        start = quote + 2;   // an attribute value
        end = xml.indexOf('"', start);
      } else {
        start = tagEnd + 1;   // text between tags
        end = xml.indexOf('<', start);
      }
      if (end < 0) {
        break;
      }
      if (end > start) {
        String text = unescape(xml.substring(start, end));
        int match = text.toLowerCase(Locale.ROOT).indexOf(needle);
        if (match >= 0) {
          return new SearchHit(entry, passage(text, match, needle.length()));
        }
      }
      at = end + 1;
    }
    return null;
  }

  private static String passage(String text, int match, int length) {
    int from = Math.max(0, match - PASSAGE);
    int to = Math.min(text.length(), match + length + PASSAGE);
    return (from > 0 ? "\u2026" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "\u2026" : "");
  }

  /** XML's predefined entities and character references, as EMF writes them. */
  static String unescape(String value) {
    if (value.indexOf('&') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int semicolon = c == '&' ? value.indexOf(';', i) : -1;
      if (semicolon < 0 || semicolon - i > 10) {
        out.append(c);
        continue;
      }
      String entity = value.substring(i + 1, semicolon);
      String replaced = switch (entity) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> characterReference(entity);
      };
      if (replaced == null) {
        out.append(c);
      } else {
        out.append(replaced);
        i = semicolon;
      }
    }
    return out.toString();
  }

  private static String characterReference(String entity) {
    try {
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        return Character.toString(Integer.parseInt(entity.substring(2), 16));
      }
      if (entity.startsWith("#")) {
        return Character.toString(Integer.parseInt(entity.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      // not a reference after all
    }
    return null;
  }
}
