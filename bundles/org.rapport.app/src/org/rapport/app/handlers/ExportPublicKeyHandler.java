// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.ExportPublicKeyDialog;
import org.rapport.model.operations.People;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/**
 * File > Export My Public Key: writes the signed-in person's public key as a PEM file, which
 * Add Person (or {@code rapport keys --import}) takes on another workstation, and OpenSSL reads.
 */
public class ExportPublicKeyHandler {

  /** The title of the message that says where the key went. */
  public static final String EXPORTED = "Public Key Exported";

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook active, @Optional CurrentUser user) {
    return active != null && user != null && active.current().flatMap(user::signer).isPresent();
  }

  @Execute
  public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ActiveCasebook active, CurrentUser user) {
    Signer signer = active.current().flatMap(user::signer).orElse(null);
    if (signer == null) {
      return;
    }
    String name = People.name(signer.person());
    String fingerprint = Keys.shown(Keys.fingerprint(signer.publicKey()));
    Path suggested = Path.of(System.getProperty("user.home"), signer.person().getId() + ".pem");
    ExportPublicKeyDialog dialog = new ExportPublicKeyDialog(shell, name, fingerprint, suggested);
    if (dialog.open() != Window.OK) {
      return;
    }
    Path file = dialog.file();
    if (Files.exists(file) && !MessageDialog.openQuestion(shell, ExportPublicKeyDialog.TITLE, file + " exists. Replace it?")) {
      return;
    }
    try {
      write(file, Keys.pem(signer.publicKey()));
    } catch (IOException | RuntimeException e) {
      MessageDialog.openError(shell, ExportPublicKeyDialog.TITLE, "The key could not be written to " + file + ": " + e.getMessage()
          + ". Nothing was changed.");
      return;
    }
    MessageDialog.openInformation(shell, EXPORTED, name + "'s public key was written to\n" + file + "\n\nFingerprint: " + fingerprint
        + "\n\nIt holds no secret: the private key stays sealed on this workstation.");
  }

  /** Writes beside the target and moves into place, so an existing file is replaced whole or not at all. */
  private static void write(Path file, String pem) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
    try {
      Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
