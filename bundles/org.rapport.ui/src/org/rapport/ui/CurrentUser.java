// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.model.Person;
import org.rapport.model.signing.Signer;
import org.rapport.store.OpenCasebook;

/**
 * Who the user works as: the person of the open casebook who signed in with their passphrase, and
 * so holds their signing key until they sign out or the casebook closes. Nobody signed in means
 * reading only. One instance lives in the application's context; editors ask it before offering
 * workflow steps, and sign each step with its {@link #signer}.
 */
public final class CurrentUser {

  /** Sent (data: the {@link OpenCasebook}) when someone signs in or out. */
  public static final String TOPIC_CHANGED = "org/rapport/user/changed";

  private final IEventBroker events;
  private OpenCasebook casebook;
  private Signer signer;
  private boolean readingOnly;

  /** {@code events} may be null (no one is told of a change). */
  public CurrentUser(IEventBroker events) {
    this.events = events;
  }

  /** Signs {@code signer} in to {@code casebook}, signing out whoever was. */
  public void signIn(OpenCasebook casebook, Signer signer) {
    signOutOf(this.casebook);
    this.casebook = casebook;
    this.signer = signer;
    this.readingOnly = false;
    casebook.signing().recordAs(signer);   // what they do is recorded in the trail under their signature
    changed();
  }

  /** Signs out: nobody works as a person of {@code casebook}, which is read only; the choice is remembered, so no one is asked again. */
  public void readOnly(OpenCasebook casebook) {
    signOutOf(this.casebook);
    signOutOf(casebook);
    this.casebook = casebook;
    this.signer = null;
    this.readingOnly = true;
    changed();
  }

  /** Whether the user has said, for {@code casebook}, who they are (a person or reading only). */
  public boolean decided(OpenCasebook casebook) {
    return casebook != null && casebook == this.casebook && (signer != null || readingOnly);
  }

  private void changed() {
    if (events != null) {
      events.post(TOPIC_CHANGED, casebook);
    }
  }

  /** The person signed in to {@code casebook}, or empty when nobody is (reading only). */
  public Optional<Person> in(OpenCasebook casebook) {
    return signer(casebook).map(Signer::person);
  }

  /** The key of the person signed in to {@code casebook}, or empty. */
  public Optional<Signer> signer(OpenCasebook casebook) {
    return casebook != null && casebook == this.casebook ? Optional.ofNullable(signer) : Optional.empty();
  }

  /** The id of the person signed in to {@code casebook}, or null: who a change is recorded as done by. */
  public String idIn(OpenCasebook casebook) {
    return in(casebook).map(Person::getId).orElse(null);
  }

  /** {@link #idIn}, for a caller that may have no {@code CurrentUser} (null) in its context. */
  public static String idIn(CurrentUser user, OpenCasebook casebook) {
    return user == null ? null : user.idIn(casebook);
  }

  private static void signOutOf(OpenCasebook casebook) {
    if (casebook != null) {
      casebook.signing().recordAs(null);
    }
  }
}
