// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Small helpers for the tables of parts and editors. */
public final class Tables {

  private Tables() {
  }

  /** Adds a text column showing {@code text} of each row (rows are of {@code type}). */
  public static <T> void column(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
    TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
    column.getColumn().setText(title);
    column.getColumn().setWidth(width);
    column.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object element) {
        return type.isInstance(element) ? text.apply(type.cast(element)) : "";
      }
    });
  }
}
