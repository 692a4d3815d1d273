// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.app.parts.CasebookPart;
import org.rapport.app.tests.RunningWorkbench;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClientCase;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.Agreements.Step;
import org.rapport.store.OpenCasebook;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.ListSection;

/**
 * A boundary agreement in the real workbench, worked from the keyboard as its users would: a new
 * client's agreement drafted from the templates with Ctrl+Alt+A; a proposed one taken back to
 * draft, edited, proposed again and signed by the trainee, the client and the supervisor; revised
 * into a second version that is changed, proposed and signed, which supersedes the first; the
 * versions compared; and the signed version printed to PDF with Ctrl+P.
 */
class AgreementEditorUiTest {

  /** The file without its modified date, which superseding sets. */
  private static String withoutModified(String xmi) {
    return xmi.replaceFirst(" modified=\"[^\"]*\"", "");
  }

  private static final String FIRST = "CL-0630-agreement-v1";
  private static final String SECOND = "CL-0630-agreement-v2";
  private static final Path PRINTED = Path.of(System.getProperty("java.io.tmpdir"), "rapport-prints-" + ProcessHandle.current().pid(),
      "CL-0630-agreement-v2.pdf");

  /** Prints go to a known file here; the product asks with the platform's save dialog. */
  @RegisterExtension
  static final RunningWorkbench workbench = RunningWorkbench.onDemoCasebook().asUser("P-trainee-1").afterStart(started -> {
    started.syncExec(() -> {
      Files.createDirectories(PRINTED.getParent());
      started.mainWindow().getContext().getParent().set(PdfLocation.class, (shell, suggested) -> PRINTED);
      return null;
    });
  });

  @Test
  void ctrlAltADraftsANewClientsAgreementFromEveryTemplate() throws Exception {
    ClientCase client = workbench.syncExec(() -> {
      OpenCasebook open = active();
      ClientCase added = RapportFactory.eINSTANCE.createClientCase();
      added.setCode("CL-0901");
      Person supervisor = open.index().getPeople().stream().filter(p -> p.getId().equals("P-sup-1")).findFirst().orElseThrow();
      added.getSupervisors().add(supervisor);
      open.index().getClients().add(added);
      open.saveIndex();
      workbench.mainWindow().getContext().get(org.eclipse.e4.core.services.events.IEventBroker.class)
          .send(ActiveCasebook.TOPIC_INDEX_CHANGED, added);
      return added;
    });
    select(client);
    workbench.key(0, 'a', SWT.CTRL | SWT.ALT);
    MPart part = workbench.waitFor(() -> workbench.documentPart("CL-0901-agreement-v1"), "Ctrl+Alt+A drafts and opens the agreement");
    BoundaryAgreement agreement = agreement(part);
    assertEquals(AgreementStatus.DRAFT, agreement.getStatus());
    assertEquals(14, agreement.getClauses().size(), "a clause from each of the catalogue's templates");
    assertTrue(agreement.getClauses().stream().allMatch(c -> c.getTemplateId() != null && c.getTemplateVersion() == 1));
    assertTrue(agreement.getClauses().stream().anyMatch(c -> c.getText().contains("supervised by Supervisor M. Hollis (demo)")),
        "the supervisor's name is put into the supervision clause: " + agreement.getClauses().get(2).getText());
    assertTrue(Files.exists(workbench.casebook().resolve("clients/CL-0901/CL-0901-agreement-v1.xmi")), "saved at once, so it is listed");

    // a second Ctrl+Alt+A opens the agreement in progress rather than drafting another
    select(client);
    workbench.key(0, 'a', SWT.CTRL | SWT.ALT);
    Shell info = workbench.waitFor(() -> workbench.dialog(NewAgreementHandler.TITLE), "the user is told");
    assertTrue(workbench.syncExec(() -> dialogText(info)).contains("already has an agreement"));
    workbench.focus(info);
    workbench.key(SWT.CR, '\r', 0);
    assertEquals(1, workbench.syncExec(() -> client.getAgreements().size()));
    workbench.close(part);
  }

