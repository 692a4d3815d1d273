// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;

/**
 * Which casebook to open at start: the one named on the command line ({@code --casebook <folder>})
 * or by the system property {@code rapport.casebook}; else the last one opened; else, on the very
 * first start, the demo casebook shipped with the product, copied into the user's folder so that
 * the installation is never written to.
 */
public final class StartupCasebook {

  static final String ARGUMENT = "--casebook";
  static final String PROPERTY = "rapport.casebook";
  static final String DEMO = "seeds/demo-casebook";

  private StartupCasebook() {
  }

  /**
   * @param args the application's arguments
   * @param last the casebook opened last time, if any
   * @param installation the product's folder (where {@code seeds/} is), if known
   * @param userData the folder for the user's own data, e.g. {@code ~/.rapport}
   */
  public static Optional<Path> choose(List<String> args, Optional<Path> last, Optional<Path> installation, Path userData)
      throws IOException {
    int at = args.indexOf(ARGUMENT);
    if (at >= 0 && at + 1 < args.size()) {
      return Optional.of(Path.of(args.get(at + 1)));
    }
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property));
    }
    if (last.isPresent() && Files.isRegularFile(last.get().resolve(CasebookStore.INDEX_FILE))) {
      return last;
    }
    Optional<Path> demo = installation.map(folder -> folder.resolve(DEMO)).filter(Files::isDirectory);
    if (demo.isEmpty()) {
      return Optional.empty();
    }
    Path copy = userData.resolve("casebooks/demo-casebook");
    if (!Files.isRegularFile(copy.resolve(CasebookStore.INDEX_FILE))) {
      CasebookFolders.copy(demo.get(), copy);
    }
    return Optional.of(copy);
  }


}
