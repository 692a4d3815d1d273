// SPDX-License-Identifier: EPL-2.0
package org.rapport.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import net.datafaker.Faker;

/**
 * Writes the de-identification corpus: for each kind of identifier, sentences a trainee might write
 * in a reflection, each with one identifier drawn from Datafaker in one of several locales (so the
 * names, places, companies and numbers are of many countries, and none was chosen by the people
 * who wrote the scrubber). The frames are ours; the values are Datafaker's.
 *
 * <p>Each line is {@code kind TAB sentence}, the identifier marked as {@code {{text}}}. A fixed
 * seed makes the file the same on every run, so it is committed and a change to it shows in review.
 */
public final class GenerateCorpus {

  private static final List<Locale> LOCALES = List.of("en-US", "en-GB", "en-AU", "en-IN", "de-DE", "de-AT", "fr-FR",
      "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-BR", "sv-SE", "tr-TR", "nb-NO", "fi-FI").stream().map(Locale::forLanguageTag).toList();
  /** Sentences per kind: with 16 locales, every frame meets several countries. */
  private static final int PER_KIND = 192;

  private final Random random;
  private final List<Faker> fakers;
  private final List<String> lines = new ArrayList<>();

  private GenerateCorpus(long seed) {
    random = new Random(seed);
    fakers = LOCALES.stream().map(locale -> new Faker(locale, new Random(random.nextLong()))).toList();
  }

  /** @param args the file to write, and a seed other than the committed corpus's for a held-out check */
  public static void main(String[] args) throws IOException {
    GenerateCorpus corpus = new GenerateCorpus(args.length > 1 ? Long.parseLong(args[1]) : 20261203L);
    corpus.generate();
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    Files.write(file, corpus.lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + corpus.lines.size() + " sentences to " + file);
  }

  private void generate() {
    // first and last names only: a title or a degree before or after a name identifies no one
    kind("NAME", f -> pick(f.name().firstName() + " " + f.name().lastName(), f.name().firstName(), f.name().lastName(),
            f.name().firstName() + " " + f.name().lastName()),
        "{} seemed angry at work again this week.",
        "I asked whether {} had been sleeping any better since the move.",
        "When {} arrived, the waiting room was already full.",
        "{} said the silence felt uncomfortable at first.",
        "Afterwards {} apologised for being late twice in a row.",
        "We spent most of the hour on the argument with {}.",
        "The client described {} as the only person who really listens.",
        "It was {} who suggested coming to counselling in the first place.",
        "I reflected back what {} had said about the new baby.",
        "She keeps rehearsing what she will say to {} at the weekend.",
        "{} has not returned any of his calls since January.",
        "According to the client, {} would never understand.");
    kind("CITY", f -> placeName(f.address().city()),
        "They grew up in {} and left at eighteen.",
        "The family spends every summer near {}.",
        "She commutes from {} three days a week.",
        "{} is where the accident happened.",
        "He mentioned that his mother still lives in {}.",
        "The transfer to {} would mean leaving her friends behind.",
        "Since moving to {}, he has felt more isolated.",
        "Her brother is studying in {} and rarely calls.");
    kind("EMPLOYER", f -> f.company().name(),
        "He works at {} and dreads Monday mornings.",
        "She was made redundant by {} last spring.",
        "Her shifts at {} changed again without notice.",
        "{} has offered him a transfer he does not want.",
        "The occupational health team at {} referred her to us.",
        "He has been at {} for eleven years and feels overlooked.");
    kind("ADDRESS", f -> f.address().streetAddress(),
        "The letter was sent to {} by mistake.",
        "She now lives at {}, closer to her sister.",
        "They bumped into each other outside {} by chance.",
        "He gave {} as his new address on the form.",
        "The house at {} holds a lot of memories for her.");
    kind("POSTCODE", f -> pick(f.address().zipCode(), f.address().postcode()),
        "Postal code: {}",
        "The new flat is in the {} area.",
        "The form gave {} as the postcode.",
        "He wrote the postcode {} on the back of the card.",
        "Her old address ended in {}.",
        "Zip {} was on the parcel she kept.");
    kind("PHONE", f -> pick(f.phoneNumber().phoneNumber(), f.phoneNumber().cellPhone(), f.phoneNumber().phoneNumberInternational(),
            f.phoneNumber().cellPhoneInternational(), f.phoneNumber().phoneNumber() + "x" + f.number().digits(3 + random.nextInt(3)),
            f.phoneNumber().phoneNumber() + " ext. " + f.number().digits(2 + random.nextInt(3))),
        "Call me back on {} if the time changes.",
        "He left {} on the sign-in sheet.",
        "The number {} was written on her hand.",
        "She can be reached at {} after six.",
        "His sister's number is {}, in case of emergency.",
        "I noticed {} saved under 'do not answer' on her phone.");
    kind("IP_ADDRESS", f -> pick(f.internet().ipV6Address(), shortened(f.internet().ipV6Address()), f.internet().ipV4Address(),
            f.internet().publicIpV4Address()),
        "The video call kept dropping; the log showed {}.",
        "His laptop's address, {}, appeared in the error message.",
        "The IT team traced the messages to {}.",
        "She read {} off the router when we set up the call.");
    kind("DATE", f -> date(),
        "The first session was on {}.",
        "She was discharged on {} and came to us a week later.",
        "We agreed to review the plan on {}.",
        "{} is the anniversary of the loss.",
        "His father died on {}, just before the exams.",
        "The referral letter is dated {}.");
    kind("PLATE", f -> f.vehicle().licensePlate(),
        "The car in the drive, registration {}, belongs to her ex-partner.",
        "He wrote down the plate {} after the incident.",
        "A van with the number plate {} was parked outside again.",
        "She recognised the car by its plate, {}.");
    kind("ACCOUNT", f -> pick(f.finance().iban(), f.finance().creditCard(), f.finance().usRoutingNumber(),
            f.number().digits(8), "MRN |" + f.number().digits(7), f.idNumber().valid()),
        "The account {} was on the invoice she showed me.",
        "He read out the number {} before I could stop him.",
        "The referral carried the reference {}.",
        "Her record number {} appeared on the discharge letter.",
        "The payment to {} bounced twice.");
    kind("EMAIL", f -> f.internet().emailAddress(),
        "After the session she wrote from {} to say she had felt heard.",
        "He gave me {} so that I could send the leaflet.",
        "The school contact, {}, came up when we talked about the meeting.");
    kind("URL", f -> pick(f.internet().url(), "https://" + f.internet().domainName() + "/" + f.internet().slug()),
        "She had bookmarked {} and reads it every night.",
        "He showed me his blog, {}, where he writes about the divorce.",
        "The forum at {} made her feel less alone.");
  }

