// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves every file of a casebook to a new key (or from none to one), so that a crash at any instant
 * leaves a casebook one of the two passphrases opens. First the new key file and a re-sealed twin of
 * every file ({@code <file>.rekey}) are written beside the old ones; then an empty commit mark; then
 * each twin is renamed over its file and the new key file over the old. Opening first finishes an
 * interrupted change that has its mark (every twin is complete) and otherwise throws the twins away.
 */
final class Rekeying {

  static final String NEW_KEY = KeyFile.FILE + ".new";
  static final String COMMIT = "rekey.commit";
  static final String TWIN = ".rekey";
  /** The files whose lines are sealed one by one. */
  private static final List<String> LINE_FILES = List.of(IndexJournal.FILE, AuditLog.FILE, AuditLog.HEAD);

  private Rekeying() {
  }

  /** Finishes or undoes a change of key that a crash interrupted. Call with the casebook's lock held. */
  static void recover(Path folder) throws IOException {
    if (!Files.exists(folder.resolve(COMMIT)) && !Files.exists(folder.resolve(NEW_KEY))) {
      return;   // no change was under way (the new key file is written first and goes last): nothing to walk
    }
    if (Files.exists(folder.resolve(COMMIT))) {
      finish(folder, RekeyInterruption.NONE);
    } else {
      for (Path twin : files(folder, true)) {
        Files.deleteIfExists(twin);
      }
      Files.deleteIfExists(folder.resolve(NEW_KEY));
    }
  }

  /** Re-seals every file of the casebook from {@code from} (null: plain) to the key of {@code passphrase}, which it returns. */
  static Sealing rekey(Path folder, Sealing from, char[] passphrase, RekeyInterruption interruption,
      java.util.function.BiConsumer<KeyFile, Sealing> access) throws IOException {
    Sealing[] to = new Sealing[1];
    KeyFile key = KeyFile.create(passphrase, to);
    access.accept(key, to[0]);   // the people it was shared with keep it, under the new key
    moveTo(folder, from, key, to[0], interruption);
    return to[0];
  }

  /**
   * Re-seals every file of the casebook from {@code from} to {@code to}, the key of {@code key},
   * which becomes the casebook's key file (another workstation's, when this copy follows a new key).
   */
  static void moveTo(Path folder, Sealing from, KeyFile key, Sealing to, RekeyInterruption interruption) throws IOException {
    AtomicFile.write(folder.resolve(NEW_KEY), key.bytes(), AtomicFile.StepListener.NONE);
    interruption.at("new key written");
    java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
    for (Path file : files(folder, false)) {
      String name = SafeXmi.nameIn(folder, file);
      byte[] bytes = Files.readAllBytes(file);
      byte[] twin;
      if (LINE_FILES.contains(name)) {
        StringBuilder lines = new StringBuilder();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isEmpty()) {
            lines.append(SealedLines.reseal(line, from, to, name)).append('\n');
          }
        }
        twin = lines.toString().getBytes(StandardCharsets.UTF_8);
      } else if (from != null && !Sealing.isSealed(bytes)) {
        continue;   // a plain file in an encrypted casebook is not Rapport's (it is never read): left as it is
      } else {
        try {
          boolean backup = file.getFileName().toString().endsWith(".bak");
          byte[] plain = backup ? SafeXmi.unsealBackup(bytes, from, folder, file) : SafeXmi.unseal(bytes, from, name);
          int generation = Sealing.generationOf(bytes);   // a document keeps its generation under the new key
          String sealedAs = backup ? SafeXmi.ownNameIn(folder, file) : name;   // a backup under its own name
          twin = generation > 0 ? to.seal(plain, sealedAs, generation) : to.seal(plain, sealedAs);
        } catch (SafeXmi.UnreadableException e) {
          throw new IOException(file + ": " + e.getMessage() + "; the passphrase was not changed", e);
        }
      }
      write(file.resolveSibling(file.getFileName() + TWIN), twin);
      folders.add(file.getParent());
      interruption.at("twin of " + name);
    }
    // the twins' names must be on disk before the mark that says every twin is there
    folders.forEach(AtomicFile::syncFolder);
    write(folder.resolve(COMMIT), new byte[0]);
    AtomicFile.syncFolder(folder);
    interruption.at("committed");
    finish(folder, interruption);
  }

  private static void finish(Path folder, RekeyInterruption interruption) throws IOException {
    for (Path twin : files(folder, true)) {
      String twinName = twin.getFileName().toString();
      move(twin, twin.resolveSibling(twinName.substring(0, twinName.length() - TWIN.length())));
      interruption.at("renamed " + twinName);
    }
    if (Files.exists(folder.resolve(NEW_KEY))) {
      move(folder.resolve(NEW_KEY), folder.resolve(KeyFile.FILE));
    }
    interruption.at("key renamed");
    Files.deleteIfExists(folder.resolve(COMMIT));
  }

  /**
   * The casebook's data files (twins: only the {@code .rekey} twins), not its lock, key or
   * leftovers, nor the people's key files (sealed under their own passphrases, and read before the
   * casebook key is known) or the lab repository (Git's own files; what it sends is sealed as it goes).
   */
  private static List<Path> files(Path folder, boolean twins) throws IOException {
    List<Path> found = new ArrayList<>();
    Path keys = folder.resolve(PersonKeys.FOLDER);
    Path lab = folder.resolve(org.rapport.store.CasebookFolders.LAB);
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path file : all.filter(Files::isRegularFile).filter(f -> !f.startsWith(keys) && !f.startsWith(lab)).sorted().toList()) {
        String name = file.getFileName().toString();
        if (twins) {
          if (name.endsWith(TWIN)) {
            found.add(file);
          }
        } else if (!name.endsWith(TWIN) && !AtomicFile.isLeftOver(file) && !name.equals(CasebookLock.FILE) && !name.startsWith(KeyFile.FILE)
            && !name.equals(COMMIT)) {
          found.add(file);
        }
      }
    }
    return found;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
