// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;
import org.rapport.model.time.Dates;

/**
 * File > Sign In As from the keyboard: Ctrl+Shift+I, the person, their passphrase typed and Enter.
 * A wrong passphrase is said to be wrong and leaves the dialog open; the right one signs in, and
 * the window's title names the person and role.
 */
class SignInUiTest {

  @RegisterExtension
  static final RunningWorkbench workbench = WorkbenchWindow.onDemoCasebook();

  @Test
  void aSupervisorSignsInWithTheirPassphraseAfterAWrongOne(ActiveCasebook active) throws Exception {
    CurrentUser user = workbench.syncExec(() -> workbench.mainWindow().getContext().get(CurrentUser.class));
    assertTrue(workbench.syncExec(() -> user.in(active.current().orElseThrow()).isEmpty()), "the test starts reading only");
    workbench.waitFor(() -> "Reading only".equals(statusLine()) ? Boolean.TRUE : null, "the status line says reading only");
    workbench.focusMainWindow();
    workbench.key(0, 'i', SWT.CTRL | SWT.SHIFT);
    Shell dialog = workbench.waitFor(() -> workbench.dialog("Sign In"), "Ctrl+Shift+I asks who signs in");
    Combo person = workbench.syncExec(() -> personChoice(dialog));
    List<String> people = workbench.syncExec(() -> List.of(person.getItems()));
    assertEquals(3, people.size(), people.toString());
    int hollis = people.indexOf("Supervisor M. Hollis (demo) (supervisor)");
    assertTrue(hollis >= 0, "people by name and role: " + people);
    workbench.syncExec(() -> {
      person.select(hollis);
      person.notifyListeners(SWT.Selection, new Event());   // the passphrase field then has the keyboard
      return null;
    });
    workbench.type("adeyemi demo 2026");
    workbench.key(SWT.CR, '\r', 0);
    String said = workbench.waitFor(() -> labelStartingWith(dialog, "That is not"), "a wrong passphrase is said to be wrong");
    assertTrue(said.contains("That is not Supervisor M. Hollis (demo)'s passphrase."), said);

    workbench.type("hollis demo 2026");
    workbench.key(SWT.CR, '\r', 0);
    workbench.waitFor(() -> workbench.dialog("Sign In") == null ? Boolean.TRUE : null, "the right passphrase signs in");
    assertEquals("P-sup-1", workbench.syncExec(() -> user.idIn(active.current().orElseThrow())));
    String title = workbench.syncExec(() -> workbench.mainShell().getText());
    assertTrue(title.endsWith("\u2014 Supervisor M. Hollis (demo), supervisor"), title);
    // the line follows the same sign-in event as the title, delivered to each listener on its own
    workbench.waitFor(() -> "Signed in: Supervisor M. Hollis (demo), supervisor".equals(statusLine()) ? Boolean.TRUE : null,
        "the status line names them too");
    workbench.screenshot(workbench.mainShell(), Path.of("target/screenshots/signed-in.png"));   // at its size: the other tests need the window as it is
  }

