// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.deidentify.ClientCodeMap;
import org.rapport.deidentify.IdentifierKind;
import org.rapport.deidentify.TextScrubber;
import org.rapport.deidentify.TextScrubber.Replacement;
import org.rapport.deidentify.TextScrubber.Result;

/** The scrubber's rules one by one: what each masks, what it becomes, and what it leaves alone. */
class TextScrubberTest {

  private final TextScrubber scrubber = new TextScrubber(List.of("Priya Raman", "O'Neill"), new ClientCodeMap(), 2026);

  private Replacement only(String text) {
    Result result = scrubber.scrub(text);
    assertEquals(1, result.replacements().size(), () -> "one change expected in \"" + text + "\": " + result.replacements());
    return result.replacements().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = { "+44 20 7946 0958", "(555) 123-4567", "555-123-4567", "07700 900123", "555.123.4567",
      "+1 (646) 555-0175", "0161 496 0754", "(020) 7946 0958" })
  void phoneNumbersInManyFormatsAreMasked(String phone) {
    Replacement replacement = only("Call me on " + phone + " after six.");
    assertEquals(IdentifierKind.PHONE, replacement.kind());
    assertEquals(phone, replacement.original());
    assertEquals("[phone]", replacement.replacement());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-03-10|2026", "10/03/2026|2026", "3/10/26|2026", "10 March 2026|2026", "March 10, 2026|2026",
      "10th of March 2026|2026", "Mar 2026|2026", "10-Mar-2026|2026", "19 July 1962|1962", "4 May|[date]", "June 3rd|[date]" })
  void datesBecomeTheirYearOrAreMaskedWithoutOne(String date, String expected) {
    Replacement replacement = only("It happened on " + date + ", she said.");
    assertEquals(IdentifierKind.DATE, replacement.kind());
    assertEquals(date, replacement.original());
    assertEquals(expected, replacement.replacement());
  }

  @Test
  void aDateOfBirthMeaningAnAgeOver89LosesItsYearToo() {
    assertEquals("Date of birth [year of birth withheld: age 90 or older].", scrubber.scrub("Date of birth 02/04/1931.").text());
    assertEquals("Date of birth 1990.", scrubber.scrub("Date of birth 02/04/1990.").text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Her grandmother, aged 93, lives alone.|Her grandmother, aged 90 or older, lives alone.",
      "He is 93 years old.|He is 90 or older.",
      "A 93-year-old man came in.|A 90-or-older man came in.",
      "Listed as age 91.|Listed as age 90 or older.",
      "Her dad (92) is in hospital.|Her dad (90 or older) is in hospital." })
  void agesOver89AreGrouped(String text, String expected) {
    assertEquals(expected, scrubber.scrub(text).text());
  }

  @ParameterizedTest
  @ValueSource(strings = { "Her grandmother, aged 89, lives alone.", "He is 45 years old.", "A 34-year-old man came in.",
      "Listed as age 17." })
  void agesUpTo89Stay(String text) {
    assertFalse(scrubber.scrub(text).changed(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SSN 123-45-6789.|123-45-6789", "NHS number 943 476 5919.|943 476 5919", "The number 4412093 again.|4412093",
      "MRN 12345 on the card.|12345", "Her licence AB123456 expired.|AB123456" })
  void identifyingNumbersAreMaskedKeepingTheirLabel(String text, String number) {
    Replacement replacement = only(text);
    assertEquals(IdentifierKind.ID_NUMBER, replacement.kind());
    assertEquals(number, replacement.original());
    assertEquals("[id]", replacement.replacement());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "She lives near SW1A 1AA now.|SW1A 1AA", "They moved to MA 02115.|02115", "The zip is 90210.|90210",
      "Post went to 12345-6789.|12345-6789" })
  void postcodesAndZipCodesAreMasked(String text, String code) {
    Replacement replacement = only(text);
    assertEquals(IdentifierKind.POSTCODE, replacement.kind());
    assertEquals(code, replacement.original());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Write to jo.baker@example.org today.|EMAIL|jo.baker@example.org|[email]",
      "See https://example.com/a?b=1 for it.|URL|https://example.com/a?b=1|[url]",
      "See www.mind.org.uk for it.|URL|www.mind.org.uk|[url]",
      "See example.org/path for it.|URL|example.org/path|[url]",
      "Logged in from 192.168.1.20 twice.|IP_ADDRESS|192.168.1.20|[ip]",
      "She lives at 14 Elm Road now.|ADDRESS|14 Elm Road|[address]" })
  void contactDetailsAreMasked(String text, IdentifierKind kind, String original, String replacement) {
    Replacement found = only(text);
    assertEquals(kind, found.kind());
    assertEquals(original, found.original());
    assertEquals(replacement, found.replacement());
  }

  @Test
  void namesAreFoundByListTitleInitialAndRelationAndThenWhereverTheyRecur() {
    Result result = scrubber.scrub("PRIYA RAMAN saw Dr Smith, Mrs. Patel and Mr O'Neill with R. Fairweather. "
        + "Her sister Maria came too; Maria waited outside.");
    assertEquals("[name] saw Dr [name], Mrs. [name] and Mr [name] with [name]. Her sister [name] came too; [name] waited outside.",
        result.text());
    assertTrue(result.replacements().stream().allMatch(r -> r.kind() == IdentifierKind.NAME));
  }

  @Test
  void clientCodesGetTheSameFreshCodeEverywhere() {
    ClientCodeMap codes = new ClientCodeMap();
    TextScrubber own = new TextScrubber(List.of(), codes, 2026);
    assertEquals("CL-T001 and CL-T002, then CL-T001 again", own.scrub("CL-0417 and CL-0552, then cl-0417 again").text());
    assertEquals("CL-T002-S03-plan", own.scrubClientCodes("CL-0552-S03-plan").text());
    assertEquals("CL-T001", codes.lookup("CL-0417").orElseThrow());
  }

  @Test
  void replacementsSayWhereEachChangeWas() {
    String text = "Call 07700 900123 or write to a@example.org.";
    Result result = scrubber.scrub(text);
    assertEquals(2, result.replacements().size());
    for (Replacement replacement : result.replacements()) {
      assertEquals(replacement.original(), text.substring(replacement.start(), replacement.end()));
    }
    assertEquals("Call [phone] or write to [email].", result.text());
  }

  @ParameterizedTest
  @ValueSource(strings = { "We met at 10:00 and ended at 10:50.", "The session lasted 50 minutes.", "She rated trust 4 of 7.",
      "This was session 3.", "Her score went from 17 to 14 on the PHQ-9.", "Empathy felt like a 6/10.", "She is 34.",
      "In 2019 she moved here.", "Clause 4.2 covers gifts.", "Room 204 at 10.30.", "Her sister said she should come.",
      "We used Gibbs and then Kolb.", "He called the Samaritans twice.", "The rent is 950 a month." })
  void ordinaryClinicalProseIsLeftAlone(String text) {
    Result result = scrubber.scrub(text);
    assertFalse(result.changed(), () -> text + " -> " + result.replacements());
    assertEquals(text, result.text());
  }

  @Test
  void longRepetitiveTextIsScrubbedWithoutOverflowingTheStack() {
    String text = "a.".repeat(20_000) + " " + "x".repeat(50_000) + " " + "1".repeat(50_000) + " " + "A. ".repeat(20_000)
        + "She can call 07700 900123.";
    Result result = assertDoesNotThrow(() -> scrubber.scrub(text));
    assertTrue(result.text().endsWith("She can call [phone]."), () -> result.text().substring(result.text().length() - 40));
  }

  @Test
  void theCapitalisedWordsKeptAreListedForTheReviewerWithoutSentenceOpeners() {
    Result result = scrubber.scrub("The client met Markus at the Active Listening workshop. She said Gran was there.");
    assertEquals(List.of("Active", "Listening", "Gran"), scrubber.keptCapitalised(result));
  }

  @Test
  void nothingAndEmptyComeBackAsTheyWere() {
    assertEquals(null, scrubber.scrub(null).text());
    assertEquals("", scrubber.scrub("").text());
  }
}
