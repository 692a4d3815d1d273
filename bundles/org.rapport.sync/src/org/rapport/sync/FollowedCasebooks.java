// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lab casebooks a workstation follows: every casebook cloned from a lab here, shared from here,
 * or opened here while linked to a lab, so that a supervisor's desk can list the trainees'
 * casebooks and what awaits review in each. Kept as a list of folders in the file {@code desk} of
 * the workstation's folder ({@code ~/.rapport}, or the one the system property
 * {@code rapport.workstation} names), outside every casebook: nothing of it travels.
 *
 * <p>A list that cannot be read counts as empty and is not written over, so a damaged file costs
 * the desk its list, never a casebook.
 */
public final class FollowedCasebooks {

  /** The file's name in the workstation's folder. */
  public static final String FILE = "desk";
  private static final String HEADER = "# the lab casebooks this workstation follows, one folder a line";

  private final Path file;

  public FollowedCasebooks(Path file) {
    this.file = file;
  }

  /** The list of this workstation. */
  public static FollowedCasebooks ofThisWorkstation() {
    String folder = System.getProperty("rapport.workstation");
    Path workstation = folder != null ? Path.of(folder) : Path.of(System.getProperty("user.home"), ".rapport");
    return new FollowedCasebooks(workstation.resolve(FILE));
  }

  /** The folders followed, in the order they were first followed; missing ones included (the desk says they are gone). */
  public List<Path> folders() {
    return read().orElse(List.of());
  }

  /** Follows {@code folder} from now on; whether the list changed (false when it was followed already or cannot be written). */
  public synchronized boolean follow(Path folder) {
    Path normalized = folder.toAbsolutePath().normalize();
    Optional<List<Path>> followed = read();
    if (followed.isEmpty() || followed.get().contains(normalized)) {
      return false;
    }
    List<Path> changed = new ArrayList<>(followed.get());
    changed.add(normalized);
    return write(changed);
  }

  /** Stops following {@code folder} (the casebook itself stays as it is); whether the list changed. */
  public synchronized boolean unfollow(Path folder) {
    Path normalized = folder.toAbsolutePath().normalize();
    Optional<List<Path>> followed = read();
    if (followed.isEmpty() || !followed.get().contains(normalized)) {
      return false;
    }
    List<Path> changed = new ArrayList<>(followed.get());
    changed.remove(normalized);
    return write(changed);
  }

  /** The list, or empty when the file is there but cannot be read: then it must not be written over. */
  private Optional<List<Path>> read() {
    if (!Files.exists(file)) {
      return Optional.of(List.of());
    }
    try {
      List<Path> folders = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        Path folder = Path.of(text);
        if (folder.isAbsolute() && !folders.contains(folder.normalize())) {
          folders.add(folder.normalize());   // a relative line is nobody's folder: it is left out
        }
      }
      return Optional.of(folders);
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  private boolean write(List<Path> folders) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    folders.forEach(folder -> text.append(folder).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".new");
      Files.write(temporary, text.toString().getBytes(StandardCharsets.UTF_8));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;   // the desk lags behind; every casebook is as it was
    }
  }
}
