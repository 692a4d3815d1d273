// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.model.RapportPackage;

/**
 * Two versions of one document compared field by field, whatever its kind: each attribute that
 * differs, contained objects (goals, stages, clauses) by position. Signed steps are compared by
 * count, as their detail is in the editor's step list.
 */
final class FieldDifferences {

  /** One field that differs: where it is ("Goals 2 \u203a Text"), and its value in each version. */
  record Row(String field, String here, String other) {
  }

  private FieldDifferences() {
  }

  static List<Row> between(EObject here, EObject other) {
    List<Row> rows = new ArrayList<>();
    if (here == null || other == null) {
      return rows;
    }
    compare("", here, other, rows);
    return rows;
  }

  private static void compare(String path, EObject here, EObject other, List<Row> rows) {
    if (here.eClass() != other.eClass()) {
      rows.add(new Row(path.isEmpty() ? "Kind" : path, here.eClass().getName(), other.eClass().getName()));
      return;
    }
    for (EStructuralFeature feature : here.eClass().getEAllStructuralFeatures()) {
      if (feature.isDerived() || feature.isTransient()) {
        continue;
      }
      String field = path + label(feature);
      if (feature == RapportPackage.Literals.DOCUMENT__STEPS) {
        int a = ((List<?>) here.eGet(feature)).size();
        int b = ((List<?>) other.eGet(feature)).size();
        if (a != b) {
          rows.add(new Row("Signed steps", Integer.toString(a), Integer.toString(b)));
        }
      } else if (feature instanceof EAttribute) {
        String a = text(here.eGet(feature));
        String b = text(other.eGet(feature));
        if (!a.equals(b)) {
          rows.add(new Row(field, a, b));
        }
      } else if (feature instanceof EReference reference && reference.isContainment()) {
        List<EObject> a = contents(here, reference);
        List<EObject> b = contents(other, reference);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
          String at = a.size() + b.size() > 2 || reference.isMany() ? field + " " + (i + 1) : field;
          if (i >= a.size() || i >= b.size()) {
            rows.add(new Row(at, i < a.size() ? summary(a.get(i)) : "\u2014", i < b.size() ? summary(b.get(i)) : "\u2014"));
          } else {
            compare(at + " \u203a ", a.get(i), b.get(i), rows);
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<EObject> contents(EObject owner, EReference reference) {
    Object value = owner.eGet(reference);
    if (reference.isMany()) {
      return (List<EObject>) value;
    }
    return value == null ? List.of() : List.of((EObject) value);
  }

  private static String summary(EObject object) {
    return object.eClass().getEAllAttributes().stream().map(object::eGet).filter(Objects::nonNull).map(FieldDifferences::text)
        .filter(s -> !s.isEmpty()).findFirst().orElse(object.eClass().getName());
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(FieldDifferences::text).collect(Collectors.joining("; "));
    }
    return value == null ? "" : value.toString();
  }

  /** "supervisionQuestions" as "Supervision questions". */
  static String label(EStructuralFeature feature) {
    String name = feature.getName();
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i == 0) {
        label.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        label.append(' ').append(Character.toLowerCase(c));
      } else {
        label.append(c);
      }
    }
    return label.toString();
  }
}