  private void kind(String kind, Function<Faker, String> valueOf, String... frames) {
    for (int i = 0; i < PER_KIND; i++) {
      Faker faker = fakers.get(i % fakers.size());
      String frame = frames[(i / fakers.size() + i) % frames.length];
      String value = valueFor(kind, faker, valueOf);
      // "label |identifier": the label ("MRN") stays outside the mark; it identifies no one
      int bar = value.indexOf('|');
      String marked = bar < 0 ? "{{" + value + "}}" : value.substring(0, bar) + "{{" + value.substring(bar + 1) + "}}";
      String sentence = frame.replace("{}", marked);
      lines.add(kind + "\t" + sentence);
    }
  }

  /** A value of the kind; URLs and addresses with a space in them (Datafaker makes a few) are drawn again. */
  private static String valueFor(String kind, Faker faker, Function<Faker, String> valueOf) {
    String value = valueOf.apply(faker).strip();
    while ((kind.equals("URL") || kind.equals("EMAIL")) && value.contains(" ")) {
      value = valueOf.apply(faker).strip();
    }
    return value;
  }

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("a", "al", "di", "da", "de", "del", "della", "do", "dos",
      "das", "in", "sul", "sur", "sous", "am", "an", "der", "den", "ob", "bei", "nad", "pod", "im", "la", "le", "el");

  /**
   * Datafaker's Italian towns end in lower case ("Sesto a mare", "Borgo del friuli"), which real place
   * names do not ("Polignano a Mare", "Cividale del Friuli"): every word but a particle gets its capital.
   */
  private static String placeName(String city) {
    StringBuilder out = new StringBuilder();
    for (String word : city.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      int elision = word.indexOf('\'') + 1;
      boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(elision < word.length() ? elision : 0));
      if (lower && !PARTICLES.contains(word) && elision < word.length()) {
        out.append(word, 0, elision).append(Character.toUpperCase(word.charAt(elision))).append(word.substring(elision + 1));
      } else {
        out.append(word);
      }
    }
    return out.toString();
  }

  private String pick(String... values) {
    return values[random.nextInt(values.length)];
  }

  /** An IPv6 address written with "::" for a run of groups, as people copy them from a screen. */
  private String shortened(String full) {
    String[] groups = full.split(":");
    int keepFront = 1 + random.nextInt(3);
    int keepBack = 1 + random.nextInt(8 - keepFront - 1);
    return String.join(":", List.of(groups).subList(0, keepFront)) + "::"
        + String.join(":", List.of(groups).subList(groups.length - keepBack, groups.length));
  }

  private static final List<String> DATE_FORMATS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "d.M.yyyy", "dd.MM.yyyy",
      "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy", "EEEE, d MMMM yyyy", "EEEE, MMMM d, yyyy", "M/d/yy", "d/M/yy",
      "yyyy/MM/dd", "dd-MM-yyyy", "d-MMM-yyyy", "MMMM yyyy", "d MMMM", "MMMM d", "dd MMM yy");

  private String date() {
    LocalDate date = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(365 * 28));
    String format = DATE_FORMATS.get(random.nextInt(DATE_FORMATS.size()));
    String written = date.format(DateTimeFormatter.ofPattern(format, Locale.ENGLISH));
    return random.nextInt(6) == 0 && format.startsWith("d ") ? ordinal(date.getDayOfMonth()) + written.substring(written.indexOf(' '))
        : written;
  }

  private static String ordinal(int day) {
    String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
    return day + suffix;
  }
}
