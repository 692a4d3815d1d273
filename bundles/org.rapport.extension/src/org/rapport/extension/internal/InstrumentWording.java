// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.rapport.model.Catalogue;
import org.rapport.model.InstrumentItem;
import org.rapport.model.InstrumentStructure;

/**
 * The licensed wording of one instrument's items, as an institution supplies it in a properties
 * file. Rapport ships such instruments as structure only (DOMAIN.md); the wording lives in the
 * extension of whoever holds the licence, and is filled into copies of the catalogues.
 */
public record InstrumentWording(String institution, String instrument, String licence, Map<String, String> items) {

  static final String ITEM_PREFIX = "item.";

  /** Thrown for a file that is not usable, with a message naming the cause. */
  static final class BadWordingException extends Exception {
    private static final long serialVersionUID = 1L;

    BadWordingException(String message) {
      super(message);
    }
  }

  /** The largest wording file read: a few hundred items' wording is far below it. */
  static final int MAX_BYTES = 1024 * 1024;

  /** Reads a properties file in UTF-8 of at most {@link #MAX_BYTES}; the stream is not closed. */
  static InstrumentWording read(InputStream in) throws BadWordingException, IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new BadWordingException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    Properties properties = new Properties();
    // strict decoding: a file saved in another encoding is refused instead of showing mangled wording
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      properties.load(reader);
    } catch (CharacterCodingException e) {
      throw new BadWordingException("the file is not UTF-8 text");
    } catch (IOException | IllegalArgumentException e) {
      throw new BadWordingException("the file is not a valid properties file (" + e.getMessage() + ")");
    }
    String institution = required(properties, "institution");
    String instrument = required(properties, "instrument");
    String licence = required(properties, "licence");
    Map<String, String> items = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(ITEM_PREFIX) && key.length() > ITEM_PREFIX.length()) {
        String wording = properties.getProperty(key).strip();
        if (wording.isEmpty()) {
          throw new BadWordingException("the wording of " + key + " is empty");
        }
        items.put(key.substring(ITEM_PREFIX.length()), wording);
      } else if (!key.equals("institution") && !key.equals("instrument") && !key.equals("licence")) {
        throw new BadWordingException("unknown key '" + key + "' (expected institution, instrument, licence and item.<item id>)");
      }
    }
    if (items.isEmpty()) {
      throw new BadWordingException("no item wording (item.<item id>=...) is given");
    }
    return new InstrumentWording(institution, instrument, licence, Map.copyOf(items));
  }

  private static String required(Properties properties, String key) throws BadWordingException {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new BadWordingException("'" + key + "=' is missing or empty");
    }
    return value.strip();
  }

  /**
   * Fills the wording into the items of the matching instrument in {@code catalogue}. An item that
   * already has wording keeps it: its id goes to {@code refused}. Every item id found in a
   * matching instrument goes to {@code matched}.
   *
   * @return whether {@code catalogue} has the instrument
   */
  boolean applyTo(Catalogue catalogue, Set<String> matched, Set<String> refused) {
    boolean found = false;
    for (InstrumentStructure structure : catalogue.getInstruments()) {
      if (instrument.equals(structure.getId())) {
        found = true;
        for (InstrumentItem item : structure.getItems()) {
          String wording = items.get(item.getId());
          if (wording == null) {
            continue;
          }
          matched.add(item.getId());
          if (item.getWording() != null && !item.getWording().isBlank()) {
            refused.add(item.getId());   // never replace what the catalogue's own author wrote
          } else {
            item.setWording(wording);
          }
        }
      }
    }
    return found;
  }
}