  @Test
  void aSupervisorWhoseKeyWasMadeElsewhereIsAddedWithItsFingerprint(ActiveCasebook active) throws Exception {
    Path work = java.nio.file.Files.createTempDirectory("rapport-add-person");
    // exported on the supervisor's own workstation
    java.security.KeyPair theirs = org.rapport.model.signing.Keys.generate();
    Path pem = java.nio.file.Files.writeString(work.resolve("a-okafor.pem"), org.rapport.model.signing.Keys.pem(theirs.getPublic()));
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    org.eclipse.e4.core.contexts.IEclipseContext context = window.context();
    workbench.display().asyncExec(() -> context.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(context.get(org.eclipse.e4.core.commands.ECommandService.class)
        .createCommand("org.rapport.app.command.addPerson", java.util.Map.of())));
    Shell dialog = workbench.waitFor(() -> workbench.dialog(org.rapport.app.internal.AddPersonDialog.TITLE), "Add Person opens");
    workbench.focus(dialog);
    workbench.type("Supervisor A. Okafor");       // the name has the keyboard
    workbench.key(SWT.TAB, '\t', 0);              // the role: supervisor, as offered
    workbench.key(SWT.TAB, '\t', 0);
    workbench.type(pem.toString());
    workbench.key(SWT.CR, '\r', 0);
    String message = window.messageOf(org.rapport.app.handlers.AddPersonHandler.ADDED);
    String fingerprint = org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(theirs.getPublic()));
    assertTrue(message.contains(fingerprint) && message.contains("compare it with theirs"), message);
    window.answer(org.rapport.app.handlers.AddPersonHandler.ADDED, "OK");
    org.rapport.model.Person added = workbench.syncExec(() -> org.rapport.model.operations.People.find(active.current().orElseThrow().index(),
        "P-supervisor-a-okafor"));
    assertEquals(List.of(org.rapport.model.Role.SUPERVISOR), List.copyOf(added.getRoles()));
    assertEquals(org.rapport.model.signing.Keys.encode(theirs.getPublic()), added.getKeys().get(0).getPublicKey());
    assertTrue(java.nio.file.Files.readString(workbench.casebook().resolve("casebook.xmi")).contains("Supervisor A. Okafor"), "saved");
  }

  @Test
  void aSignedInSupervisorExportsTheirPublicKeyForOpenSsl(ActiveCasebook active) throws Exception {
    CurrentUser user = workbench.syncExec(() -> workbench.mainWindow().getContext().get(CurrentUser.class));
    workbench.syncExec(() -> {
      DemoPeople.signIn(user, active.current().orElseThrow(), DemoPeople.ADEYEMI);
      return null;
    });
    Path work = java.nio.file.Files.createTempDirectory("rapport-export-key");
    Path pem = work.resolve("adeyemi.pem");
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    org.eclipse.e4.core.contexts.IEclipseContext context = window.context();
    workbench.display().asyncExec(() -> context.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(context.get(org.eclipse.e4.core.commands.ECommandService.class)
        .createCommand("org.rapport.app.command.exportPublicKey", java.util.Map.of())));
    Shell dialog = workbench.waitFor(() -> workbench.dialog(org.rapport.app.internal.ExportPublicKeyDialog.TITLE), "the export dialog opens");
    workbench.focus(dialog);
    workbench.screenshot(dialog, Path.of("target/screenshots/export-public-key.png"));
    workbench.type(work.resolve("no-such-folder").resolve("key.pem").toString());   // the offered file is selected: typing replaces it
    workbench.key(SWT.CR, '\r', 0);
    String refused = workbench.waitFor(() -> labelStartingWith(dialog, "The folder"), "a file in a missing folder is refused in the dialog");
    assertTrue(refused.endsWith("no-such-folder does not exist."), refused);
    workbench.type(pem.toString());
    workbench.key(SWT.CR, '\r', 0);
    String message = window.messageOf(org.rapport.app.handlers.ExportPublicKeyHandler.EXPORTED);
    window.answer(org.rapport.app.handlers.ExportPublicKeyHandler.EXPORTED, "OK");
    org.rapport.model.Person adeyemi = workbench.syncExec(() -> org.rapport.model.operations.People.find(active.current().orElseThrow().index(),
        DemoPeople.ADEYEMI));
    String listed = org.rapport.model.signing.Keys.current(adeyemi).orElseThrow().getPublicKey();
    assertTrue(message.contains(pem.toString()) && message.contains(org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(listed))),
        message);
    java.security.PublicKey written = org.rapport.model.signing.Keys.fromPem(java.nio.file.Files.readString(pem)).orElseThrow();
    assertEquals(listed, org.rapport.model.signing.Keys.encode(written), "the file holds the key the casebook lists");
    // Debian's OpenSSL reads the same file as an Ed25519 public key
    Process openssl = new ProcessBuilder("openssl", "pkey", "-pubin", "-in", pem.toString(), "-noout", "-text").redirectErrorStream(true).start();
    String printed = new String(openssl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, openssl.waitFor(), printed);
    assertTrue(printed.contains("ED25519 Public-Key"), printed);
    workbench.syncExec(() -> {
      DemoPeople.signIn(user, active.current().orElseThrow(), null);   // the other tests start reading only
      return null;
    });
  }

  @Test
  void theOwnerSigningInIsAskedToEndorseAKeyMadeWithoutThem(ActiveCasebook active) throws Exception {
    CurrentUser user = workbench.syncExec(() -> workbench.mainWindow().getContext().get(CurrentUser.class));
    // a supervisor listed with a key of their own, as their first sign-in here would leave it: not endorsed
    java.security.KeyPair theirs = org.rapport.model.signing.Keys.generate();
    String fingerprint = org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(theirs.getPublic()));
    workbench.syncExec(() -> {
      org.rapport.store.OpenCasebook open = active.current().orElseThrow();
      org.rapport.model.Person okoye = org.rapport.model.operations.People.add(open.index(), "Supervisor C. Okoye",
          org.rapport.model.Role.SUPERVISOR);
      org.rapport.model.PersonKey key = org.rapport.model.RapportFactory.eINSTANCE.createPersonKey();
      key.setPublicKey(org.rapport.model.signing.Keys.encode(theirs.getPublic()));
      key.setCreated(Dates.of(java.time.LocalDateTime.now().withNano(0)));
      okoye.getKeys().add(key);
      open.saveIndex();
      user.readOnly(open);
      return null;
    });
    workbench.focusMainWindow();
    workbench.key(0, 'i', SWT.CTRL | SWT.SHIFT);
    Shell dialog = workbench.waitFor(() -> workbench.dialog("Sign In"), "Ctrl+Shift+I asks who signs in");
    Combo person = workbench.syncExec(() -> personChoice(dialog));
    workbench.syncExec(() -> {
      person.select(List.of(person.getItems()).indexOf("Trainee R. Fairweather (demo) (trainee)"));
      person.notifyListeners(SWT.Selection, new Event());
      return null;
    });
    workbench.type("fairweather demo 2026");
    workbench.key(SWT.CR, '\r', 0);
    WorkbenchWindow window = new WorkbenchWindow(workbench);
    String question = window.messageOf(org.rapport.app.internal.SignInAddon.ENDORSE);
    assertTrue(question.contains("Supervisor C. Okoye: " + fingerprint) && question.contains("Compare each fingerprint"), question);
    Shell asked = workbench.waitFor(() -> workbench.dialog(org.rapport.app.internal.SignInAddon.ENDORSE), "the owner is asked");
    workbench.focus(asked);
    workbench.screenshot(asked, Path.of("target/screenshots/endorse-keys.png"));
    workbench.key(0, 'e', SWT.ALT);   // &Endorse
    workbench.waitFor(() -> workbench.dialog(org.rapport.app.internal.SignInAddon.ENDORSE) == null ? Boolean.TRUE : null, "endorsed");
    List<org.rapport.model.PersonKey> waiting = workbench.syncExec(() -> active.current().orElseThrow().signing().roster().unendorsed());
    assertEquals(List.of(), waiting);
    assertTrue(java.nio.file.Files.readString(workbench.casebook().resolve("casebook.xmi")).contains("Supervisor C. Okoye"), "saved");
    workbench.syncExec(() -> {
      org.rapport.store.OpenCasebook open = active.current().orElseThrow();
      user.readOnly(open);   // the other tests start reading only, with the demo's three people
      open.index().getPeople().removeIf(p -> "Supervisor C. Okoye".equals(p.getName()));
      open.saveIndex();
      return null;
    });
  }

  /** The text of the first label in {@code dialog} that starts with {@code start}, or null (called on the UI thread). */
  private static String labelStartingWith(Shell dialog, String start) {
    List<String> texts = new java.util.ArrayList<>();
    RunningWorkbench.visit(dialog, control -> {
      if (control instanceof Label label && label.getText().startsWith(start)) {
        texts.add(label.getText());
      }
    });
    return texts.isEmpty() ? null : texts.get(0);
  }

  /** The Sign In dialog's choice of person (called on the UI thread). */
  private static Combo personChoice(Shell dialog) {
    List<Combo> combos = new java.util.ArrayList<>();
    RunningWorkbench.visit(dialog, control -> {
      if (control instanceof Combo combo) {
        combos.add(combo);
      }
    });
    return combos.get(0);
  }

  /** The status line's text about who works in the casebook (called on the UI thread). */
  private static String statusLine() {
    return RunningWorkbench.withData(workbench.mainShell(), Label.class, org.rapport.app.internal.PersonStatusControl.DATA_KEY, Boolean.TRUE)
        .getText();
  }
}
