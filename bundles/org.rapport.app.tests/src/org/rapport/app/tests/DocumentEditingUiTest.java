// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.handlers.OpenDocumentHandler;
import org.rapport.model.DocumentEntry;
import org.rapport.model.SessionPlan;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.DocumentEditor;
import org.rapport.ui.DocumentParts;
import org.rapport.model.time.Dates;

/** A document in its editor: open, edit, undo, redo, save, close, revert, reload, and open by id. */
class DocumentEditingUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void aDocumentOpensEditsUndoesRedoesSavesAndReopensWithTheEdit(Path casebook, ActiveCasebook active) throws Exception {
    DocumentEntry entry = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().get(0).getSessions().get(2)
        .getDocuments().get(0));
    assertEquals("CL-0417-S03-plan", entry.getDocumentId());
    // select the plan in the explorer and press Enter, as a user would
    window.select(entry);
    workbench.key(SWT.CR, '\r', 0);
    MPart part = workbench.waitFor(() -> workbench.documentPart("CL-0417-S03-plan"), "the plan's editor opens");
    assertEquals("CL-0417 · S3 plan", workbench.syncExec(part::getLabel));
    assertTrue(workbench.syncExec(() -> {
      Control editor = (Control) part.getWidget();
      return editor.isVisible() && editor.getSize().x > 300 && editor.getSize().y > 200;
    }), "the editor is shown, at a usable size");
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((DocumentEditor) part.getObject()).document());
    assertEquals(50, plan.getLengthMinutes());

    // type a new length into its field and press Enter
    Text length = window.field(part, "lengthMinutes");
    window.typeInto(part, "lengthMinutes", "55");
    workbench.waitFor(() -> plan.getLengthMinutes() == 55 ? plan : null, "the typed length reaches the model");
    assertTrue(workbench.syncExec(part::isDirty), "an edit makes the document dirty");
    assertTrue(window.tabText(part).startsWith("*"), "the tab shows the dirty marker");
    assertEquals("Undo Change to Length minutes", window.submenu("Edit").get(0), "the menu names what Undo undoes");

    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> plan.getLengthMinutes() == 50 ? plan : null, "Ctrl+Z undoes the edit");
    assertFalse(workbench.syncExec(part::isDirty), "undoing the only edit leaves the document clean");
    assertEquals("50", workbench.syncExec(length::getText), "the field shows the undone value");

    workbench.key(0, 'y', SWT.CTRL);
    workbench.waitFor(() -> plan.getLengthMinutes() == 55 ? plan : null, "Ctrl+Y redoes it");
    assertTrue(workbench.syncExec(part::isDirty));

    workbench.key(0, 's', SWT.CTRL);
    workbench.waitFor(() -> part.isDirty() ? null : part, "Ctrl+S saves");
    Path file = casebook.resolve(entry.getFile());
    assertTrue(Files.readString(file).contains("lengthMinutes=\"55\""), "the saved file holds the edit");
    assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "the previous version is kept");

    workbench.close(part);
    assertNull(workbench.documentPart("CL-0417-S03-plan"), "the editor closed");
    window.select(entry);
    workbench.key(SWT.CR, '\r', 0);
    MPart reopened = workbench.waitFor(() -> workbench.documentPart("CL-0417-S03-plan"), "the plan opens again");
    SessionPlan again = workbench.syncExec(() -> (SessionPlan) ((DocumentEditor) reopened.getObject()).document());
    assertNotSame(plan, again, "closing dropped the document; reopening read it from the saved file");
    assertEquals(55, again.getLengthMinutes());
  }

  @Test
  void aDocumentIsNeverOpenTwice(ActiveCasebook active, EPartService parts) throws Exception {
    DocumentEntry entry = workbench.syncExec(() -> active.current().orElseThrow().index().getClients().get(0).getSessions().get(2)
        .getDocuments().get(1));
    for (int i = 0; i < 2; i++) {
      window.select(entry);
      workbench.key(SWT.CR, '\r', 0);
      workbench.waitFor(() -> workbench.documentPart(entry.getDocumentId()), "the reflection opens");
    }
    long open = workbench.syncExec(() -> parts.getParts().stream()
        .filter(p -> entry.getDocumentId().equals(p.getPersistedState().get(DocumentParts.DOCUMENT_ID))).count());
    assertEquals(1, open, "opening it again brings the same editor forward");
  }

  @Test
  void closingAnEditedDocumentWithCtrlWAndDontSaveDropsTheEdit() throws Exception {
    MPart part = window.openAndEditLength("CL-0552", 1, "77");
    Path file = window.fileOf(part);
    String before = Files.readString(file);
    workbench.key(0, 'w', SWT.CTRL);
    window.answer("Don't Save");
    workbench.waitFor(() -> workbench.documentPart(window.idOf(part)) == null ? part : null, "the editor closes");
    assertEquals(before, Files.readString(file), "Don't Save leaves the file as it was");
  }

  @Test
  void closingAnEditedDocumentWithCtrlWAndSaveKeepsTheEdit() throws Exception {
    MPart part = window.openAndEditLength("CL-0552", 0, "70");
    Path file = window.fileOf(part);
    workbench.key(0, 'w', SWT.CTRL);
    window.answer("Save");
    workbench.waitFor(() -> workbench.documentPart(window.idOf(part)) == null ? part : null, "the editor closes");
    assertTrue(Files.readString(file).contains("lengthMinutes=\"70\""), "Save wrote the edit");
  }

  @Test
  void revertDropsTheChangesAndReadsTheSavedVersion() throws Exception {
    MPart part = window.openAndEditLength("CL-0417", 0, "33");
    window.run("org.rapport.app.command.revert");
    window.answer(Translations.english("org.rapport.app", "revert_title"), "OK");
    MPart reopened = workbench.waitFor(() -> {
      MPart now = workbench.documentPart("CL-0417-S01-plan");
      return now != null && now != part ? now : null;
    }, "the plan is read again");
    assertFalse(workbench.syncExec(reopened::isDirty));
    assertEquals(50, workbench.syncExec(() -> ((SessionPlan) ((DocumentEditor) reopened.getObject()).document()).getLengthMinutes()));
  }

  @Test
  void aChangeOnDiskIsOfferedForReloadWhenTheEditorIsActivated(EPartService parts) throws Exception {
    MPart part = window.openPlan("CL-0417", 1);
    Path file = window.fileOf(part);
    // the file leaves out the default length of 50 minutes: another program writes one
    Files.writeString(file, Files.readString(file).replaceFirst(" dateTime=\"", " lengthMinutes=\"40\" dateTime=\""));
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    workbench.focusExplorer();
    // activated asynchronously: the question is modal and holds the UI thread
    workbench.display().asyncExec(() -> parts.activate(part));
    window.answer(DocumentEditor.CHANGED_TITLE, "Yes");
    MPart reopened = workbench.waitFor(() -> {
      MPart now = workbench.documentPart("CL-0417-S02-plan");
      return now != null && now != part ? now : null;
    }, "the plan is read again from disk");
    assertEquals(40, workbench.syncExec(() -> ((SessionPlan) ((DocumentEditor) reopened.getObject()).document()).getLengthMinutes()));
  }

  @Test
  void typingMarksTheDocumentDirtyAtOnceAndSaveTakesTheFieldStillBeingTyped() throws Exception {
    MPart part = window.openPlan("CL-0417", 2);
    Text materials = window.field(part, "materials");
    workbench.typeOver(materials, "Flip chart");
    assertTrue(workbench.syncExec(part::isDirty), "typing alone marks the document dirty");
    assertTrue(window.tabText(part).startsWith("*"), "and the tab shows it");
    // a control character pasted from a terminal, which XML cannot hold
    workbench.syncExec(() -> {
      materials.insert("\u0007");
      return null;
    });
    workbench.key(0, 's', SWT.CTRL);
    workbench.waitFor(() -> part.isDirty() ? null : part, "Ctrl+S saves without leaving the field");
    String saved = Files.readString(window.fileOf(part));
    assertTrue(saved.contains("materials=\"Flip chart\""), "the text being typed was saved, the control character dropped");
    assertSame(materials, workbench.syncExec(() -> workbench.display().getFocusControl()), "the cursor stays in the field");
  }

  @Test
  void aValueThatDoesNotReadIsNamedRefusedBySaveAndPutBackByCtrlZ() throws Exception {
    MPart part = window.openPlan("CL-0417", 1);
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((DocumentEditor) part.getObject()).document());
    Path file = window.fileOf(part);
    String before = Files.readString(file);
    Text dateTime = window.field(part, "dateTime");
    window.typeInto(part, "dateTime", "next Tuesday");
    assertTrue(workbench.syncExec(part::isDirty), "what was typed is unsaved, though it does not read as a date");
    assertEquals("2026-02-17T10:00", workbench.syncExec(() -> Dates.time(plan.getDateTime()).toString()), "the model keeps its value");
    assertEquals("Not a valid value here: next Tuesday", workbench.syncExec(dateTime::getToolTipText), "the field says why");

    workbench.key(0, 's', SWT.CTRL);
    String message = window.messageOf("Save");
    assertTrue(message.contains("\u201cnext Tuesday\u201d is not a valid value for Date time.") && message.contains("Nothing was saved"), message);
    window.answer("Save", "OK");
    assertEquals(before, Files.readString(file), "the refused save wrote nothing");
    workbench.focusMainWindow();
    assertSame(dateTime, workbench.syncExec(() -> workbench.display().getFocusControl()), "the cursor was put in the field to correct");

    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> "2026-02-17T10:00".equals(dateTime.getText()) ? dateTime : null, "Ctrl+Z puts the unreadable typing back");
    assertFalse(workbench.syncExec(part::isDirty), "nothing is left to save");
    assertNull(workbench.syncExec(dateTime::getToolTipText), "and the field no longer complains");

    window.typeInto(part, "dateTime", "2026-02-18T11:30");
    workbench.key(0, 's', SWT.CTRL);
    workbench.waitFor(() -> part.isDirty() ? null : part, "the corrected value saves");
    assertTrue(Files.readString(file).contains("dateTime=\"2026-02-18T11:30:00\""), "the saved file holds the corrected date");
  }

  @Test
  void ctrlZWhileTypingUndoesTheTypingAsOneStepAndCtrlYBringsItBack() throws Exception {
    MPart part = window.openPlan("CL-0417", 2);
    SessionPlan plan = (SessionPlan) workbench.syncExec(() -> ((DocumentEditor) part.getObject()).document());
    String original = workbench.syncExec(plan::getMaterials);
    Text materials = window.field(part, "materials");
    workbench.typeOver(materials, "Pens");
    assertEquals(original, workbench.syncExec(plan::getMaterials), "typing alone changes no model value");
    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> original.equals(materials.getText()) ? materials : null, "Ctrl+Z puts the field back as it was");
    assertEquals(original, workbench.syncExec(plan::getMaterials));
    assertFalse(workbench.syncExec(part::isDirty), "nothing is left to save");
    assertEquals("Redo Change to Materials", window.submenu("Edit").get(1), "the typing was one change, now to redo");
    workbench.key(0, 'y', SWT.CTRL);
    workbench.waitFor(() -> "Pens".equals(plan.getMaterials()) ? plan : null, "Ctrl+Y brings the whole typed text back");
    assertEquals("Pens", workbench.syncExec(materials::getText));
    assertTrue(workbench.syncExec(part::isDirty));
  }

  @Test
  void theOpenDocumentCommandOpensADocumentByIdAndNamesAnUnknownOne() throws Exception {
    IEclipseContext context = window.context();
    workbench.syncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.app.command.openDocument", Map.of(OpenDocumentHandler.DOCUMENT_ID, "CL-0630-agreement-v1"))));
    MPart opened = workbench.waitFor(() -> workbench.documentPart("CL-0630-agreement-v1"), "the command opens the agreement");
    assertEquals("CL-0630 · agreement v1", workbench.syncExec(opened::getLabel));
    workbench.close(opened);
    workbench.display().asyncExec(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class)
        .createCommand("org.rapport.app.command.openDocument", Map.of(OpenDocumentHandler.DOCUMENT_ID, "CL-9999-S01-plan"))));
    String message = window.messageOf("Open Document");
    assertTrue(message.contains("CL-9999-S01-plan"), message);
    window.answer("Open Document", "OK");
  }
}
