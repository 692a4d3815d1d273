// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.store.CasebookStore;

/** What the headless applications need from the running platform. */
final class Services {

  private Services() {
  }

  /** The store service; waits briefly because Declarative Services may still be activating it. */
  static CasebookStore store() {
    BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
    ServiceTracker<CasebookStore, CasebookStore> tracker = new ServiceTracker<>(context, CasebookStore.class, null);
    tracker.open();
    try {
      CasebookStore store = tracker.waitForService(10_000);
      if (store == null) {
        throw new IllegalStateException("the casebook store service did not start; the installation may be incomplete");
      }
      return store;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the casebook store", e);
    } finally {
      tracker.close();
    }
  }

  /**
   * The institutions' extensions, or null when the extension bundle is not installed (a partial
   * installation still checks casebooks with the built-in rules).
   */
  static org.rapport.extension.Extensions extensions() {
    BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
    ServiceTracker<org.rapport.extension.Extensions, org.rapport.extension.Extensions> tracker =
        new ServiceTracker<>(context, org.rapport.extension.Extensions.class, null);
    tracker.open();
    try {
      return tracker.waitForService(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      tracker.close();
    }
  }

  /**
   * The passphrase of an encrypted casebook for a headless command: the environment variable
   * {@code RAPPORT_PASSPHRASE} (for scripts), else asked on the console without echo; null for a
   * plain casebook, or when neither is available (the store then says the passphrase is needed).
   */
  static char[] passphraseFor(Path folder, java.io.PrintStream err) {
    if (!org.rapport.store.CasebookFolders.isEncrypted(folder)) {
      return null;
    }
    return secret("RAPPORT_PASSPHRASE", false, "Passphrase for %s: ", folder.getFileName());
  }

  /**
   * A secret for a headless command: the environment variable {@code variable} (for scripts), else
   * asked on the console without echo, twice when {@code twice} (a new passphrase); null when neither
   * is there, or the two differ.
   */
  static char[] secret(String variable, boolean twice, String prompt, Object... args) {
    String given = System.getenv(variable);
    if (given != null && !given.isEmpty()) {
      return given.toCharArray();
    }
    java.io.Console console = System.console();
    if (console == null) {
      return null;
    }
    char[] first = console.readPassword(prompt, args);
    if (!twice) {
      return first;
    }
    char[] again = console.readPassword("The same again: ");
    return first != null && java.util.Arrays.equals(first, again) ? first : null;
  }

  /**
   * For a clone whose lab holds an encrypted casebook: {@code RAPPORT_PASSPHRASE}, the casebook's
   * passphrase or the user's own, else asked on the console without echo; null when neither is there.
   */
  static char[] passphraseForLab(String remote) {
    return secret("RAPPORT_PASSPHRASE", false, "The casebook at %s is encrypted; its passphrase, or yours: ", remote);
  }

  /**
   * The passphrase of a person's signing key for a headless command: {@code RAPPORT_PERSON_PASSPHRASE}
   * (for scripts), else asked on the console without echo; null when neither is available.
   */
  static char[] personPassphrase(String personId) {
    return secret("RAPPORT_PERSON_PASSPHRASE", false, "Passphrase of %s: ", personId);
  }

  /**
   * The built-in catalogue: the file named by the system property {@code rapport.catalogue}, else
   * {@code seeds/catalogue/rapport.catalogue.xmi} in the installation folder.
   */
  static Optional<Path> builtInCatalogue() {
    String configured = System.getProperty("rapport.catalogue");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    String install = System.getProperty("osgi.install.area");
    if (install == null) {
      return Optional.empty();
    }
    try {
      Path file = Path.of(new URI(install.replace(" ", "%20"))).resolve("seeds/catalogue/rapport.catalogue.xmi");
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
