// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.handlers.ExportTarget;
import org.rapport.app.handlers.ExportWithHandler;
import org.rapport.extension.Exporter;
import org.rapport.model.Casebook;
import org.rapport.model.Document;
import org.rapport.model.DocumentKind;
import org.rapport.ui.ActiveCasebook;

/** Casebook > Export With: an institution's exporter writes its file; a failing one changes nothing. */
class ExportWithUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void exportWithWritesTheChosenExportersFileAndAFailingOneChangesNothing(MApplication application, ActiveCasebook active) throws Exception {
    BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
    ServiceRegistration<Exporter> registration = bundle.registerService(Exporter.class, idsExporter("ids", false), null);
    Path target = Files.createTempDirectory("rapport-export").resolve("ids.txt");
    IEclipseContext context = workbench.syncExec(application::getContext);
    workbench.syncExec(() -> {
      context.set(ExportTarget.class, (shell, exporter, suggested) -> target);
      return null;
    });
    try {
      window.run("org.rapport.app.command.exportWith");
      window.answer(ExportWithHandler.TITLE, "OK");   // the only exporter is chosen
      window.answer(ExportWithHandler.TITLE, "OK");   // what was written
      List<String> ids = Files.readAllLines(target);
      assertTrue(ids.contains("CL-0552-S04-plan"), ids.toString());
      assertEquals(workbench.syncExec(() -> active.current().orElseThrow().entries(EnumSet.allOf(DocumentKind.class)).size()), ids.size(),
          "one line per document");

      registration.unregister();
      registration = bundle.registerService(Exporter.class, idsExporter("broken", true), null);
      window.run("org.rapport.app.command.exportWith");
      window.answer(ExportWithHandler.TITLE, "OK");
      String message = workbench.waitFor(() -> {
        String text = window.shellTitled(ExportWithHandler.TITLE) == null ? "" : WorkbenchWindow.dialogText(window.shellTitled(ExportWithHandler.TITLE));
        return text.contains("planted failure") ? text : null;
      }, "the failure is explained");
      assertTrue(message.contains("uitestclinic/broken"), message);
      window.answer(ExportWithHandler.TITLE, "OK");
      assertEquals(ids, Files.readAllLines(target), "the earlier export is untouched");
    } finally {
      registration.unregister();
      workbench.syncExec(() -> {
        context.remove(ExportTarget.class);
        return null;
      });
    }
  }

  /** An institution's exporter, as its bundle would register it: one line per document id, or a failure. */
  private static Exporter idsExporter(String id, boolean fail) {
    return new Exporter() {
      @Override public String institution() { return "uitestclinic"; }
      @Override public String id() { return id; }
      @Override public String label() { return "Ids of " + id; }
      @Override public String fileExtension() { return "txt"; }
      @Override public void export(Casebook index, List<Document> documents, OutputStream out) throws IOException {
        if (fail) {
          throw new IllegalStateException("planted failure");
        }
        for (Document document : documents) {
          out.write((document.getId() + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    };
  }
}
