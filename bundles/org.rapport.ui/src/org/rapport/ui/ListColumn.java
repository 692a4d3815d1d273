// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;

/**
 * One column of a {@link ListSection}: its title, its share of the table's width, the attribute it edits (null for a
 * column that only shows), and how a row shows in it.
 */
public record ListColumn(String title, int weight, EAttribute attribute, Function<Object, String> text) {

  /** A column showing and editing {@code attribute} as text. */
  public static ListColumn editing(String title, int weight, EAttribute attribute) {
    return new ListColumn(title, weight, attribute, row -> {
      Object value = ((org.eclipse.emf.ecore.EObject) row).eGet(attribute);
      return value == null ? "" : value instanceof Boolean yes ? (yes ? "yes" : "")
          : String.valueOf(value instanceof org.eclipse.emf.common.util.Enumerator e ? words(e.getLiteral()) : value);
    });
  }

  /** A column that only shows. */
  public static ListColumn showing(String title, int weight, Function<Object, String> text) {
    return new ListColumn(title, weight, null, text);
  }

  /** A model name in words a user reads: the literal {@code carried-on} is "Carried on", the attribute {@code dateTime} "Date time". */
  public static String words(String name) {
    String spaced = name.replace('-', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
