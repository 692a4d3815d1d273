// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a crash at any instant leaves either the old or the new content:
 * the new bytes go to a temporary file in the same folder and are flushed to disk, the old file
 * is copied to {@code <name>.bak}, and the temporary file is renamed over the old one (an atomic
 * rename on one file system), after which the folder entry is flushed too.
 */
public final class AtomicFile {

  /** The points between the steps of a write, so tests can interrupt a save at each. */
  public enum Step { TEMPORARY_WRITTEN, BACKUP_WRITTEN, RENAMED }

  /** Observes the steps; throwing from it interrupts the write there, as a crash or full disk would. */
  @FunctionalInterface
  public interface StepListener {
    StepListener NONE = step -> { };

    void reached(Step step) throws IOException;
  }

  private AtomicFile() {
  }

  /** How the version a write replaces is kept as {@code <name>.bak}. */
  @FunctionalInterface
  public interface Backup {
    /** Byte for byte, as most files are kept. */
    Backup COPY = (target, backup) -> Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);

    void keep(Path target, Path backup) throws IOException;
  }

  public static void write(Path target, byte[] content, StepListener listener) throws IOException {
    write(target, content, listener, Backup.COPY);
  }

  /** Writes {@code content} to {@code target} as above, keeping the version it replaces with {@code backup}. */
  public static void write(Path target, byte[] content, StepListener listener, Backup backup) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      listener.reached(Step.TEMPORARY_WRITTEN);
      if (Files.exists(target)) {
        backup.keep(target, backupOf(target));
      }
      listener.reached(Step.BACKUP_WRITTEN);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncFolder(folder);
      listener.reached(Step.RENAMED);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A batch write that stopped: the first {@code written} files of the batch were put in place, the others not. */
  public static final class PartlyWritten extends IOException {
    private static final long serialVersionUID = 1L;
    private final int written;

    PartlyWritten(int written, IOException cause) {
      super(cause.getMessage(), cause);
      this.written = written;
    }

    public int written() {
      return written;
    }
  }

  /**
   * {@link #write} for many files, in the order given: every temporary file is written and flushed
   * first, then each is put in place (its old version copied to {@code .bak}), and each folder is
   * flushed once at the end rather than once per file. A crash leaves every file old or new.
   *
   * @throws PartlyWritten when a file could not be put in place, saying how many were
   */
  public static void writeAll(java.util.Map<Path, byte[]> files, StepListener listener) throws IOException {
    java.util.Map<Path, Path> temporaries = new java.util.LinkedHashMap<>();
    java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
    int written = 0;
    try {
      for (java.util.Map.Entry<Path, byte[]> file : files.entrySet()) {
        Path folder = file.getKey().toAbsolutePath().getParent();
        Files.createDirectories(folder);
        folders.add(folder);
        Path temporary = folder.resolve("." + file.getKey().getFileName() + ".tmp-" + UUID.randomUUID());
        temporaries.put(file.getKey(), temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(file.getValue());
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
      }
      listener.reached(Step.TEMPORARY_WRITTEN);
      for (java.util.Map.Entry<Path, Path> file : temporaries.entrySet()) {
        try {
          if (Files.exists(file.getKey())) {
            Files.copy(file.getKey(), backupOf(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
          }
          try {
            Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new PartlyWritten(written, e);
        }
        written++;
      }
      folders.forEach(AtomicFile::syncFolder);
      listener.reached(Step.RENAMED);
    } finally {
      for (Path temporary : temporaries.values()) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /** Temporary files are hidden and named after their target; a crash can leave one behind. */
  public static boolean isLeftOver(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.contains(".tmp-");
  }

  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms (Windows) cannot open a folder; the rename is still atomic there
    }
  }
}
