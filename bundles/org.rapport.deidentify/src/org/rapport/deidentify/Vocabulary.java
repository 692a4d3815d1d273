// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * What the scrubber knows to be ordinary words. A capitalised word that is not one (a given name,
 * a surname, a town, a company) is taken for an identifier: an allow-list, because no rule can
 * recognise a bare name, while the words of ordinary prose can be listed.
 * <ul>
 * <li>{@code words}: ordinary English words, lower case (Debian's wamerican and wbritish, from
 * SCOWL, whose licence allows shipping them; see {@code data/SCOWL-LICENSE.txt});</li>
 * <li>{@code properNouns}: the same lists' capitalised entries (names, places, brands), which are
 * identifiers even where they are also ordinary words ("Rose", "Mark", "Reading");</li>
 * <li>{@code safe}: capitalised words that name no one although the lists call them proper nouns
 * or do not know them: the catalogue's techniques and frameworks, instruments, theorists, days,
 * months, languages. The caller adds its own (a catalogue's vocabulary).</li>
 * </ul>
 * Immutable once made.
 */
public final class Vocabulary {

  private static Vocabulary english;

  /**
   * Capitalised words of reflective writing that the lists take for names or do not know: theorists
   * and models a trainee cites, instruments, therapies, services and platforms, languages and
   * nationalities, days, months and festivals.
   */
  private static final Set<String> NAME_NO_ONE = Set.of("Rogers", "Rogerian", "Egan", "Gibbs", "Kolb", "Schön", "Schon",
      "Rolfe", "Driscoll", "Johns", "Bowlby", "Winnicott", "Freud", "Freudian", "Jung", "Jungian", "Beck", "Ellis", "Yalom",
      "Maslow", "Bion", "Klein", "Kleinian", "Erikson", "Piaget", "Bordin", "Hawkins", "Shohet", "Proctor", "Karpman", "Berne",
      "Perls", "Satir", "Linehan", "Socratic", "Likert", "Covid", "Zoom", "Teams", "Skype", "WhatsApp", "Google", "Internet",
      "Facebook", "Instagram", "English", "British", "German", "French", "Spanish", "Italian", "Polish", "Dutch", "Portuguese",
      "Turkish", "Swedish", "Norwegian", "Finnish", "Danish", "Greek", "Russian", "Ukrainian", "Romanian", "Arabic", "Urdu",
      "Punjabi", "Hindi", "Bengali", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Vietnamese", "African", "Asian",
      "European", "American", "Canadian", "Australian", "Indian", "Pakistani", "Irish", "Scottish", "Welsh", "Muslim",
      "Christian", "Jewish", "Hindu", "Sikh", "Buddhist", "Catholic", "Protestant", "Christmas", "Easter", "Ramadan", "Eid",
      "Diwali", "Hanukkah", "Passover", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "Christmases", "Weekends",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "God", "Allah", "Jesus", "Bible", "Koran", "Quran", "Torah", "Valentine", "Halloween", "Brexit",
      // countries and continents: geography above a state's is no identifier (HIPAA Safe Harbor)
      "Africa", "Asia", "Europe", "America", "Australia", "Antarctica", "Afghanistan", "Albania", "Algeria", "Argentina",
      "Armenia", "Austria", "Bangladesh", "Belgium", "Bolivia", "Bosnia", "Brazil", "Bulgaria", "Canada", "Chile", "China",
      "Colombia", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Egypt", "England", "Eritrea", "Estonia", "Ethiopia",
      "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
      "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kenya", "Korea", "Kosovo", "Latvia", "Lebanon", "Libya",
      "Lithuania", "Luxembourg", "Malaysia", "Malta", "Mexico", "Moldova", "Morocco", "Nepal", "Netherlands", "Nigeria",
      "Norway", "Pakistan", "Palestine", "Peru", "Philippines", "Poland", "Portugal", "Romania", "Russia", "Scotland", "Serbia",
      "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Thailand", "Tunisia", "Turkey",
      "Uganda", "Ukraine", "Venezuela", "Vietnam", "Wales", "Yemen", "Zimbabwe", "Britain", "UK", "USA",
      // Rapport's own words and the built-in catalogue's, capitalised where a trainee names a part or a technique
      "Problems", "Search", "Casebook", "Explorer", "Home", "Growth", "Active", "Listening", "Empathy", "Validation",
      "Boundary", "Boundaries", "Setting", "Reflective", "Reflecting", "Summarising", "Summarizing", "Paraphrasing", "Open",
      "Questions", "Silence", "Immediacy", "Working", "Alliance", "Inventory", "Outcome", "Rating", "Scale", "Person-Centred",
      "Motivational", "Interviewing", "Cognitive", "Behavioural", "Behavioral", "Therapy", "Mindfulness");

  private final Set<String> words;
  private final Set<String> properNouns;
  private final Set<String> safe;

  private Vocabulary(Set<String> words, Set<String> properNouns, Set<String> safe) {
    this.words = words;
    this.properNouns = properNouns;
    this.safe = safe;
  }

  /** The English lists shipped with this bundle, read once (about 75,000 entries). */
  public static synchronized Vocabulary english() {
    if (english == null) {
      english = new Vocabulary(read("/data/english-words.txt"), read("/data/english-proper-nouns.txt"), NAME_NO_ONE);
    }
    return english;
  }

  /** This vocabulary with {@code safeWords} (capitalised as written, or lower case for any case) known to name no one. */
  public Vocabulary withSafe(Collection<String> safeWords) {
    Set<String> more = new HashSet<>(safe);
    for (String word : safeWords) {
      if (word != null && !word.isBlank()) {
        more.add(word.strip());
      }
    }
    return new Vocabulary(words, properNouns, Set.copyOf(more));
  }

  /**
   * The words of the names, titles and labels in {@code catalogues} (techniques, frameworks and
   * their stages, clause templates, instruments): a trainee writes "we used Socratic Questioning",
   * and those words name no one.
   */
  public static List<String> namesIn(Collection<? extends EObject> catalogues) {
    Set<String> names = new LinkedHashSet<>();
    for (EObject catalogue : catalogues) {
      for (Iterator<EObject> all = catalogue.eAllContents(); all.hasNext();) {
        EObject entry = all.next();
        for (EAttribute attribute : entry.eClass().getEAllAttributes()) {
          if (attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isMany()
              && NAMING.contains(attribute.getName()) && entry.eGet(attribute) instanceof String text) {
            for (String word : text.split("[^\\p{L}'\u2019-]+")) {
              if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                names.add(word);
              }
            }
          }
        }
      }
    }
    return List.copyOf(names);
  }

  /** The attributes of catalogue entries that name them. */
  private static final Set<String> NAMING = Set.of("name", "title", "label", "abbreviation", "shortName");

  /** Whether {@code word} (any case) is an ordinary word. */
  public boolean isWord(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word}, capitalised as written, is a name, place or brand in the lists. */
  public boolean isProperNoun(String word) {
    return properNouns.contains(word);
  }

  /** Whether {@code word} was declared to name no one. */
  public boolean isSafe(String word) {
    return safe.contains(word) || safe.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String resource) {
    Set<String> entries = new HashSet<>(1 << 17);
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the word list " + resource + " is missing from the de-identification bundle");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          entries.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the word list " + resource + " could not be read", e);
    }
    return Set.copyOf(entries);
  }
}
