// SPDX-License-Identifier: EPL-2.0
package org.rapport.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zipped p2 repository unpacked into a temporary folder. Unpacking first lets a damaged or hostile
 * archive be refused with a plain message before p2 sees it: entries may not leave the folder, and
 * the archive may not unpack to more than {@link #MAX_BYTES} bytes or {@link #MAX_ENTRIES} files.
 */
public final class ExtensionArchive implements AutoCloseable {

  static final long MAX_BYTES = 512L * 1024 * 1024;
  static final int MAX_ENTRIES = 20_000;

  private final Path zip;
  private final Path folder;

  private ExtensionArchive(Path zip, Path folder) {
    this.zip = zip;
    this.folder = folder;
  }

  /** Unpacks {@code zip}; the caller closes the result, which deletes the unpacked copy. */
  public static ExtensionArchive unpack(Path zip) throws InstallException {
    return unpack(zip, MAX_BYTES, MAX_ENTRIES);
  }

  /** Unpacks {@code zip} within the given limits (tests use small ones). */
  public static ExtensionArchive unpack(Path zip, long maxBytes, int maxEntries) throws InstallException {
    if (!Files.isRegularFile(zip)) {
      throw new InstallException("There is no file " + zip + ".");
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("rapport-extension-");
    } catch (IOException e) {
      throw new InstallException("No temporary folder could be made to unpack " + zip.getFileName() + ": " + e.getMessage(), e);
    }
    ExtensionArchive archive = new ExtensionArchive(zip, folder);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      long bytes = 0;
      int entries = 0;
      for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements();) {
        ZipEntry entry = all.nextElement();
        if (++entries > maxEntries) {
          throw new InstallException(zip.getFileName() + " holds more than " + maxEntries + " files; it is not an extension archive.");
        }
        Path target;
        try {
          target = folder.resolve(entry.getName()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
          throw new InstallException(zip.getFileName() + " is not a usable archive: it has an entry with an impossible name ("
              + e.getMessage() + ").", e);
        }
        if (!target.startsWith(folder) || entry.getName().contains("\\")) {
          throw new InstallException(zip.getFileName() + " is not a safe archive: the entry '" + entry.getName()
              + "' would be written outside the folder it is unpacked into.");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          bytes += copyAtMost(in, target, maxBytes - bytes);
        }
        if (bytes > maxBytes) {
          throw new InstallException(zip.getFileName() + " unpacks to more than " + describe(maxBytes) + "; it is not an extension archive.");
        }
      }
    } catch (ZipException e) {
      archive.close();
      throw new InstallException(zip.getFileName() + " is not a readable zip archive (" + e.getMessage() + "). It may be damaged or"
          + " incompletely copied; ask for the archive again.", e);
    } catch (IOException e) {
      archive.close();
      throw new InstallException(zip.getFileName() + " could not be unpacked: " + e.getMessage(), e);
    } catch (InstallException | RuntimeException e) {
      archive.close();
      throw e;
    }
    if (!Files.exists(folder.resolve("content.jar")) && !Files.exists(folder.resolve("content.xml"))
        && !Files.exists(folder.resolve("compositeContent.jar")) && !Files.exists(folder.resolve("compositeContent.xml"))) {
      archive.close();
      throw new InstallException(zip.getFileName() + " is a zip archive but not an extension repository: it has no p2 metadata"
          + " (content.jar or content.xml) at its top level.");
    }
    return archive;
  }

  private static String describe(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  /** Copies at most {@code limit + 1} bytes, so that a larger entry is noticed without writing all of it. */
  private static long copyAtMost(InputStream in, Path target, long limit) throws IOException {
    try (var out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      long copied = 0;
      int read;
      while ((read = in.read(buffer)) > 0) {
        out.write(buffer, 0, read);
        copied += read;
        if (copied > limit) {
          break;
        }
      }
      return copied;
    }
  }

  /** The archive the user chose. */
  public Path zip() {
    return zip;
  }

  /** The unpacked repository. */
  public Path folder() {
    return folder;
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless; the system's clean-up takes it
    }
  }
}
