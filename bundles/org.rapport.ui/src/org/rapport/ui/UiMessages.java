// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.IMessageFactoryService;
import org.eclipse.e4.core.services.translation.ResourceBundleProvider;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.rapport.model.Person;

/**
 * The texts of the shared UI pieces in this bundle, in the workbench's language: e4 fills each public field from the key of
 * the same name in {@code OSGI-INF/l10n/bundle.properties} or a language's variant of it. Injected with {@code @Translation};
 * code that is handed only a context asks {@link #in(IEclipseContext)}.
 */
public class UiMessages {
  public String signIn_title;
  public String signIn_intro;
  public String signIn_person;
  public String signIn_noKeyHere;
  public String signIn_again;
  public String signIn_signIn;
  public String signIn_readOnly;
  public String signIn_passphrase;
  public String signIn_newPassphrase;
  public String signIn_nobody;
  public String signIn_makeKey;
  public String signIn_makeKeyReplacing;
  public String signIn_differ;
  public String signIn_tryAgain;
  public String person_and;
  public String role_trainee;
  public String role_supervisor;
  public String role_administrator;

  /** A person's roles in the user's words: "supervisor and administrator". */
  public String roles(Person person) {
    return String.join(person_and, person.getRoles().stream().map(role -> switch (role) {
      case TRAINEE -> role_trainee;
      case SUPERVISOR -> role_supervisor;
      case ADMINISTRATOR -> role_administrator;
    }).toList());
  }

  /** The texts in the language of {@code context} (the application's, unless a window chose another). */
  public static UiMessages in(IEclipseContext context) {
    IMessageFactoryService factory = context.get(IMessageFactoryService.class);
    Object locale = context.get(TranslationService.LOCALE);
    return factory.getMessageInstance(locale instanceof Locale chosen ? chosen : Locale.getDefault(), UiMessages.class,
        context.get(ResourceBundleProvider.class));
  }
}
