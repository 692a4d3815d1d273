// SPDX-License-Identifier: EPL-2.0
package org.rapport.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.rapport.deidentify.Deidentifier;
import org.rapport.deidentify.Vocabulary;
import org.rapport.model.Catalogue;
import org.rapport.model.ClientCase;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.Person;
import org.rapport.model.Session;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;

/**
 * De-identified copies of a casebook's documents, or one client's, for Casebook > Export
 * De-identified and {@code rapport deidentify} alike: every document read (those that cannot be
 * are named, not copied), the casebook's people given to the scrubber as names to mask.
 */
public final class CasebookDeidentification {

  /**
   * @param result the copies and every change made to them
   * @param documents how many documents were read and copied
   * @param unreadable the ids of the documents that could not be read, left out
   */
  public record Outcome(Deidentifier.Result result, int documents, List<String> unreadable) {
  }

  private CasebookDeidentification() {
  }

  /** The index entries of {@code clientCode}'s documents, or of every client's when it is null; empty for an unknown client. */
  public static List<DocumentEntry> entries(OpenCasebook open, String clientCode) {
    List<DocumentEntry> entries = new ArrayList<>();
    for (ClientCase client : open.index().getClients()) {
      if (clientCode == null || clientCode.equals(client.getCode())) {
        entries.addAll(client.getAgreements());
        for (Session session : client.getSessions()) {
          entries.addAll(session.getDocuments());
        }
      }
    }
    return entries;
  }

  /**
   * Reads {@code entries} and de-identifies them; the names in {@code catalogues} (techniques,
   * frameworks, templates) are known to name no one. {@code progress} hears (done, total) after each
   * document and may return false to stop; null then.
   */
  public static Outcome copies(OpenCasebook open, List<DocumentEntry> entries, List<Catalogue> catalogues,
      BiPredicate<Integer, Integer> progress) {
    List<Document> documents = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int done = 0;
    for (DocumentEntry entry : entries) {
      LoadResult loaded = open.load(entry);
      if (loaded.ok()) {
        documents.add(loaded.document());
      } else {
        unreadable.add(entry.getDocumentId());
      }
      if (!progress.test(++done, entries.size())) {
        return null;
      }
    }
    Deidentifier.Options options = Deidentifier.Options.defaults().withKnownNames(knownNames(open))
        .withSafeWords(Vocabulary.namesIn(catalogues));
    Deidentifier.Result result = new Deidentifier(options).deidentify(documents);
    return new Outcome(result, documents.size(), List.copyOf(unreadable));
  }

  /** The names to mask: each person's name, and its surname-like words (capitalised, three letters or more). */
  public static List<String> knownNames(OpenCasebook open) {
    Set<String> names = new LinkedHashSet<>();
    for (Person person : open.index().getPeople()) {
      String name = person.getName() == null ? "" : person.getName().replaceAll("\\(.*?\\)", "").strip();
      if (!name.isEmpty()) {
        names.add(name);
        for (String word : name.split("\\s+")) {
          if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !List.of("Trainee", "Supervisor", "Administrator").contains(word)) {
            names.add(word.replaceAll("[^\\p{L}'-]", ""));
          }
        }
      }
    }
    return List.copyOf(names);
  }
}
