// SPDX-License-Identifier: EPL-2.0
package org.rapport.extension.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.rapport.extension.ExtensionProblem;

/**
 * Failures of institutions' services (a rule that threw, an exporter's or programme's method that
 * threw or gave null), one problem per service and method, kept while the service is registered.
 * New ones are handed to {@code reported} (the log) once.
 */
final class ServiceFailures {

  private record Key(Object reference, String method) {
  }

  private final Map<Key, ExtensionProblem> problems = new ConcurrentHashMap<>();
  private final Consumer<ExtensionProblem> reported;

  ServiceFailures(Consumer<ExtensionProblem> reported) {
    this.reported = reported;
  }

  /** Calls {@code call}; a failure or a null result is recorded and gives null. */
  <T> T call(Registered<?> registered, String method, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException | LinkageError e) {
      failed(registered, method, e);
      return null;
    }
    if (result == null) {
      record(registered, method, method + "() returned null; nothing from it is used");
    }
    return result;
  }

  /** {@link #call} for text: a blank result counts as none. */
  String text(Registered<?> registered, String method, Supplier<String> call) {
    String text = call(registered, method, call);
    return text == null || text.isBlank() ? null : text.strip();
  }

  void failed(Registered<?> registered, String method, Throwable e) {
    record(registered, method, method + "() failed (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); a fallback is used");
  }

  /** Records {@code message} unless this service's {@code method} failed before; true when it is new. */
  boolean record(Registered<?> registered, String method, String message) {
    ExtensionProblem problem = new ExtensionProblem(registered.bundle(), registered.qualifiedId(), message);
    if (problems.putIfAbsent(new Key(registered.reference(), method), problem) == null) {
      reported.accept(problem);
      return true;
    }
    return false;
  }

  /** Whether this service's {@code method} failed while it has been registered. */
  boolean failed(Object reference, String method) {
    return problems.containsKey(new Key(reference, method));
  }

  /** Forgets a service's failures when it goes. */
  void forget(Object reference) {
    problems.keySet().removeIf(key -> java.util.Objects.equals(key.reference(), reference));
  }

  List<ExtensionProblem> all() {
    return List.copyOf(problems.values());
  }
}