  /**
   * One agreement's life, in order: the proposed first version taken back, edited, proposed again
   * and signed by all three; a revision changed, signed and superseding it; the revision printed.
   */
  @Test
  void anAgreementIsSignedByAllThreeThenRevisedSupersededAndPrinted() throws Exception {
    theProposedVersionIsTakenBackEditedProposedAndSignedByAllThree();
    aRevisionIsChangedSignedAndSupersedesTheFirstWhichStaysAsSigned();
    ctrlPPrintsTheSignedRevisionToPdf();
  }

  private static void theProposedVersionIsTakenBackEditedProposedAndSignedByAllThree() throws Exception {
    MPart part = open(FIRST);
    BoundaryAgreement agreement = agreement(part);
    assertEquals(AgreementStatus.PROPOSED, agreement.getStatus());
    assertFalse(workbench.syncExec(() -> clauseText().getEditable()), "a proposed text is fixed");
    press(Step.WITHDRAW.name());
    waitFor(() -> agreement.getStatus() == AgreementStatus.DRAFT && !part.isDirty(), "back to draft and saved");

    // the session-time clause gets a sentence more, typed into its text
    Table clauses = table("clauses");
    int sessionTime = index(agreement, "c.session-time");
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      clauses.setFocus();
      clauses.setSelection(0);
      return null;
    });
    for (int i = 0; i < sessionTime; i++) {
      workbench.key(SWT.ARROW_DOWN, '\0', 0);
    }
    Text text = clauseText();
    assertTrue(workbench.syncExec(() -> text.getText().startsWith("Our sessions last 50 minutes")), "the selected clause's text shows");
    workbench.syncExec(() -> {
      text.setFocus();
      text.setSelection(text.getText().length());
      return null;
    });
    workbench.type(" We meet in room 4.");
    workbench.key(SWT.TAB, '\t', 0);
    assertTrue(workbench.syncExec(part::isDirty), "the edit marks the agreement changed");
    Clause edited = agreement.getClauses().get(sessionTime);
    assertTrue(edited.getText().endsWith("We meet in room 4."));
    assertTrue(cell(clauses, sessionTime, 3).startsWith("changed from the template"), "the list shows it differs from its template");
    workbench.key(0, 'z', SWT.CTRL);
    assertFalse(edited.getText().endsWith("room 4."), "Ctrl+Z takes it back");
    workbench.key(0, 'y', SWT.CTRL);
    assertTrue(edited.getText().endsWith("room 4."), "Ctrl+Y does it again");

    press(Step.PROPOSE.name());
    waitFor(() -> agreement.getStatus() == AgreementStatus.PROPOSED && !part.isDirty(), "proposed and saved");
    assertTrue(saved(FIRST).contains("We meet in room 4.") && saved(FIRST).contains("status=\"proposed\""));

    sign("P-trainee-1", null);
    sign("CL-0630", null);
    assertTrue(workbench.syncExec(() -> button(Step.SIGN.name()).isEnabled()), "one signature to go");
    workbench.signInAs("P-sup-1");
    sign("P-sup-1", null);
    waitFor(() -> agreement.getStatus() == AgreementStatus.SIGNED && !part.isDirty(), "signed by all three and saved");
    assertEquals(3, agreement.getSignatures().size());
    assertTrue(agreement.getSignatures().stream().allMatch(s -> Agreements.fingerprint(agreement).equals(s.getFingerprint())));
    assertFalse(workbench.syncExec(() -> clauseText().getEditable()), "a signed version is not typed into");
    workbench.activate(part);
    workbench.key(0, 'z', SWT.CTRL);
    assertEquals(AgreementStatus.SIGNED, agreement.getStatus(), "Ctrl+Z does not take a signature back");
    assertTrue(status().contains("cannot change"), status());
    workbench.signInAs("P-trainee-1");
  }

  private static void aRevisionIsChangedSignedAndSupersedesTheFirstWhichStaysAsSigned() throws Exception {
    MPart first = open(FIRST);
    String firstAsSigned = saved(FIRST);
    press(Step.REVISE.name());
    MPart part = workbench.waitFor(() -> workbench.documentPart(SECOND), "Revise drafts and opens version 2");
    BoundaryAgreement second = agreement(part);
    assertEquals(2, second.getVersion());
    assertEquals(FIRST, second.getSupersedes());
    assertTrue(second.getSignatures().isEmpty());

    // the self-disclosure clause goes (Delete) and a second social media clause comes from its template (Insert)
    Table clauses = table("clauses");
    int gone = index(second, "c.self-disclosure");
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      clauses.setFocus();
      clauses.setSelection(gone);
      return null;
    });
    workbench.key(SWT.DEL, '\0', 0);
    assertEquals(-1, index(second, "c.self-disclosure"), "Delete removes the clause");
    workbench.key(SWT.INSERT, '\0', 0);
    Shell picker = workbench.waitFor(() -> workbench.dialog(ClausePicker.TITLE), "Insert asks for a template");
    workbench.focus(picker);
    workbench.syncExec(() -> {
      texts(picker).get(0).setFocus();
      return null;
    });
    workbench.settle();
    workbench.type("social media");
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.dialog(ClausePicker.TITLE) == null ? Boolean.TRUE : null, "the picker closes");
    workbench.key(SWT.ESC, '\0', 0);   // leave the title as the template gave it
    assertEquals(2, second.getClauses().stream().filter(c -> "tpl.social-media.standard".equals(c.getTemplateId())).count(),
        "the template's clause is added with its own id");
    assertTrue(second.getClauses().stream().anyMatch(c -> "c.social-media.standard".equals(c.getId())));

    press(Step.PROPOSE.name());
    waitFor(() -> second.getStatus() == AgreementStatus.PROPOSED && !part.isDirty(), "version 2 proposed");
    sign("P-trainee-1", null);
    sign("CL-0630", "Signed on paper, recorded here");
    workbench.signInAs("P-sup-1");
    sign("P-sup-1", null);
    waitFor(() -> second.getStatus() == AgreementStatus.SIGNED && !part.isDirty(), "version 2 signed");
    workbench.signInAs("P-trainee-1");
    String firstNow = saved(FIRST);
    assertTrue(firstNow.contains("status=\"superseded\""), "version 1 is superseded once version 2 is signed");
    assertTrue(firstNow.matches("(?s).*<steps step=\"supersede\" actorId=\"P-sup-1\"[^>]*/>.*"),
        "the supersession is a step signed by who recorded the last signature, appended to version 1's chain: " + firstNow);
    assertEquals(withoutModified(firstAsSigned.replace("status=\"signed\"", "status=\"superseded\"")),
        withoutModified(firstNow.replaceFirst("\\s*<steps step=\"supersede\"[^>]*/>", "")),
        "and nothing else in it changed");
    BoundaryAgreement reread = agreement(first);
    assertNotNull(reread);

    // the versions side by side
    press(AgreementEditor.COMPARE);
    Shell versions = workbench.waitFor(() -> workbench.dialog(VersionsDialog.TITLE), "Compare Versions opens");
    String summary = workbench.syncExec(() -> dialogText(versions));
    assertTrue(summary.contains("Version 2 differs from the one before it in 2 clauses."), summary);
    workbench.screenshot(Path.of("target/screenshots/agreement-versions.png"), 1280, 1000);
    workbench.syncExec(() -> {
      versions.close();
      return null;
    });
    workbench.close(first);
  }

  private static void ctrlPPrintsTheSignedRevisionToPdf() throws Exception {
    MPart part = open(SECOND);
    BoundaryAgreement second = agreement(part);
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      table("clauses").setFocus();
      return null;
    });
    workbench.syncExec(() -> {
      // the top of the form (status, dates, steps) in the picture
      RunningWorkbench.visit(editorWidget(), c -> {
        if (c instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
          scrolled.setOrigin(0, 0);
        }
      });
      return null;
    });
    workbench.settle();
    workbench.screenshot(Path.of("target/screenshots/agreement-editor.png"), 1280, 1000);
    workbench.key(0, 'p', SWT.CTRL);
    Shell done = workbench.waitFor(() -> workbench.dialog("Print to PDF"), "the print is reported");
    assertTrue(workbench.syncExec(() -> dialogText(done)).contains(PRINTED.toString()));
    workbench.focus(done);
    workbench.key(SWT.CR, '\r', 0);
    String text = AgreementPdfTest.text(Files.readAllBytes(PRINTED));
    assertTrue(text.contains("Client CL-0630 \u00b7 version 2 \u00b7 signed"), "the printed version");
    for (Clause clause : second.getClauses()) {
      assertTrue(text.contains(clause.getText().replaceAll("\\s+", " ")), clause.getId());
    }
    workbench.close(part);
  }

  @Test
  void aSignedFileChangedOutsideRapportOpensMarkedAsTampered() throws Exception {
    String id = "CL-0552-agreement-v1";
    Path file = file(id);
    Files.writeString(file, Files.readString(file).replace("24 hours", "2 hours"));
    workbench.openDocument(id);
    MPart part = workbench.waitFor(() -> workbench.documentPart(id), "the tampered agreement opens");
    String status = workbench.syncExec(() -> RunningWorkbench.withData((Control) part.getWidget(), Label.class,
        AgreementEditor.STATUS_KEY, null).getText());
    assertTrue(status.contains("TAMPERED: The text of CL-0552-agreement-v1 differs from what the client signed"), status);
    List<String> problems = workbench.waitFor(() -> {
      List<String> rows = new ArrayList<>();
      RunningWorkbench.visit(workbench.mainShell(), c -> {
        if (c instanceof Table t && t.getColumnCount() > 1 && "Problem".equals(t.getColumn(1).getText())) {
          for (org.eclipse.swt.widgets.TableItem item : t.getItems()) {
            rows.add(item.getText(1));
          }
        }
      });
      return rows.stream().anyMatch(r -> r.contains("differs from what the client signed")) ? rows : null;
    }, "the Problems part lists it");
    assertFalse(problems.isEmpty());
    workbench.close(part);
  }

  // ---- helpers

  private static OpenCasebook active() {
    return workbench.mainWindow().getContext().get(ActiveCasebook.class).current().orElseThrow();
  }

  private static void select(Object element) throws InterruptedException {
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      TreeViewer explorer = ((CasebookPart) ((MPart) workbench.mainWindow().getContext().get(EModelService.class)
          .find("org.rapport.app.part.casebook", workbench.mainWindow())).getObject()).viewer();
      explorer.setSelection(new StructuredSelection(element), true);
      explorer.getTree().setFocus();
      return null;
    });
    workbench.settle();
  }

  private static MPart open(String id) throws InterruptedException {
    // an earlier step that failed would leave the document missing, and opening it would stop at an error dialog
    assertTrue(file(id) != null && Files.exists(file(id)), id + " exists");
    workbench.openDocument(id);
    MPart part = workbench.waitFor(() -> workbench.documentPart(id), id + " opens");
    assertTrue(workbench.syncExec(() -> part.getObject() instanceof AgreementEditor), "in the agreement editor");
    return part;
  }

  private static BoundaryAgreement agreement(MPart part) {
    return (BoundaryAgreement) workbench.syncExec(() -> ((AgreementEditor) part.getObject()).document());
  }

  private static MPart active(String id) {
    return workbench.documentPart(id);
  }

  private static int index(BoundaryAgreement agreement, String clauseId) {
    return workbench.syncExec(() -> {
      for (int i = 0; i < agreement.getClauses().size(); i++) {
        if (clauseId.equals(agreement.getClauses().get(i).getId())) {
          return i;
        }
      }
      return -1;
    });
  }

  private static String saved(String id) throws java.io.IOException {
    return Files.readString(file(id));
  }

  /** The file of a document, as the casebook's index names it (the demo's files have shorter names than new ones). */
  private static Path file(String id) {
    return workbench.syncExec(() -> active().index().getClients().stream().flatMap(c -> c.getAgreements().stream())
        .filter(e -> id.equals(e.getDocumentId())).findFirst().map(e -> workbench.casebook().resolve(e.getFile())).orElse(null));
  }

  /** The open agreement editor's widgets (the last one activated). */
  private static Control editorWidget() {
    MPart part = active(SECOND) != null && workbench.syncExec(() -> ((Control) active(SECOND).getWidget()).isVisible()) ? active(SECOND)
        : active(FIRST) != null ? active(FIRST) : active("CL-0901-agreement-v1");
    return (Control) part.getWidget();
  }

  private static Table table(String list) {
    return workbench.syncExec(() -> {
      List<Table> found = new ArrayList<>();
      RunningWorkbench.visit(editorWidget(), c -> {
        if (c instanceof Table t && list.equals(t.getData(ListSection.LIST_KEY))) {
          found.add(t);
        }
      });
      return found.get(0);
    });
  }

  private static String cell(Table table, int row, int column) {
    return workbench.syncExec(() -> table.getItem(row).getText(column));
  }

  private static Text clauseText() {
    return workbench.syncExec(() -> RunningWorkbench.withData(editorWidget(), Text.class, AgreementEditor.CLAUSE_TEXT_KEY, null));
  }


  private static Button button(String key) {
    return RunningWorkbench.withData(editorWidget(), Button.class, AgreementEditor.STEP_KEY, key);
  }


  private static String status() {
    return workbench.syncExec(() -> RunningWorkbench.withData(editorWidget(), Label.class, AgreementEditor.STATUS_KEY, null).getText());
  }


  /** The button gets the keyboard focus and Space presses it (posted: it may open a dialog). */
  private static void press(String key) throws InterruptedException {
    workbench.press(() -> button(key));
  }


  /** Records the signature of {@code code}: the dialog's signer chosen, the code typed out, Enter. */
  private static void sign(String code, String how) throws InterruptedException {
    int before = workbench.syncExec(() -> ((AgreementEditor) partShown().getObject()).document() instanceof BoundaryAgreement a
        ? a.getSignatures().size() : -1);
    press(Step.SIGN.name());
    Shell dialog = workbench.waitFor(() -> workbench.dialog(SignDialog.TITLE), "the signature dialog opens");
    workbench.focus(dialog);
    workbench.syncExec(() -> {
      List<Combo> combos = new ArrayList<>();
      RunningWorkbench.visit(dialog, c -> {
        if (c instanceof Combo combo) {
          combos.add(combo);
        }
      });
      Combo who = combos.get(0);
      for (int i = 0; i < who.getItemCount(); i++) {
        if (who.getItem(i).contains(": " + code)) {
          who.select(i);
          who.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
      }
      if (how != null) {
        combos.get(1).select(combos.get(1).indexOf(how));
        combos.get(1).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
      }
      List<Text> fields = texts(dialog);
      fields.get(fields.size() - 1).setFocus();
      return null;
    });
    workbench.settle();
    workbench.type(code);
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.dialog(SignDialog.TITLE) == null ? Boolean.TRUE : null, "the dialog closes");
    waitFor(() -> ((BoundaryAgreement) ((AgreementEditor) partShown().getObject()).document()).getSignatures().size() == before + 1
        && !partShown().isDirty(), code + "'s signature is recorded and saved");
  }

  private static MPart partShown() {
    MPart second = active(SECOND);
    return second != null ? second : active(FIRST);
  }

  private static List<Text> texts(Shell shell) {
    List<Text> fields = new ArrayList<>();
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Text t) {
        fields.add(t);
      }
    });
    return fields;
  }

  private static String dialogText(Shell shell) {
    StringBuilder text = new StringBuilder();
    RunningWorkbench.visit(shell, c -> {
      if (c instanceof Label l) {
        text.append(l.getText()).append('\n');
      }
    });
    return text.toString();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    workbench.waitFor(() -> condition.getAsBoolean() ? Boolean.TRUE : null, what);
  }
}
