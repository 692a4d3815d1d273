// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** Validation where the problem is: a marker beside each field of an editor that has a problem, the problem as its hover text. */
public final class ProblemMarkers {

  private final Map<Control, ControlDecoration> markers = new HashMap<>();

  /** Marks the field {@code fieldOf} gives for each problem (null: not shown by a field) and clears the others. */
  public void show(List<DocumentProblems.Problem> problems, Function<DocumentProblems.Problem, Control> fieldOf) {
    markers.keySet().removeIf(Control::isDisposed);
    markers.values().forEach(ControlDecoration::hide);
    for (DocumentProblems.Problem problem : problems) {
      Control field = fieldOf.apply(problem);
      if (field != null && !field.isDisposed()) {
        ControlDecoration marker = markers.computeIfAbsent(field, f -> new ControlDecoration(f, SWT.LEFT | SWT.TOP));
        marker.setImage(icon(problem));
        marker.setDescriptionText(problem.message());
        marker.show();
      }
    }
  }

  /** The standard error or warning icon for {@code problem}. */
  public static Image icon(DocumentProblems.Problem problem) {
    return FieldDecorationRegistry.getDefault()
        .getFieldDecoration(problem.isError() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage();
  }
}
