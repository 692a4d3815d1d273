// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.signing.StepChain;
import org.rapport.model.signing.ChainCheck;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * The documents two workstations changed at once: the version in place and the other one, kept
 * under {@code conflicts/} until a person chooses. Choosing is a save like any other, and the next
 * sync takes the choice to the lab, where the other workstation's conflict closes too.
 */
public final class LabConflicts {

  /** The folder of the other versions, inside the casebook (it travels with the casebook). */
  public static final String FOLDER = CasebookFolders.CONFLICTS;

  /** One document with two versions: {@code other} is null when it cannot be read, and {@code problem} says why. */
  public record Conflict(String file, DocumentEntry entry, Document here, Document other, String problem) {
  }

  private static final String NEVER_DROPPED = "That version of %s was not kept: it lacks signed steps the other one has,"
      + " and a signed step is never dropped. Keep the version with more steps.";

  private final CasebookStore store;

  public LabConflicts(CasebookStore store) {
    this.store = store;
  }

  /** Whether the document at {@code file} (relative to the casebook) waits for a choice. */
  public static boolean isOpen(Path casebook, String file) {
    return CasebookFolders.hasConflict(casebook, file);
  }

  /** The open conflicts of a casebook, in file order. */
  public List<Conflict> open(OpenCasebook casebook) throws IOException {
    List<Conflict> open = new ArrayList<>();
    Path top = casebook.folder().resolve(FOLDER);
    if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
      return open;
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(top)) {
      files = all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && p.toString().endsWith(".xmi")).sorted().toList();
    }
    for (Path other : files) {
      String file = top.relativize(other).toString().replace('\\', '/');
      open.add(conflict(casebook, file));
    }
    return open;
  }

  /** The conflict of the document at {@code file}, or empty when it has none. */
  public Optional<Conflict> of(OpenCasebook casebook, String file) throws IOException {
    return isOpen(casebook.folder(), file) ? Optional.of(conflict(casebook, file)) : Optional.empty();
  }

  private Conflict conflict(OpenCasebook casebook, String file) throws IOException {
    DocumentEntry entry = entry(casebook, file);
    Document here = null;
    if (entry != null) {
      LoadResult loaded = casebook.load(entry);
      here = loaded.document();
    }
    try {
      Document other = store.readIncoming(otherVersion(casebook, file), "the other workstation's " + file, Document.class);
      return new Conflict(file, entry, here, other, null);
    } catch (StoreException e) {
      return new Conflict(file, entry, here, null, e.getMessage());
    }
  }

  /**
   * Keeps the version in place; the other version is removed (the lab's history still holds it).
   * Refused when the other version has signed steps this one lacks.
   */
  public void keepThis(OpenCasebook casebook, String file, String actorId) throws IOException, StoreException {
    Conflict conflict = require(casebook, file);
    if (conflict.here() == null) {
      throw new StoreException("This workstation's version of " + file + " cannot be read; keep the other version, or put back"
          + " this one from a backup first.");
    }
    if (conflict.other() != null && !keepsSteps(conflict.here(), conflict.other())) {
      throw new StoreException(NEVER_DROPPED.formatted(file));
    }
    close(casebook, conflict, actorId, "kept this workstation's version");
  }

  /**
   * Puts the other workstation's version in place. Refused when it does not verify, or when it
   * lacks a signed step the version in place has: a signed step is never dropped.
   */
  public void keepOther(OpenCasebook casebook, String file, String actorId) throws IOException, StoreException {
    Conflict conflict = require(casebook, file);
    if (conflict.other() == null) {
      throw new StoreException("The other version of " + file + " cannot be used: " + conflict.problem());
    }
    keep(casebook, conflict, conflict.other(), otherVersion(casebook, file), actorId, "kept the other workstation's version");
  }

  /** The plain bytes of the other version of {@code file} (opened when the casebook is encrypted). */
  private static byte[] otherVersion(OpenCasebook casebook, String file) throws StoreException {
    return casebook.keys().plainBytes(casebook.folder().resolve(FOLDER).resolve(file));
  }

  /** Saves {@code merged}, a version a person made from both, and closes the conflict. */
  public void keepMerged(OpenCasebook casebook, String file, Document merged, String actorId) throws IOException, StoreException {
    Conflict conflict = require(casebook, file);
    keep(casebook, conflict, merged, null, actorId, "kept a version merged from both");
  }

  private void keep(OpenCasebook casebook, Conflict conflict, Document chosen, byte[] bytes, String actorId, String what)
      throws IOException, StoreException {
    ChainCheck.Result check = new ChainCheck(casebook.signing().roster()).verify(chosen);
    if (check.hasErrors()) {
      throw new StoreException("That version of " + conflict.file() + " was not kept: its signed steps do not verify ("
          + check.findings().stream().filter(f -> f.severity() == ChainCheck.Severity.ERROR).findFirst().map(ChainCheck.Finding::message)
              .orElse("") + ").");
    }
    for (Document version : new Document[] {conflict.here(), conflict.other()}) {
      if (version != null && version != chosen && !keepsSteps(chosen, version)) {
        throw new StoreException(NEVER_DROPPED.formatted(conflict.file()));
      }
    }
    if (bytes != null) {
      casebook.receive(chosen, bytes, conflict.file(), actorId, "a conflict: " + what);
    } else {
      casebook.save(chosen, actorId);
    }
    close(casebook, conflict, actorId, what);
  }

  /** Whether {@code chosen} has every signed step of {@code other}. */
  private static boolean keepsSteps(Document chosen, Document other) {
    return StepChain.firstMissing(other.getSteps(), chosen.getSteps()) < 0;
  }

  private static void close(OpenCasebook casebook, Conflict conflict, String actorId, String what) throws IOException, StoreException {
    Files.deleteIfExists(casebook.folder().resolve(FOLDER).resolve(conflict.file()));
    casebook.audit().record(actorId, "resolve", conflict.entry() == null ? null : conflict.entry().getDocumentId(), what);
  }

  private Conflict require(OpenCasebook casebook, String file) throws IOException, StoreException {
    return of(casebook, file).orElseThrow(() -> new StoreException(file + " has no conflict to resolve."));
  }

  private static DocumentEntry entry(OpenCasebook casebook, String file) {
    return casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile())).findFirst().orElse(null);
  }
}
