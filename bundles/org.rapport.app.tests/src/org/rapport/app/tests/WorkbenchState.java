// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.internal.workbench.swt.AbstractPartRenderer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What the workbench was doing, in words and as a picture of the screen, for a failure that
 * should explain itself: the active shell and part, the control with the focus, every open shell
 * with its texts, and every part that is showing. Call on the UI thread.
 */
@SuppressWarnings("restriction")
final class WorkbenchState {

  private WorkbenchState() {
  }

  static String describe(Display display, Shell main) {
    StringBuilder state = new StringBuilder();
    Shell active = display.getActiveShell();
    state.append("active shell: ").append(active == null ? "none (no Rapport window has the keyboard)" : name(active, main)).append('\n');
    Control focus = display.getFocusControl();
    state.append("focus control: ").append(focus == null ? "none" : control(focus)).append('\n');
    if (main != null && !main.isDisposed() && main.getData(AbstractPartRenderer.OWNING_ME) instanceof MWindow window) {
      EPartService parts = window.getContext().get(EPartService.class);
      MPart activePart = parts.getActivePart();
      state.append("active part: ").append(activePart == null ? "none" : part(activePart)).append('\n');
      for (MPart part : parts.getParts()) {
        if (part.getWidget() != null && part.isToBeRendered()) {
          state.append("part: ").append(part(part)).append(part.isDirty() ? " (unsaved changes)" : "").append('\n');
        }
      }
    }
    for (Shell shell : display.getShells()) {
      if (!shell.isDisposed() && shell.isVisible()) {
        state.append("shell: ").append(name(shell, main)).append(' ').append(shell.getBounds()).append(texts(shell)).append('\n');
      }
    }
    return state.toString();
  }

  private static String name(Shell shell, Shell main) {
    return (shell == main ? "main window " : "dialog ") + "'" + shell.getText() + "'";
  }

  private static String control(Control control) {
    StringBuilder name = new StringBuilder(control.getClass().getSimpleName());
    for (Control up = control; up != null; up = up.getParent()) {
      if (up.getData(AbstractPartRenderer.OWNING_ME) instanceof MUIElement element) {
        name.append(" in ").append(element.getElementId());
        break;
      }
    }
    name.append(" of shell '").append(control.getShell().getText()).append("'");
    return name.toString();
  }

  private static String part(MPart part) {
    return part.getElementId() + " '" + part.getLabel() + "'";
  }

  private static String texts(Shell shell) {
    List<String> texts = new ArrayList<>();
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Label label && !label.getText().isBlank()) {
        texts.add(label.getText());
      } else if (c instanceof Button button && !button.getText().isBlank()) {
        texts.add("[" + button.getText().replace("&", "") + "]");
      }
    });
    return texts.isEmpty() || texts.size() > 40 ? "" : " " + texts;
  }

  /** The whole screen as a PNG, under target/ui-failures. */
  static Path screenshot(Display display, String name) throws IOException {
    Path file = Path.of("target", "ui-failures", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Rectangle screen = display.getBounds();
    Image image = new Image(display, screen.width, screen.height);
    GC gc = new GC(display);
    try {
      gc.copyArea(image, 0, 0);
      ImageLoader saver = new ImageLoader();
      saver.data = new ImageData[] {image.getImageData()};
      saver.save(file.toString(), SWT.IMAGE_PNG);
    } finally {
      gc.dispose();
      image.dispose();
    }
    return file;
  }
}
