// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.parts.ProblemsPart;
import org.rapport.app.parts.SearchPart;
import org.rapport.extension.RuleFindings;
import org.rapport.extension.Severity;
import org.rapport.extension.ValidationRule;
import org.rapport.model.RapportPackage;
import org.rapport.store.SearchHit;
import org.rapport.ui.OutlineEditor;

/** The Problems part (the model's checks, Check Casebook, an institution's rule) and search across the casebook. */
class ProblemsAndSearchUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  private final WorkbenchWindow window = new WorkbenchWindow(workbench);

  @Test
  void problemsFollowEditsAndDoubleClickGoesToTheField() throws Exception {
    MPart part = window.openPlan("CL-0552", 1);
    String agenda = "The agenda takes 60 minutes but the session is 50 minutes long.";
    assertTrue(window.problemMessages().contains(agenda), "the demo plan's over-time agenda is listed: " + window.problemMessages());

    window.typeInto(part, "lengthMinutes", "60");
    workbench.waitFor(() -> window.problemMessages().contains(agenda) ? null : part, "a longer session clears the agenda warning");

    window.typeInto(part, "clientCode", "07700 900123");
    ProblemsPart problems = window.problemsPart();
    ProblemsPart.Row row = workbench.waitFor(() -> problems.rows().stream()
        .filter(r -> r.problem().isError() && r.problem().feature() != null && r.problem().feature().getName().equals("clientCode"))
        .findFirst().orElse(null), "a name as client code is an error in Problems");
    assertTrue(row.problem().message().toLowerCase().contains("phone"), row.problem().message());
    OutlineEditor editor = workbench.syncExec(() -> (OutlineEditor) part.getObject());
    assertEquals(row.problem().message(), workbench.syncExec(() -> editor.problemAt("clientCode")), "the field shows it too");

    // select the error in the Problems table and press Enter: the cursor lands in the client code field
    Table table = window.find(Table.class, ProblemsPart.TABLE_KEY);
    workbench.focusMainWindow();
    workbench.syncExec(() -> {
      table.setSelection(problems.rows().indexOf(row));
      table.setFocus();
      return null;
    });
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> {
      Control focus = workbench.display().getFocusControl();
      return focus != null && "clientCode".equals(focus.getData(OutlineEditor.FIELD_KEY)) ? focus : null;
    }, "the client code field has the cursor");

    // one undo at a time, each awaited
    EObject document = workbench.syncExec(editor::document);
    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> "07700 900123".equals(document.eGet(document.eClass().getEStructuralFeature("clientCode"))) ? null : part,
        "the first undo takes the client code back");
    workbench.key(0, 'z', SWT.CTRL);
    workbench.waitFor(() -> part.isDirty() ? null : part, "two undos bring the plan back");
    workbench.waitFor(() -> window.problemMessages().contains(agenda) ? part : null, "and its warning with it");
    workbench.close(part);
    workbench.waitFor(() -> problems.rows().stream().noneMatch(r -> r.part() == part) ? part : null,
        "closing the document clears its problems");
  }

  @Test
  void checkCasebookListsEveryBrokenFileAndGoesToADocument(Path casebook) throws Exception {
    Path broken = casebook.resolve("clients/CL-0630/sessions/02-reflection.xmi");
    Files.writeString(broken, "<?xml version=\"1.0\"?>\n<rapport:ReflectionNote xmlns:rapport=\"http://rapport.org/model/1.0\">\n<answers");
    window.run("org.rapport.app.command.checkCasebook");
    ProblemsPart problems = window.problemsPart();
    ProblemsPart.Row error = workbench.waitFor(() -> problems.rows().stream()
        .filter(r -> r.part() == null && r.document().equals("clients/CL-0630/sessions/02-reflection.xmi")).findFirst().orElse(null),
        "the broken file is listed");
    assertTrue(error.problem().isError(), error.problem().message());
    ProblemsPart.Row warning = workbench.syncExec(() -> problems.rows().stream()
        .filter(r -> r.part() == null && r.document().equals("clients/CL-0552/sessions/04-plan.xmi")).findFirst().orElseThrow());
    assertTrue(warning.line() > 0, "findings carry their line");
    workbench.syncExec(() -> {
      problems.goTo(warning);
      return null;
    });
    workbench.waitFor(() -> workbench.documentPart("CL-0552-S04-plan"), "going to the finding opens its document");
  }

  @Test
  void ctrlShiftFSearchesTheCasebookAndOpensAHit() throws Exception {
    workbench.key(0, 'f', SWT.CTRL | SWT.SHIFT);
    Text query = workbench.waitFor(() -> workbench.display().getFocusControl() instanceof Text t
        && t.getData(SearchPart.QUERY_KEY) != null ? t : null, "Ctrl+Shift+F puts the cursor in the search field");
    workbench.type("personal number");
    workbench.key(SWT.CR, '\r', 0);
    SearchPart search = workbench.syncExec(() -> (SearchPart) ((MPart) window.models().find("org.rapport.app.part.search",
        workbench.mainWindow())).getObject());
    List<SearchHit> hits = workbench.waitFor(() -> search.hits().isEmpty() ? null : search.hits(), "the search finds the reflection");
    assertEquals(List.of("CL-0417-S03-reflection"), hits.stream().map(hit -> hit.entry().getDocumentId()).toList());
    assertTrue(hits.get(0).passage().toLowerCase().contains("personal number"), hits.get(0).passage());
    Table results = window.find(Table.class, SearchPart.RESULTS_KEY);
    workbench.syncExec(() -> {
      results.setSelection(0);
      results.setFocus();
      return null;
    });
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.documentPart("CL-0417-S03-reflection"), "Enter on a hit opens its document");
    assertEquals("personal number", workbench.syncExec(query::getText), "the query stays for the next search");
  }

  @Test
  void anInstitutionsRuleShowsInProblemsAtItsSeverityAndNamesItsField() throws Exception {
    ServiceRegistration<ValidationRule> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
        .registerService(ValidationRule.class, new MaterialsRule(), null);
    try {
      MPart part = window.openPlan("CL-0552", 1);
      ProblemsPart problems = window.problemsPart();
      ProblemsPart.Row row = workbench.waitFor(() -> problems.rows().stream()
          .filter(r -> r.part() == part && r.problem().message().equals("uitestclinic wants the materials listed")).findFirst().orElse(null),
          "the institution's finding is listed for the open plan");
      assertTrue(row.problem().isError());
      assertEquals("materials", row.problem().feature().getName());
    } finally {
      registration.unregister();
    }
  }

  /** An institution's rule, as its bundle would register it: every plan must list its materials. */
  private static final class MaterialsRule implements ValidationRule {
    @Override public String institution() { return "uitestclinic"; }
    @Override public String id() { return "materials"; }
    @Override public String description() { return "plans list their materials"; }
    @Override public org.eclipse.emf.ecore.EClass appliesTo() { return RapportPackage.Literals.SESSION_PLAN; }
    @Override public Severity severity() { return Severity.ERROR; }
    @Override public void check(EObject object, RuleFindings findings) {
      findings.report("uitestclinic wants the materials listed", RapportPackage.Literals.SESSION_PLAN__MATERIALS);
    }
  }
}
