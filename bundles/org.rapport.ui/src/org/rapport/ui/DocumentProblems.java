// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.model.Document;

/** The validation problems of one open document, as its editor last found them. */
public record DocumentProblems(MPart part, Document document, List<Problem> problems) {

  /** One problem: where it is (object and, when known, feature) and what it says. */
  public record Problem(int severity, String message, EObject object, EStructuralFeature feature) {

    public boolean isError() {
      return severity >= Diagnostic.ERROR;
    }
  }

  /** The leaves of a diagnostic tree that are not OK, each with the object and feature it names. */
  public static List<Problem> of(Diagnostic diagnostic) {
    List<Problem> problems = new ArrayList<>();
    collect(diagnostic, problems);
    return problems;
  }

  private static void collect(Diagnostic diagnostic, List<Problem> problems) {
    if (diagnostic.getChildren().isEmpty()) {
      if (diagnostic.getSeverity() != Diagnostic.OK) {
        List<?> data = diagnostic.getData();
        EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
        EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
        problems.add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage(), object, feature));
      }
      return;
    }
    diagnostic.getChildren().forEach(child -> collect(child, problems));
  }
}
