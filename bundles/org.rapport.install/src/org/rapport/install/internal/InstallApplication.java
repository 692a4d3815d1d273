// SPDX-License-Identifier: EPL-2.0
package org.rapport.install.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.rapport.install.Change;
import org.rapport.install.ChangeApplier;
import org.rapport.install.Extension;
import org.rapport.install.ExtensionArchive;
import org.rapport.install.ExtensionInstaller;
import org.rapport.install.InstallException;
import org.rapport.install.ProductUpdater;
import org.rapport.install.RunningInstallation;

/**
 * {@code rapport install-extension <zip>}, {@code rapport uninstall-extension <id>} and
 * {@code rapport installed-extensions}, {@code rapport update <zip>} and {@code rapport rollback}: the
 * same changes as Help > Install Extension from Archive and Help > Update Rapport from Archive, for
 * lab administrators and workstation image scripts. Exit status 0 when done, 1 when the change does
 * not fit, the archive is unusable (nothing changed) or p2 failed, 2 for a wrong command line.
 */
public class InstallApplication implements IApplication {

  static final String USAGE = """
      usage: rapport install-extension <archive.zip>
             rapport uninstall-extension <extension id>
             rapport installed-extensions
             rapport update <release.zip>
             rapport rollback""";

  @Override
  public Object start(IApplicationContext context) {
    context.applicationRunning();
    String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
    return Integer.valueOf(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (java.util.Arrays.stream(args).anyMatch(arg -> "--help".equals(arg) || "-h".equals(arg) || "-?".equals(arg))) {
      out.println(USAGE + "\nInstalls or removes an institution's extension from a zipped p2 repository, offline, for every user"
          + " of this installation; updates Rapport itself from a release's zipped p2 repository, and restores the version the"
          + " last update replaced.");
      return 2;
    }
    boolean noOperand = args.length > 0 && ("installed-extensions".equals(args[0]) || "rollback".equals(args[0]));
    if (args.length == 0 || args.length != (noOperand ? 1 : 2)) {
      err.println(USAGE);
      return 2;
    }
    String command = args[0];
    try (RunningInstallation installation = RunningInstallation.open()) {
      ExtensionInstaller installer = installation.installer();
      switch (command) {
        case "installed-extensions" -> {
          List<Extension> installed = installer.installed();
          if (installed.isEmpty()) {
            out.println("No extensions are installed.");
          }
          installed.forEach(extension -> out.println(extension.describe()));
          return 0;
        }
        case "install-extension" -> {
          installation.requireWritable();
          try (ExtensionArchive archive = ExtensionArchive.unpack(Path.of(args[1]).toAbsolutePath())) {
            Change change = installer.planInstall(archive, monitor());
            return make(installer, change, out, "Installed. Rapport uses the extension from its next start.");
          }
        }
        case "uninstall-extension" -> {
          installation.requireWritable();
          Change change = installer.planUninstall(args[1], monitor());
          return make(installer, change, out, "Removed. Rapport starts without the extension from its next start.");
        }
        case "update" -> {
          installation.requireWritable();
          ProductUpdater updater = installation.updater();
          try (ExtensionArchive archive = ExtensionArchive.unpack(Path.of(args[1]).toAbsolutePath())) {
            Change change = updater.planUpdate(archive, monitor());
            return make(updater, change, out, "Updated. Rapport " + change.installing().get(0).version() + " runs from its next"
                + " start; \"rapport rollback\" restores " + change.removing().get(0).version() + ".");
          }
        }
        case "rollback" -> {
          installation.requireWritable();
          ProductUpdater updater = installation.updater();
          Change change = updater.planRollback(monitor());
          return make(updater, change, out, "Restored. Rapport " + change.installing().get(0).version() + " runs from its next start.");
        }
        default -> {
          err.println(USAGE);
          return 2;
        }
      }
    } catch (InstallException e) {
      err.println("rapport " + command + ": " + e.getMessage());
      if (!"installed-extensions".equals(command)) {
        err.println("The installation was not changed.");
      }
      return 1;
    } catch (RuntimeException e) {
      // p2 undoes a change that fails half-way; say what happened and how to see where things stand
      err.println("rapport " + command + ": an unexpected failure: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getName()));
      err.println("Run \"rapport installed-extensions\" to see what is installed.");
      return 1;
    }
  }

  /** Says what {@code change} does, makes it, and says {@code done}: status 0. */
  private static int make(ChangeApplier applier, Change change, PrintStream out, String done) throws InstallException {
    change.describe().forEach(out::println);
    applier.apply(change, monitor());
    out.println(done);
    return 0;
  }

  private static IProgressMonitor monitor() {
    return new NullProgressMonitor();
  }

  @Override
  public void stop() {
    // an installation runs to its end: p2 applies it whole or not at all
  }
}
