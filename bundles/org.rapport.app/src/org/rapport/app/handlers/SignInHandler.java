// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.rapport.app.internal.SignInAddon;
import org.rapport.ui.ActiveCasebook;
import org.rapport.ui.CurrentUser;

/** File > Sign In As: switches to another person of the open casebook (or to reading only). */
public final class SignInHandler {

  @CanExecute
  public boolean canExecute(@Optional ActiveCasebook casebook, @Optional CurrentUser user) {
    return user != null && casebook != null && casebook.current().filter(open -> !open.readOnly()).isPresent();
  }

  @Execute
  public void execute(ActiveCasebook casebook, CurrentUser user, MApplication application) {
    casebook.current().ifPresent(open -> SignInAddon.signIn(application, open, user));
  }
}
