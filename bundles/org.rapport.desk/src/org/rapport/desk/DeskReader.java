// SPDX-License-Identifier: EPL-2.0
package org.rapport.desk;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.ReviewStatus;
import org.rapport.model.Session;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.store.CasebookFolders;
import org.rapport.store.CasebookStore;
import org.rapport.store.OpenCasebook;
import org.rapport.store.PassphraseException;
import org.rapport.store.StoreException;
import org.rapport.model.time.Dates;

/**
 * Reads what the desk shows of a casebook from its index, without its lock and without writing a
 * byte (a casebook another Rapport has open reads as well as any), and never a document.
 *
 * <p>"Awaiting my review" is worked out by key, not by name or id: person ids are each casebook's
 * own, but a supervisor's public key is the same in every trainee's casebook. A note counts when it
 * is addressed to a person holding the reviewer's key, or to no one in particular; with no key
 * (nobody signed in) every note awaiting review counts.
 */
public final class DeskReader {

  private static final Set<String> AWAITING = Set.of(ReviewStatus.SUBMITTED.getLiteral(), ReviewStatus.RESUBMITTED.getLiteral());

  private final CasebookStore store;

  public DeskReader(CasebookStore store) {
    this.store = store;
  }

  /**
   * Reads the casebook in {@code folder} from disk; {@code reviewer} is the person signed in, or
   * null. An encrypted casebook is opened with the reviewer's own key, when it is shared with them.
   */
  public DeskCasebook read(Path folder, Signer reviewer) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return DeskCasebook.unreadable(folder, "The folder is gone: moved, deleted, or on a disk that is not attached.");
    }
    if (!CasebookFolders.isCasebook(folder)) {
      return DeskCasebook.unreadable(folder, "There is no casebook in this folder any more.");
    }
    if (CasebookFolders.isEncrypted(folder) && reviewer == null) {
      return DeskCasebook.unreadable(folder, "This casebook is encrypted: sign in, and it opens with your own key if it is shared with you.");
    }
    try (OpenCasebook casebook = store.openForReadingAs(folder, reviewer)) {
      return summarise(folder, casebook.index(), reviewer == null ? null : Keys.encode(reviewer.publicKey()));
    } catch (PassphraseException e) {
      return DeskCasebook.unreadable(folder, e.getMessage());
    } catch (StoreException e) {
      return DeskCasebook.unreadable(folder, "It cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      // a hostile index must cost the desk one line, never the window
      return DeskCasebook.unreadable(folder, "It cannot be read: " + e);
    }
  }

  /** What the desk shows of an index already in memory (the casebook open in the window). */
  public static DeskCasebook summarise(Path folder, Casebook index, String reviewerKey) {
    Set<String> reviewer = reviewerKey == null ? null : holdersOf(index, reviewerKey);
    List<DeskCasebook.Awaiting> awaiting = new ArrayList<>();
    for (ClientCase client : index.getClients()) {
      for (Session session : client.getSessions()) {
        for (DocumentEntry entry : session.getDocuments()) {
          if (entry.getKind() == DocumentKind.REFLECTION && AWAITING.contains(entry.getStatus()) && addressedTo(entry, reviewer)) {
            awaiting.add(new DeskCasebook.Awaiting(folder, entry.getDocumentId(), entry.getFile(), client.getCode(), session.getNumber(),
                Dates.time(session.getDateTime()), entry.getStatus()));
          }
        }
      }
    }
    // the longest waiting first
    awaiting.sort(Comparator.comparing(DeskCasebook.Awaiting::when, Comparator.nullsLast(Comparator.naturalOrder())));
    Person owner = index.getOwner();
    String trainee = owner == null ? null : owner.getName() != null && !owner.getName().isBlank() ? owner.getName() : owner.getId();
    String title = index.getTitle() != null && !index.getTitle().isBlank() ? index.getTitle()
        : folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    return new DeskCasebook(folder, title, trainee, null, List.copyOf(awaiting));
  }

  /** The ids of the people of {@code index} who hold {@code publicKey}, retired keys included. */
  static Set<String> holdersOf(Casebook index, String publicKey) {
    Set<String> ids = new java.util.TreeSet<>();
    for (Person person : index.getPeople()) {
      for (PersonKey key : person.getKeys()) {
        if (publicKey.equals(key.getPublicKey()) && person.getId() != null) {
          ids.add(person.getId());
        }
      }
    }
    return ids;
  }

  private static boolean addressedTo(DocumentEntry entry, Set<String> reviewer) {
    return reviewer == null || entry.getAwaitingReviewBy().isEmpty() || entry.getAwaitingReviewBy().stream().anyMatch(reviewer::contains);
  }
}
