// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.model.DocumentEntry;
import org.rapport.model.SessionPlan;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentEditor;

/** Unsaved changes kept for recovery, and offered again when a casebook opens after a crash. */
class RecoveryUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void unsavedChangesAreKeptForRecoveryAndDroppedOnSave(Path casebook) throws Exception {
    MPart part = window.openAndEditLength("CL-0552", 0, "65");
    Path recovery = casebook.resolve(".recovery/CL-0552-S02-plan.xmi");
    workbench.waitFor(() -> Files.exists(recovery) ? recovery : null, "the unsaved edit is kept for recovery within seconds");
    assertTrue(Files.readString(recovery).contains("lengthMinutes=\"65\""), "the kept copy holds the edit");
    assertFalse(Files.readString(window.fileOf(part)).contains("lengthMinutes=\"65\""), "the document's own file is untouched");
    workbench.key(0, 's', SWT.CTRL);
    workbench.waitFor(() -> Files.exists(recovery) ? null : recovery, "saving drops the kept copy");
  }

  @Test
  void aRecoveryCopyTakenWhileTypingKeepsTheTypingAndLeavesItOneUndoStep(Path casebook) throws Exception {
    MPart part = window.openPlan("CL-0552", 0);
    SessionPlan plan = workbench.syncExec(() -> (SessionPlan) ((DocumentEditor) part.getObject()).document());
    int before = plan.getLengthMinutes();
    Text length = window.field(part, "lengthMinutes");
    workbench.typeOver(length, "6");
    // the copy kept while the field is still being typed in holds what is typed so far
    Path recovery = casebook.resolve(".recovery/CL-0552-S02-plan.xmi");
    workbench.waitFor(() -> {
      try {
        return Files.exists(recovery) && Files.readString(recovery).contains("lengthMinutes=\"6\"") ? recovery : null;
      } catch (java.io.IOException e) {
        return null;   // being written at this moment
      }
    }, "the typing so far is kept for recovery");
    assertEquals(before, plan.getLengthMinutes(), "keeping it did not commit the field");
    workbench.type("5");
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> plan.getLengthMinutes() == 65 ? plan : null, "Enter commits the field");
    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> plan.getLengthMinutes() == before ? plan : null, "one Ctrl+Z takes the whole typed change back");
  }

  @Test
  void keptChangesAreOfferedWhenTheCasebookOpensAndRestoreAsUnsaved(Path casebook, ActiveCasebook active) throws Exception {
    // as a crashed session would leave it: a kept copy of a plan with an edit never saved
    DocumentEntry entry = workbench.syncExec(() -> {
      OpenCasebook open = active.current().orElseThrow();
      DocumentEntry plan = open.index().getClients().get(0).getSessions().get(4).getDocuments().get(0);
      SessionPlan edited = (SessionPlan) open.load(plan).document();
      edited.setMaterials("Recovered after a crash");
      open.recovery().keep(edited);
      return plan;
    });
    String saved = Files.readString(casebook.resolve(entry.getFile()));
    // opened asynchronously: the offer is a modal dialog
    workbench.display().asyncExec(() -> {
      try {
        org.rapport.store.OpenCasebook open = active.open(casebook);
        DemoPeople.signIn(workbench.mainWindow().getContext().get(org.rapport.ui.CurrentUser.class), open, null);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    window.answer(Translations.english("org.rapport.app", "recovery_title"), "Restore");
    MPart part = workbench.waitFor(() -> workbench.documentPart(entry.getDocumentId()), "the recovered plan opens");
    SessionPlan plan = workbench.syncExec(() -> (SessionPlan) ((DocumentEditor) part.getObject()).document());
    assertEquals("Recovered after a crash", plan.getMaterials());
    assertTrue(workbench.syncExec(part::isDirty), "recovered changes are unsaved until the user saves them");
    assertEquals(saved, Files.readString(casebook.resolve(entry.getFile())), "restoring writes nothing by itself");
    // Ctrl+W closes the active editor: the recovered plan, once the dialog gave the keyboard back
    workbench.activate(part);
    workbench.key(0, 'w', SWT.CTRL);
    window.answer("Don't Save");
    workbench.waitFor(() -> workbench.documentPart(entry.getDocumentId()) == null ? part : null, "the editor closes");
    assertFalse(workbench.syncExec(() -> active.current().orElseThrow().recovery().recoverable().contains(entry)), "discarding drops the kept copy");
  }
}
