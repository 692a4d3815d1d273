// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

/**
 * An institution's service as the registry hands it out: named by what it gave when it was bound,
 * so naming it never calls the institution's code again, and with its failures recorded.
 */
abstract class Guarded<T> {

  final Registered<T> registered;
  final ServiceFailures failures;

  Guarded(Registered<T> registered, ServiceFailures failures) {
    this.registered = registered;
    this.failures = failures;
  }

  public final String institution() {
    return registered.institution();
  }

  public final String id() {
    return registered.id();
  }

  /** Text from the service, or its id when the service fails or gives none. */
  final String textOrId(String method, java.util.function.Supplier<String> call) {
    String text = failures.text(registered, method, call);
    return text == null ? registered.id() : text;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " " + registered.qualifiedId() + " of " + registered.bundle();
  }
}
