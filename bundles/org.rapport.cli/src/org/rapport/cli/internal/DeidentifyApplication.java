// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rapport.deidentify.DeidentifiedExport;
import org.rapport.deidentify.IdentifierKind;
import org.rapport.deidentify.TextScrubber;
import org.rapport.model.Catalogue;
import org.rapport.model.DocumentEntry;
import org.rapport.operations.CasebookDeidentification;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;

/**
 * {@code rapport deidentify <casebook> <empty folder> [--client CODE]}: the de-identified copies of
 * Casebook > Export De-identified, written to an empty folder with their list of changes, the export
 * recorded in the audit trail, and the count of each kind of identifier printed.
 * {@code rapport deidentify --text}: standard input scrubbed to standard output (the counts on
 * standard error), for trying the scrubber on any text. Exit status 0 when written, 2 when not.
 */
public final class DeidentifyApplication extends HeadlessCommand {

  static final String USAGE = """
      usage: rapport deidentify <casebook folder> <empty folder> [--client <client code>]
             rapport deidentify --text < text > scrubbed text""";

  @Override
  String usage() {
    return USAGE + "\nWrites de-identified copies of a casebook's documents (or one client's) into an empty folder, or scrubs"
        + " standard input of names, places, contact details, numbers and dates.";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, System.in, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, InputStream in, PrintStream out, PrintStream err) {
    return guarded("deidentify", err, () -> args.length == 1 && "--text".equals(args[0]) ? text(in, out, err) : casebook(args, store, out, err));
  }

  private static int text(InputStream in, PrintStream out, PrintStream err) {
    String text;
    try {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("rapport deidentify: standard input could not be read: " + e.getMessage());
      return 2;
    }
    TextScrubber.Result result = new TextScrubber().scrub(text);
    out.print(result.text());
    out.flush();
    Map<IdentifierKind, Integer> counts = new EnumMap<>(IdentifierKind.class);
    result.replacements().forEach(replacement -> counts.merge(replacement.kind(), 1, Integer::sum));
    err.println("rapport deidentify: " + describe(counts));
    return 0;
  }

  private static int casebook(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    String client = null;
    if (args.length == 4 && "--client".equals(args[2])) {
      client = args[3];
    } else if (args.length != 2) {
      err.println(USAGE);
      return 2;
    }
    Path casebook = Path.of(args[0]);
    Path folder = Path.of(args[1]);
    String refusal = notEmpty(folder);
    if (refusal != null) {
      err.println("rapport deidentify: " + refusal);
      return 2;
    }
    // opened with its lock: the export is recorded in the audit trail
    try (OpenCasebook open = store.open(casebook, Services.passphraseFor(casebook, err))) {
      List<DocumentEntry> entries = CasebookDeidentification.entries(open, client);
      if (entries.isEmpty()) {
        err.println("rapport deidentify: " + (client == null ? "the casebook has no document" : "there is no client " + client
            + " in the casebook, or no document of theirs"));
        return 2;
      }
      CasebookDeidentification.Outcome outcome = CasebookDeidentification.copies(open, entries, catalogues(store, err),
          (done, total) -> true);
      outcome.unreadable().forEach(id -> err.println("rapport deidentify: left out " + id + ": it could not be read"));
      DeidentifiedExport.write(outcome.result(), folder);
      String scope = client == null ? "the whole casebook" : "client " + client;
      open.audit().record(null, "export", null, "de-identified copies of " + outcome.documents() + " documents of " + scope + " to "
          + folder.getFileName());   // the command line acts as no person of the casebook
      Map<IdentifierKind, Integer> counts = new EnumMap<>(IdentifierKind.class);
      outcome.result().changes().forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
      out.println("wrote " + outcome.documents() + " de-identified documents of " + scope + " to " + folder + "; " + describe(counts));
      return 0;
    } catch (StoreException | IOException e) {
      err.println("rapport deidentify: " + e.getMessage());
      return 2;
    }
  }

  /** The built-in catalogue and the institutions': their names are known to name no one. */
  private static List<Catalogue> catalogues(CasebookStore store, PrintStream err) {
    java.util.Optional<Path> file = Services.builtInCatalogue();
    if (file.isEmpty()) {
      return List.of();
    }
    try {
      List<Catalogue> builtIn = List.of(store.readCatalogue(file.get()));
      org.rapport.extension.Extensions extensions = Services.extensions();
      return extensions == null ? builtIn : extensions.catalogues(builtIn);
    } catch (StoreException e) {
      err.println("rapport deidentify: the catalogue could not be read (" + e.getMessage() + "); its technique names may be masked");
      return List.of();
    }
  }

  /** Why {@code folder} may not take the export, or null: it must be empty or not yet exist. */
  private static String notEmpty(Path folder) {
    if (!Files.exists(folder)) {
      return null;
    }
    if (!Files.isDirectory(folder)) {
      return folder + " is a file, not a folder.";
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.findAny().isPresent() ? folder + " is not empty; choose an empty or new folder, so that nothing is overwritten." : null;
    } catch (IOException e) {
      return folder + " cannot be read: " + e.getMessage();
    }
  }

  /** "3 name, 1 phone" in the order of the kinds; "nothing to mask" when none. */
  private static String describe(Map<IdentifierKind, Integer> counts) {
    if (counts.isEmpty()) {
      return "nothing to mask";
    }
    return String.join(", ", counts.entrySet().stream()
        .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList());
  }
}
