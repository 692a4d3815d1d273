// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names, places and organisations that carry no cue, by what they are not: a capitalised word
 * that the {@link Vocabulary} does not know as an ordinary word is taken for one. In the middle of a
 * sentence, where ordinary words are not capitalised, every capitalised word counts unless it is
 * known to name no one (the vocabulary's safe words, days, months, sentence openers): "Fowler",
 * "Boston", "Rose", "Hand". At the start of a sentence, where every word is capitalised, an
 * ordinary word counts only when the lists know it as a proper noun too and a verb of speaking or
 * being follows it ("Rose said").
 *
 * <p>Neighbouring words go with it: the run of capitalised words around it, joined by spaces,
 * commas, particles ("van", "da", "y") and conjunctions inside names of firms ("and", "&"), with a
 * house number before or after and a company suffix ("Ltd", "s.r.l.") at its end. So "16613 Andrea
 * Circle", "Rudnik nad Sanem" and "Lang, Gleichner and Schmitt" are each one span.
 *
 * <p>What this cannot know: a name that is an ordinary word and starts a sentence without such a
 * verb, a name in lower case, or one written in capitals. Prose in another language than English is
 * over-masked (every capitalised noun of German is unknown here), which costs readability, not
 * privacy.
 */
final class ProperNounFinder {

  /** A span found, and whether it holds a house number (an address, then). */
  record Span(int start, int end, boolean withNumber) {
  }

  /**
   * CAPITALISED and CAPITALS may carry a name; PARTICLE ("van", "ul.") and NUMBER (a house number) go
   * with one; CONJUNCTION joins two; SUFFIX ("Ltd") and FOREIGN (a lower-case word that is no English
   * word, "del friuli") may follow one.
   */
  private enum Type { CAPITALISED, CAPITALS, PARTICLE, CONJUNCTION, SUFFIX, FOREIGN, NUMBER, OTHER }

  private record Token(int start, int end, String text, Type type) {
  }

  private static final Pattern TOKEN = Pattern.compile(
      "s/n(?![\\p{L}])|\\p{L}[\\p{L}\\p{M}'\u2019]*(?:[-.][\\p{L}\\p{M}'\u2019]+){0,6}|\\p{N}+\\p{L}?(?![\\p{L}\\p{N}])|\\S");
  /** Twenty or more characters of base64 or hex without a space, mixing letters and digits: keys, signatures, hashes. */
  private static final Pattern BLOB = Pattern.compile("(?=[A-Za-z0-9+/=_-]{20})(?=[^\\s]*\\d)(?=[^\\s]*[A-Za-z])[A-Za-z0-9+/=_-]{20,}");

  /** Lower-case words inside names of people and places. */
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "do", "dos", "das", "del",
      "della", "di", "du", "la", "le", "les", "el", "al", "bin", "ibn", "ten", "ter", "zu", "nad", "pod", "sur", "sous", "upon",
      "bei", "auf", "ob", "unter", "am", "an", "im", "z", "a", "y", "e", "i", "ul.", "al.", "os.", "pl.", "s/n", "s/n.", "rue", "via", "viale", "calle", "avda.", "av.");
  /** Lower-case words that join names of firms ("Lang, Gleichner and Schmitt") but never start or end one. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "&", "und", "en", "et", "och", "og", "ve", "ja");
  /** Legal forms of companies, in lower case, as they follow a name. */
  private static final Set<String> SUFFIXES = Set.of("ltd", "inc", "llc", "llp", "plc", "gmbh", "ag", "kg", "ohg", "ug", "sa", "srl",
      "s.r.l", "spa", "s.p.a", "s.a", "s.l", "sl", "bv", "nv", "ab", "hb", "kb", "oy", "oyj", "as", "asa", "aps", "pty", "co", "corp",
      "sarl", "sas", "ei", "eurl", "ltda", "s.c", "sp", "me", "eireli", "ş", "a.ş", "sti", "şti", "ky", "tmi", "snc", "sasu", "gbr",
      "e.k", "e.v", "mbh", "lda", "kft", "zrt", "pte", "bhd", "sdn", "k", "j", "o.o", "s.k.a", "sp.p", "sp.j", "sp.k");
  /** Verbs after which a capitalised word that opens a sentence is the name of the one who acts. */
  private static final Set<String> ACTING = Set.of("said", "says", "told", "tells", "asked", "asks", "seemed", "seems", "felt",
      "feels", "has", "had", "is", "was", "called", "wrote", "writes", "wants", "wanted", "thinks", "thought", "cried", "laughed",
      "agreed", "mentioned", "described", "explained", "admitted", "replied", "apologised", "apologized", "refused", "would",
      "will", "could", "can", "did", "does", "and", "never", "always", "still", "keeps", "rang", "phoned", "texted", "shouted",
      "whispered", "insisted", "hopes", "hoped", "knows", "knew", "loves", "loved", "hates");
  /** Abbreviations in names of firms and streets, whose full stop ends no sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("co", "corp", "inc", "ltd", "bros", "str", "st", "rd", "ave", "av", "avda",
      "blvd", "pl", "ul", "al", "os", "jr", "sr", "nr", "no", "apt", "ste", "bldg", "c", "s.r.l", "s.p.a", "s.a", "e.k", "e.v", "mt", "ft",
      "esc", "sp", "k", "j", "dpto", "int");

  /** Capitalised words that name no one though they may stand next to a name: titles, and "I". */
  private static final Set<String> BREAKERS = Set.of("I", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Sir", "Dame", "Rev");
  /** Capitalised words that name no one, yet belong to a name when one stands beside them ("Boston University"). */
  private static final Set<String> INSTITUTIONS = Set.of("Clinic", "Hospital", "School", "College", "University", "Council",
      "Police", "Court", "Service", "Services", "Team", "Group", "Lab", "New", "Centre", "Center", "Primary", "Academy", "Spring",
      "Summer", "Autumn", "Fall", "Winter", "Jesus", "Christmas", "Easter", "See", "Lake", "Bay",
      // months and family words that are names too: "August Lagerhjelm", "Nordskaug, Gran og Fredriksen"
      "April", "May", "June", "August", "Gran", "Nan", "Nana", "Mum", "Dad", "Papa", "Mama");

  private final Vocabulary vocabulary;
  private final Set<String> notNames;

  ProperNounFinder(Vocabulary vocabulary, Set<String> notNames) {
    this.vocabulary = vocabulary;
    this.notNames = notNames;
  }

  List<Span> find(String text) {
    List<Token> tokens = tokens(text);
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsRun(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && joins(text, tokens, end)) {
        end++;
      }
      addRun(text, tokens, i, end, spans);
      i = end + 1;
    }
    return spans;
  }

  private void addRun(String text, List<Token> tokens, int first, int last, List<Span> spans) {
    // trim what may not open or close a name
    while (first <= last && !opens(tokens, first, last)) {
      first++;
    }
    while (last >= first && !closes(tokens, first, last)) {
      last--;
    }
    if (first > last) {
      return;
    }
    boolean suspicious = false;
    boolean number = false;
    for (int t = first; t <= last; t++) {
      Token token = tokens.get(t);
      number |= token.type() == Type.NUMBER;
      if (token.type() == Type.CAPITALISED && unknown(text, tokens, t) || token.type() == Type.SUFFIX && t > first) {
        suspicious = true;   // an unknown word, or a company's legal form after a name
      }
    }
    if (suspicious) {
      spans.add(new Span(tokens.get(first).start(), tokens.get(last).end(), number));
    }
  }

  private static boolean opens(List<Token> tokens, int at, int last) {
    Type type = tokens.get(at).type();
    return switch (type) {
      case CAPITALISED, CAPITALS -> true;
      case PARTICLE -> at < last && tokens.get(at + 1).type() != Type.CONJUNCTION;
      case NUMBER -> at < last && tokens.get(at + 1).type() == Type.CAPITALISED;   // a house number
      default -> false;
    };
  }

  private static boolean closes(List<Token> tokens, int first, int at) {
    Type type = tokens.get(at).type();
    return switch (type) {
      case CAPITALISED, CAPITALS -> true;
      case SUFFIX, FOREIGN -> at > first;
      case PARTICLE -> at > first && tokens.get(at).text().startsWith("s/n");   // "Caserío Ángela Beltrán s/n."
      // "Klief 71"; but after a state's code ("Boston, MA 02115") five digits are a ZIP code
      case NUMBER -> at > first && tokens.get(at - 1).type() != Type.NUMBER && tokens.get(at - 1).type() != Type.CAPITALS;
      default -> false;
    };
  }

  private static boolean startsRun(Token token) {
    return token.type() != Type.OTHER && token.type() != Type.CONJUNCTION && token.type() != Type.SUFFIX && token.type() != Type.FOREIGN;
  }

  /**
   * Whether the token after {@code at} continues its run: after one space or none ("Katu45"); after a
   * comma and a space when a capitalised word follows, or a particle or number that comes right
   * before one ("Tavares, da Costa", "Via Martín, 68 Esc."), so that "Markus, 34, said" stays apart.
   */
  private static boolean joins(String text, List<Token> tokens, int at) {
    Token previous = tokens.get(at);
    Token next = tokens.get(at + 1);
    if (next.type() == Type.OTHER) {
      return false;
    }
    String gap = text.substring(previous.end(), next.start());
    if (gap.equals(" ")) {
      return true;
    }
    if (gap.isEmpty()) {
      return previous.type() == Type.CAPITALISED && next.type() == Type.NUMBER;
    }
    if (!gap.equals(", ") || previous.type() == Type.NUMBER && next.type() != Type.CAPITALISED) {
      return false;
    }
    if (next.type() == Type.NUMBER && previous.type() == Type.CAPITALISED && next.text().length() <= 4) {
      return true;   // "Camino Eva, 2": the house number after the street, as Spain writes it
    }
    if (next.type() == Type.CAPITALISED || next.type() == Type.CAPITALS) {
      return true;
    }
    if ((next.type() == Type.PARTICLE || next.type() == Type.NUMBER) && at + 2 < tokens.size()) {
      Token after = tokens.get(at + 2);
      return after.type() == Type.CAPITALISED && text.substring(next.end(), after.start()).equals(" ");
    }
    return false;
  }

  /** Whether the capitalised word at {@code at} is no ordinary word where it stands. */
  private boolean unknown(String text, List<Token> tokens, int at) {
    Token token = tokens.get(at);
    String word = bare(token.text());
    if (notNames.contains(word) || INSTITUTIONS.contains(word) || vocabulary.isSafe(word)) {
      return false;
    }
    boolean opening = opensSentence(text, token.start());
    String[] parts = word.split("-");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty()) {
        continue;
      }
      boolean capital = Character.isUpperCase(part.codePointAt(0));
      if (!vocabulary.isWord(part) && !vocabulary.isSafe(part)) {
        return true;   // no English word: a name, place or firm
      }
      if (capital && !(opening && p == 0) && !vocabulary.isSafe(part) && !notNames.contains(part) && !INSTITUTIONS.contains(part)) {
        return true;   // capitalised in the middle of a sentence, and not known to name no one
      }
      if (capital && vocabulary.isProperNoun(part)) {
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).text().toLowerCase(Locale.ROOT) : "";
        if (parts.length == 1 && ACTING.contains(next)) {
          return true;   // "Rose said", "Will has"
        }
      }
    }
    return false;
  }

  /** The word without a possessive ending or an abbreviation's full stop ("d'Assas" stays as it is). */
  private static String bare(String word) {
    if (word.endsWith(".")) {
      word = word.substring(0, word.length() - 1);
    }
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'") || word.endsWith("\u2019")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** Whether the word at {@code start} opens a sentence (or the text, a line, a bracket or a bullet). */
  static boolean opensSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"'\u2018\u201c([*\u2022\t".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n\u2013\u2014-".indexOf(text.charAt(i)) >= 0;
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int blobEnd = -1;
    while (m.find()) {
      if (m.start() < blobEnd) {
        continue;
      }
      Matcher blob = BLOB.matcher(text).region(m.start(), text.length());
      if (blob.lookingAt()) {
        blobEnd = blob.end();   // a key, signature or hash: no words in it
        continue;
      }
      String word = m.group();
      if (word.equals(",")) {
        continue;   // a comma is part of the gap between two words, which joins() reads
      }
      Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      if (word.equals(".") && previous != null && previous.end() == m.start()
          && (previous.type() == Type.SUFFIX || abbreviation(previous.text()))) {
        tokens.set(tokens.size() - 1, new Token(previous.start(), m.end(), previous.text() + ".", type(previous.text() + ".")));
        continue;   // "Co.", "GmbH.", "Str.", "ul.": the full stop belongs to the word (and may end the sentence too)
      }
      Type type = type(word);
      if (type == Type.CAPITALS && m.end() < text.length() && Character.isDigit(text.charAt(m.end()))) {
        type = Type.OTHER;   // "LS1", "YO1": the letters of a code, not of a name
      }
      tokens.add(new Token(m.start(), m.end(), word, type));
    }
    return tokens;
  }

  /** "Co", "ul", "Pastor-Louis-Str", "Linienstr": words whose full stop marks an abbreviation. */
  private static boolean abbreviation(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf('-') + 1);
    return ABBREVIATIONS.contains(last) || lower.length() > 4 && lower.endsWith("str") || lower.contains(".") || lower.equals("s/n");
  }

  private Type type(String word) {
    int first = word.codePointAt(0);
    if (Character.isDigit(first)) {
      return word.length() <= 5 ? Type.NUMBER : Type.OTHER;
    }
    if (!Character.isLetter(first)) {
      return "&".equals(word) ? Type.CONJUNCTION : Type.OTHER;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String stem = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    // a legal form that is also an English word ("as", "me") is one only when capitalised and short
    if (SUFFIXES.contains(stem) && (!vocabulary.isWord(stem) || stem.contains(".") || stem.length() == 1 && lower.endsWith(".")
        || Character.isUpperCase(first) && word.length() <= 5)) {
      return Type.SUFFIX;
    }
    if (CONJUNCTIONS.contains(lower)) {
      return Type.CONJUNCTION;   // "Mira And Bhayander" as well as "Lang and Schmitt"
    }
    if (Character.isUpperCase(first) || elidedCapital(word)) {
      if (BREAKERS.contains(word) || word.length() == 1 || word.startsWith("I'") || word.startsWith("I\u2019")) {
        return Type.OTHER;
      }
      if (notNames.contains(bare(word)) && !INSTITUTIONS.contains(bare(word))) {
        return Type.OTHER;   // sentence openers, days, months: they stand beside names, not in them
      }
      boolean capitals = word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      return capitals ? Type.CAPITALS : Type.CAPITALISED;
    }
    if (PARTICLES.contains(lower)) {
      return Type.PARTICLE;
    }
    if (lower.length() >= 3 && lower.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019') && !vocabulary.isWord(lower)) {
      return Type.FOREIGN;
    }
    return Type.OTHER;
  }

  /** "d'Assas", "l'Orme", "dell'Arte": a capital after an elided article. */
  private static boolean elidedCapital(String word) {
    int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
    return apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < word.length() && Character.isUpperCase(word.charAt(apostrophe + 1));
  }
}
