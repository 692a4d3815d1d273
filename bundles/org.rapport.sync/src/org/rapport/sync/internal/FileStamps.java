// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;

/**
 * What the last snapshot found on disk for each travelling file: its stamp (size, modification
 * time, file identity) and the id of its stored bytes, kept in {@code .lab/rapport-files}. Only a
 * shortcut: a missing, damaged or older file simply means every file is read again.
 */
final class FileStamps {

  private static final String FILE = "rapport-files";
  private static final String HEADER = "rapport file stamps 1";

  private record Known(String stamp, ObjectId id) {
  }

  private final Map<String, Known> known = new HashMap<>();

  static String stamp(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return attributes.size() + ":" + attributes.lastModifiedTime().toInstant() + ":" + attributes.fileKey();
  }

  static FileStamps read(Path lab) {
    FileStamps stamps = new FileStamps();
    try {
      var lines = Files.readAllLines(lab.resolve(FILE), StandardCharsets.UTF_8);
      if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
        return stamps;
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t");
        if (fields.length == 3 && ObjectId.isId(fields[2])) {
          stamps.known.put(fields[0], new Known(fields[1], ObjectId.fromString(fields[2])));
        }
      }
    } catch (IOException | RuntimeException e) {
      stamps.known.clear();   // read everything again
    }
    return stamps;
  }

  /** The stored bytes' id of {@code path} when its stamp is the one recorded, else null. */
  ObjectId idFor(String path, String stamp) {
    Known was = known.get(path);
    return was != null && was.stamp().equals(stamp) ? was.id() : null;
  }

  void put(String path, String stamp, ObjectId id) {
    known.put(path, new Known(stamp, id));
  }

  /** Whether both record the same stamps: a sync that found nothing changed writes nothing. */
  boolean sameAs(FileStamps other) {
    return known.equals(other.known);
  }

  void write(Path lab) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    known.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> text.append(entry.getKey()).append('\t')
        .append(entry.getValue().stamp()).append('\t').append(entry.getValue().id().name()).append('\n'));
    Path temporary = lab.resolve(FILE + ".new");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, lab.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
