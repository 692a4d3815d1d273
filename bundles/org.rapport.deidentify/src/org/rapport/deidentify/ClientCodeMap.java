// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Replaces client codes by fresh codes ({@code CL-T001}, {@code CL-T002}, ...), the same fresh code
 * every time the same client code is met, so that the de-identified documents of one client still
 * belong together. Codes are compared without regard to case. Fresh codes are handed out in the
 * order the client codes are first met: numbered 1, 2, 3 ... by default, or drawn at random (but
 * reproducibly) from a seeded {@link Random}, so that their order says nothing about the order of
 * the originals. A fresh code never equals a client code the map has been told about.
 *
 * <p>Not thread-safe; one map serves one export.
 */
public final class ClientCodeMap {

  /** The prefix of every fresh code. */
  public static final String PREFIX = "CL-T";

  private final Map<String, String> fresh = new LinkedHashMap<>();
  private final Map<String, String> originals = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Random random;
  private int counter;

  /** A map numbering fresh codes 1, 2, 3 ... in the order client codes are first met. */
  public ClientCodeMap() {
    this(null);
  }

  /**
   * A map drawing fresh code numbers from {@code random}; {@code null} numbers them in order.
   * The same seed gives the same codes for the same documents.
   */
  public ClientCodeMap(Random random) {
    this.random = random;
  }

  /**
   * Makes {@code code} known (so that it is found in text as it is written) and gives it its
   * fresh code now, if it has none yet.
   *
   * @return the fresh code of {@code code}
   */
  public String register(String code) {
    return map(code);
  }

  /** @return the fresh code of {@code code}, handing out a new one the first time it is met */
  public String map(String code) {
    String key = key(code);
    String known = fresh.get(key);
    if (known != null) {
      return known;
    }
    originals.put(key, code.strip());
    String next = next();
    fresh.put(key, next);
    used.add(key(next));
    return next;
  }

  /** @return the fresh code already given to {@code code}, if any */
  public Optional<String> lookup(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(fresh.get(key(code)));
  }

  /** @return whether {@code code} is a client code this map knows */
  public boolean isKnown(String code) {
    return code != null && fresh.containsKey(key(code));
  }

  /** @return whether {@code code} is one of the fresh codes this map handed out */
  public boolean isFresh(String code) {
    return code != null && fresh.containsValue(code.strip().toUpperCase(Locale.ROOT));
  }

  /** @return how many client codes the map knows */
  public int size() {
    return fresh.size();
  }

  /** @return every client code met so far (as first written) with its fresh code, in the order met */
  public Map<String, String> asMap() {
    Map<String, String> result = new LinkedHashMap<>();
    fresh.forEach((key, value) -> result.put(originals.get(key), value));
    return Collections.unmodifiableMap(result);
  }

  private String next() {
    while (true) {
      int number;
      if (random == null) {
        number = ++counter;
      } else {
        int bound = 999;
        while (fresh.size() * 2 > bound) {
          bound = bound * 10 + 9;
        }
        number = 1 + random.nextInt(bound);
      }
      String candidate = PREFIX + String.format(Locale.ROOT, "%03d", number);
      String candidateKey = key(candidate);
      if (!used.contains(candidateKey) && !fresh.containsKey(candidateKey)) {
        return candidate;
      }
    }
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
