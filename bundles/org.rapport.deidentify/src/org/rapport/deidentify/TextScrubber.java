// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks identifying data in free text and reports every change it makes, in the spirit of the HIPAA
 * Safe Harbor method: names, e-mail addresses, phone numbers, web and IP addresses, record and other
 * identifying numbers, postcodes and ZIP codes, street addresses, client codes, dates (generalised to
 * their year) and ages over 89 (grouped as "90 or older").
 *
 * <p>Detection is by rules, each written to leave ordinary clinical prose alone: times ("10:00"),
 * durations ("50 minutes"), ratings ("4 of 7", "6/10"), session numbers, ages up to 89, a year on its
 * own and other small numbers stay as they are. Names are found four ways (the fourth below): the configured list of
 * known names (matched regardless of case, on word boundaries), a capitalised name after a title
 * ("Dr Smith", "Mrs. Patel", "Mr O'Neill"), after an initial ("R. Fairweather") or after a word for a
 * relative or acquaintance ("her sister Maria", "a friend called Tom"); a name found one of those
 * ways is then also masked where it appears on its own in the same text.
 *
 * <p>A name, town, street or employer without such a cue is found by what it is not: a capitalised
 * word that the {@link Vocabulary} does not know as an ordinary word (in the middle of a sentence,
 * any capitalised word not known to name no one), masked with the capitalised words, particles and
 * house number around it as {@link IdentifierKind#PROPER_NOUN} (see {@code ProperNounFinder}).
 *
 * <p>Nothing promises to find everything: a surname that is an ordinary word and opens a sentence
 * ("Hand seemed angry"), a name in lower case, or an identifier in an unusual format stays. A
 * de-identified text therefore needs a human read before it leaves the lab; the {@link Replacement}s
 * make that review quick.
 *
 * <p>A scrubber keeps the {@link ClientCodeMap} it was given, so client codes found in one text get
 * the same fresh code in every later text. Not thread-safe.
 */
public final class TextScrubber {

  /**
   * One change to a text.
   *
   * @param kind what was found
   * @param start where the original fragment starts in the original text
   * @param end where it ends (exclusive)
   * @param original the fragment as it was
   * @param replacement what stands in its place
   */
  public record Replacement(IdentifierKind kind, int start, int end, String original, String replacement) {
  }

  /**
   * The outcome of scrubbing one text.
   *
   * @param original the text as it was
   * @param text the scrubbed text
   * @param replacements every change, in the order of the text
   */
  public record Result(String original, String text, List<Replacement> replacements) {

    /** @return whether anything was changed */
    public boolean changed() {
      return !replacements.isEmpty();
    }
  }

  /** A fragment a rule found, before overlaps are settled. Lower rank wins a tie. */
  private record Candidate(int start, int end, IdentifierKind kind, String replacement, int rank) {
  }

  // ------------------------------------------------------------------------------------------------
  // Building blocks

  private static final String B = "(?<![\\p{L}\\p{N}_])";
  private static final String E = "(?![\\p{L}\\p{N}_])";

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\\p{L})\\.?";
  private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?";
  private static final String DAY = "(?:the\\s+)?(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<y>(?:1[89]|20)\\d\\d|['\u2019]\\d\\d)(?!\\p{N})";

  private static final Pattern DATE_DAY_MONTH_YEAR = Pattern.compile(
      B + WEEKDAY + DAY + "(?:\\s+of)?\\s+" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  private static final Pattern DATE_MONTH_DAY_YEAR = Pattern.compile(
      B + WEEKDAY + MONTH + "\\s+" + DAY + E + ",?\\s+" + YEAR);
  private static final Pattern DATE_COMPACT = Pattern.compile(
      B + "(?<d>[12]\\d|3[01]|0?[1-9])(?<s>[-/])" + MONTH + "\\k<s>" + YEAR);
  private static final Pattern DATE_DAY_MONTH_SHORT_YEAR = Pattern.compile(
      B + WEEKDAY + DAY + "\\s+" + MONTH + "\\s+(?<y>\\d\\d)(?![\\p{N}:.]|\\s*(?:minutes?|mins?|hours?|times|sessions?|people|%))");
  private static final Pattern DATE_MONTH_YEAR = Pattern.compile(B + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  private static final Pattern DATE_DAY_MONTH = Pattern.compile(B + WEEKDAY + DAY + "(?:\\s+of)?\\s+" + MONTH);
  private static final Pattern DATE_MONTH_DAY = Pattern.compile(
      B + WEEKDAY + MONTH + "\\s+" + DAY + "(?![\\p{L}\\p{N}_:]|\\.\\d|\\s*(?:minutes?|mins?|hours?|hrs?|sessions?|times|weeks?|days?|months?|years?|%|per\\s?cent|of\\s+\\d))");
  private static final Pattern DATE_ISO = Pattern.compile(
      "(?<![\\p{L}\\p{N}_./-])(?<y>(?:1[89]|20)\\d\\d)([-/.])(?:0?[1-9]|1[0-2])\\2(?:[12]\\d|3[01]|0?[1-9])"
          + "(?:T\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?(?![\\p{L}\\p{N}_]|[-/.]\\p{N})");
  private static final Pattern DATE_NUMERIC = Pattern.compile(
      "(?<![\\p{L}\\p{N}_./-])(?<a>\\d{1,2})([-/.])(?<b>\\d{1,2})\\2(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}_]|[-/.]\\p{N})");
  private static final Pattern DATE_NUMERIC_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\p{N}_./-])(?:0?[1-9]|1[0-2])/(?<y>(?:19|20)\\d\\d)(?![\\p{N}/])");
  private static final Pattern BIRTH_CONTEXT = Pattern.compile(
      "(?i)(?:born|birth|dob|d\\.o\\.b\\.?)\\W{0,4}(?:\\w+\\W+){0,3}$");

  private static final Pattern AGE_AFTER_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:aged|age|ages|turned|turning|turns)[:\\s]\\s*(?<n>\\d{2,3})(?![\\p{N}]|\\s*(?:%|per\\s?cent|minutes|mins|times|pounds|kg|degrees))");
  private static final Pattern AGE_YEARS_OLD = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.,])(?<n>\\d{2,3})(?<sep>\\s*|-)(?:years?|yrs?|yr)(?:\\s+|-)old(?:s)?(?![\\p{L}])");
  private static final Pattern AGE_SHORT = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.,])(?<n>\\d{2,3})\\s*(?:years?\\s+of\\s+age|y/o|y\\.o\\.|yo|yrs)(?![\\p{L}])");
  private static final Pattern AGE_BIRTHDAY = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(?<n>\\d{2,3})(?:st|nd|rd|th)\\s+birthday");
  private static final Pattern AGE_OF = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:woman|man|person|lady|gentleman|widow|widower|patient|resident|neighbou?r|relative)\\s+of\\s+"
          + "(?<n>\\d{2,3})(?![\\p{N}]|\\s*(?:%|per\\s?cent|minutes|mins|hours|words|pounds|kg|times))");
  private static final Pattern AGE_IN_PARENTHESES = Pattern.compile(
      "(?<=\\p{L}[\\s,]{0,2})\\((?:aged?[:\\s]\\s*)?(?<n>\\d{2,3})\\)");
  private static final Pattern AGE_BORN_IN = Pattern.compile(
      "(?i)(?<![\\p{L}])born\\s+(?:in\\s+)?(?<y>(?:18|19|20)\\d\\d)(?![\\p{N}])");

  private static final Pattern CLIENT_CODE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])CL-\\d{2,6}(?![\\p{L}\\p{N}])");

  private static final Pattern EMAIL = Pattern.compile(
      "(?<![\\p{L}\\p{N}._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){0,8}\\.[A-Za-z]{2,}(?![\\p{L}\\p{N}])");
  private static final String TLD = "(?:com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|online|site|health|care|tv"
      + "|uk|ca|au|nz|ie|de|fr|nl|eu|es|ch|se|dk|fi|pl|jp|za|co)";
  private static final Pattern URL_WITH_SCHEME = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(?:https?|ftp)://[^\\s<>\"]+");
  private static final Pattern URL_WWW = Pattern.compile("(?i)(?<![\\p{L}\\p{N}./@])www\\.[^\\s<>\"]+");
  private static final Pattern URL_BARE = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_./@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.){1,8}" + TLD + "(?![\\p{L}\\p{N}_-])(?:/[^\\s<>\"]*)?");
  private static final Pattern IP_V4 = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
          + "(?::\\d{1,5})?(?![\\p{L}\\p{N}_]|\\.\\p{N})");

  private static final String HEX = "[0-9A-Fa-f]{1,4}";
  /** Eight groups, or fewer around "::" (never a time: those have one colon and no "::"). */
  private static final Pattern IP_V6 = Pattern.compile("(?<![\\p{L}\\p{N}:.])(?:(?:" + HEX + ":){7}" + HEX + "|(?:" + HEX
      + ":){1,6}(?::" + HEX + "){1,6}|(?:" + HEX + ":){1,7}:|::(?:" + HEX + ":){0,6}" + HEX + ")(?![\\p{L}\\p{N}:])");

  private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
      "(?<![\\p{L}\\p{N}+])\\+\\d{1,3}(?:[\\s.-]?\\(0\\))?(?:[\\s.-]?\\(?\\d{1,5}\\)?){1,6}");
  private static final Pattern PHONE_US_PARENTHESES = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:\\+?1[\\s.-]?)?\\(\\d{3}\\)[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?![\\p{N}])");
  private static final Pattern PHONE_US_SEPARATED = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.-])(?:1[\\s.-])?\\d{3}([.-])\\d{3}\\1\\d{4}(?![\\p{L}\\p{N}_]|[.-]\\p{N})");
  private static final Pattern PHONE_UK_PARENTHESES = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\(0\\d{2,4}\\)\\s?\\d{3,4}[\\s-]?\\d{3,4}(?![\\p{N}])");
  private static final Pattern PHONE_LOCAL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_./-])\\d{3}-\\d{4}(?![\\p{L}\\p{N}_]|[-/.]\\p{N})");
  private static final Pattern PHONE_UK = Pattern.compile(
      "(?<![\\p{L}\\p{N}_+./-])0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?![\\p{L}\\p{N}_]|-\\p{N})");
  private static final String PHONE_WORDS = "(?:phone|telephone|tel\\.?|mobile|mob\\.?|cell(?:phone)?|fax|landline|whats[ -]?app|sms"
      + "|text(?:ed|s)?|call(?:ed|s)?|ring|rang|dial(?:led)?|helpline|switchboard|extension|ext\\.?)";
  private static final Pattern PHONE_AFTER_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])" + PHONE_WORDS + "(?:\\s+(?:number|no\\.?))?\\s*(?:is|was|:|-)?\\s*(?:on\\s+|at\\s+)?"
          + "(?<n>\\+?\\(?\\d[\\d\\s().-]{5,20}\\d)(?![\\p{N}])");
  /**
   * Groups of digits as the world writes phone numbers ("97 71 21 01", "(22) 7587-5855", "073-729 57 33"),
   * with an extension ("x69060", " ext. 800"); being the longest match, it takes in the extension of
   * a number another rule found too.
   */
  private static final Pattern PHONE_GROUPS = Pattern.compile(
      "(?<![\\p{L}\\p{N}+(.-])(?<number>(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{1,6}(?:[\\s.-]\\d{1,12}){1,5})"
          + "(?<extension>\\s?(?:x|ext\\.?|extension)\\s?\\d{1,6})?(?![\\p{L}\\p{N}]|[.-]\\d)");
  private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d\\s?[-/ ]\\s?(?:19|20)\\d\\d");
  private static final Pattern TIME_LIKE = Pattern.compile("(?<!\\d)\\d{1,2}[.:]\\d{2}(?!\\d)");
  private static final Pattern PHONE_WORD_NEARBY = Pattern.compile(
      "(?i)(?<![\\p{L}])" + PHONE_WORDS + "(?![\\p{L}])[^.!?\\n]{0,30}$");

  private static final Pattern ID_SSN = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])\\d{3}-\\d{2}-\\d{4}(?![\\p{L}\\p{N}_]|-\\p{N})");
  private static final Pattern ID_SPACED_3_3_4 = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])\\d{3}\\s\\d{3}\\s\\d{4}(?![\\p{L}\\p{N}_])");
  private static final Pattern ID_NATIONAL_INSURANCE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![\\p{L}\\p{N}])");
  private static final Pattern ID_UK_PLATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}\\s?[A-Z]{3}(?![\\p{L}\\p{N}])");
  private static final Pattern ID_MAC = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}:-])[0-9a-f]{2}(?:([:-])[0-9a-f]{2})(?:\\1[0-9a-f]{2}){4}(?![\\p{L}\\p{N}:-])");
  private static final Pattern ID_LETTERS_DIGITS = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])[A-Z]{1,3}\\d{5,}[A-Z]?(?![\\p{L}\\p{N}_])");
  /** A card number in groups: 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners). */
  private static final Pattern ID_CARD = Pattern.compile(
      "(?<![\\p{N}-])\\d{4}([ -])\\d{4,6}\\1\\d{4,5}(?:\\1\\d{4})?(?![\\p{N}]|[ -]\\d)");
  /** Capitals and digits run together, with at least four digits: IBANs, tax codes, reference numbers. */
  private static final Pattern ID_MIXED = Pattern.compile("(?<![\\p{L}\\p{N}])(?=(?:[A-Z]*\\d){4})(?=\\d*[A-Z])[A-Z0-9]{8,34}(?![\\p{L}\\p{N}])");
  /** An IBAN: country, check digits, then the account in capitals and digits. */
  private static final Pattern ID_IBAN = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\\p{L}\\p{N}])");
  /** Licence plates: "AGJ-3057", and the German form "G CG 944", "LO XT 81H". */
  private static final Pattern ID_PLATE = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:[A-Z]{2,3}-\\d{3,4}|[A-Z\u00c4\u00d6\u00dc]{1,3}[ -][A-Z]{1,2} \\d{1,4}[EH]?)"
      + "(?![\\p{L}\\p{N}]|-\\d)");
  private static final Pattern ID_LONG_DIGITS = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.,])\\d{6,}(?![\\p{L}\\p{N}_]|[.,]\\p{N})");
  private static final String NO = "(?:\\s+(?:number|no\\.?|num|#|id))?";
  private static final Pattern ID_AFTER_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:MRN|NHS" + NO + "|CHI" + NO + "|hospital" + NO + "|(?:medical\\s+)?records?" + NO
          + "|chart" + NO + "|account" + NO + "|acct\\.?|a/c|(?:driving\\s+|driver['\u2019]?s\\s+)?licen[cs]e(?:\\s+plate)?" + NO
          + "|policy" + NO + "|member(?:ship)?" + NO + "|patient" + NO + "|passport" + NO + "|insurance" + NO
          + "|claim" + NO + "|case\\s+(?:number|no\\.?|#)|reference" + NO + "|ref\\.?|serial" + NO + "|device" + NO
          + "|(?:vehicle\\s+)?registration" + NO + "|reg\\.?(?:\\s+plate)?|number\\s+plate|VIN|badge" + NO
          + "|employee" + NO + "|student" + NO + "|staff" + NO + "|payroll" + NO + "|benefits?" + NO
          + "|national\\s+insurance" + NO + "|NI\\s+(?:number|no\\.?)|SSN|social\\s+security" + NO + "|tax" + NO
          + "|ID|identifier|certificate" + NO + "|IMEI|serial)(?![\\p{L}])"
          + "\\s*(?:is|was|of|:|#|-|=|,)?\\s*"
          + "(?<tok>[A-Za-z0-9](?:[A-Za-z0-9/-]*[A-Za-z0-9])?(?:\\s\\d{2,5}(?![\\p{L}\\p{N}]|\\s*(?:minutes?|mins?|hours?|times|sessions?|weeks?|days?|years?))){0,3})");

  private static final Pattern POSTCODE_UK = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])(?:GIR ?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2})"
          + "(?![\\p{L}\\p{N}_])");
  private static final Pattern POSTCODE_AFTER_WORD = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:post\\s?code|postal\\s+code|zip(?:\\s*code)?)\\s*(?:is|was|of|:)?\\s*"
          + "(?<pc>[a-z]{1,2}\\d[a-z\\d]?\\s?\\d[a-z]{2}|\\d{5}(?:-\\d{4})?)(?![\\p{L}\\p{N}])");
  private static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
      + "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
      + "|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
      + "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
      + "|Mississippi|Missouri|Montana|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York"
      + "|North\\s+Carolina|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina"
      + "|South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming"
      + "|Puerto\\s+Rico|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ill|Ind|Kan|Mass|Mich|Minn|Miss|Nev|Okla|Ore|Penn|Tenn|Tex|Wash|Wis";
  private static final Pattern ZIP_AFTER_STATE = Pattern.compile(
      "(?<![\\p{L}])(?:" + STATES + ")\\.?,?\\s+(?<zip>\\d{5}(?:-\\d{4})?)(?![\\p{L}\\p{N}_]|-\\p{N})");
  /** Five digits on their own are a ZIP code or a postcode in much of Europe; counts of things are excepted. */
  private static final Pattern ZIP_BARE = Pattern.compile("(?<![\\p{L}\\p{N}.,:/\u00a3$\u20ac#-])\\d{5}(?:-\\d{3,4})?(?![\\p{L}\\p{N}]|[.,:/-]\\d"
      + "|\\s+(?:steps|words|people|pounds|euros|dollars|miles|metres|meters|km|calories|times|users|views|followers|hours|minutes))");
  /** A Dutch postcode: four digits and two capitals. */
  private static final Pattern POSTCODE_DUTCH = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{4} ?[A-Z]{2}(?![\\p{L}\\p{N}])");
  /** Shapes of postcodes that are also ordinary numbers, taken only near a word for a postcode or an area. */
  private static final Pattern POSTCODE_SHAPE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.-])(?:\\d{4}|\\d{2}-\\d{3}|\\d{3} \\d{2}|\\d{6})(?![\\p{L}\\p{N}]|[.-]\\d)");
  private static final Pattern POSTCODE_CUE_BEFORE = Pattern.compile(
      "(?i)(?:post\\s?code|postal\\s+code|zip(?:\\s*code)?|plz|address(?:\\s+\\w+){0,2}\\s+(?:in|with)|area)\\W{0,3}$");
  private static final Pattern POSTCODE_CUE_AFTER = Pattern.compile(
      "(?i)^\\W{0,3}(?:\\w+\\W+){0,2}?(?:post\\s?code|postal\\s+code|zip|area|district)(?![\\p{L}])");
  private static final Pattern ZIP_PLUS_FOUR = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])\\d{5}-\\d{4}(?![\\p{L}\\p{N}_]|-\\p{N})");

  private static final String STREET = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Crescent|Cres"
      + "|Place|Pl|Terrace|Boulevard|Blvd|Gardens|Grove|Square|Sq|Row|Mews|Parade|Walk|Hill|Park|Rise|View)";
  private static final Pattern ADDRESS_STREET = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(?:Flat|Apartment|Apt\\.?|Unit|Suite)\\s+\\d+[A-Za-z]?,?\\s+)?\\d{1,5}[A-Za-z]?,?\\s+"
          + "(?:\\p{Lu}[\\p{Ll}'\u2019]+\\s+){1,3}" + STREET + "\\.?(?![\\p{L}])");
  private static final Pattern ADDRESS_PO_BOX = Pattern.compile("(?i)(?<![\\p{L}])P\\.?\\s?O\\.?\\s+Box\\s+\\d+");

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}[\\p{L}'\u2019-]*";
  private static final Pattern NAME_AFTER_TITLE = Pattern.compile(
      "(?<![\\p{L}])(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Reverend|Fr|Father|Sister|Sr|Sir|Dame|Lady|Lord"
          + "|Nurse|Doctor|Pastor|Rabbi|Imam|Judge|Officer|Sergeant|Detective|Coach|Auntie|Uncle|Aunt|Cllr)\\.?\\s+"
          + "(?<name>(?:\\p{Lu}\\.\\s?){0,2}" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)");
  private static final Pattern NAME_AFTER_INITIALS = Pattern.compile(
      "(?<![\\p{L}\\p{N}.])(?<name>(?:\\p{Lu}\\.\\s?){1,3}" + NAME_WORD + ")");
  private static final Pattern NAME_AFTER_RELATION = Pattern.compile(
      "(?<![\\p{L}])(?i:named|called|name\\s+is|goes\\s+by|known\\s+as|introduced\\s+(?:herself|himself|themselves)\\s+as"
          + "|sister|brother|sibling|son|daughter|husband|wife|partner|spouse|boyfriend|girlfriend|fianc\u00e9e?|fiance"
          + "|mother|father|mum|mom|dad|stepmother|stepfather|stepmum|stepdad|stepson|stepdaughter|grandmother|grandfather"
          + "|grandma|grandpa|gran|granny|nan|nana|grandson|granddaughter|aunt|auntie|uncle|niece|nephew|cousin"
          + "|friend|flatmate|housemate|roommate|neighbou?r|colleague|boss|manager|teacher|tutor|landlord|landlady"
          + "|carer|caregiver|ex|child|baby|toddler|stepchild|godmother|godfather|twin|dog|cat|puppy|kitten)"
          + "(?:['\u2019]s\\s+name\\s+is)?,?\\s+(?<name>" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)");

  private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019])\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]+(?![\\p{L}\\p{N}])");

  /** Capitalised words that name no one: sentence openers, days, months, services, common titles. */
  private static final Set<String> NOT_NAMES = Set.copyOf(Arrays.asList(
      "The", "Then", "This", "That", "These", "Those", "There", "They", "Their", "Them", "We", "Our", "Us", "She", "He", "Her",
      "His", "Him", "It", "Its", "You", "Your", "My", "Me", "In", "On", "At", "After", "Before", "When", "While", "Whilst",
      "If", "As", "So", "But", "And", "Or", "Nor", "Not", "No", "Yes", "An", "Next", "Later", "Afterwards", "Also",
      "However", "Although", "Though", "Because", "Since", "During", "Today", "Tomorrow", "Yesterday", "Tonight", "Overall",
      "Finally", "First", "Firstly", "Second", "Secondly", "Third", "Last", "Lastly", "What", "Why", "How", "Where", "Who",
      "Whom", "Which", "Whose", "One", "Some", "Each", "Every", "All", "Both", "Most", "Many", "Much", "Few", "Perhaps",
      "Maybe", "Still", "Again", "Now", "Here", "Please", "Thank", "Thanks", "Sorry", "Hello", "Hi", "Dear", "Well", "Only",
      "Even", "Just", "Instead", "Otherwise", "Meanwhile", "Anyway", "Indeed", "Despite", "Towards", "Toward", "Until",
      "Unless", "Whether", "With", "Without", "Within", "For", "From", "Into", "Onto", "Over", "Under", "About", "Above",
      "Below", "Between", "Through", "Throughout", "Across", "Around", "Along", "By", "Of", "To", "Up", "Down", "Out",
      "Off", "Do", "Did", "Does", "Is", "Was", "Were", "Are", "Be", "Been", "Being", "Has", "Had", "Have", "Will", "Would",
      "Could", "Should", "Can", "May", "Might", "Must", "Shall", "Let", "Lets", "Let's", "Such", "Other", "Another", "Any",
      "Same", "Very", "More", "Less", "Least", "Once", "Twice", "Never", "Always", "Often", "Sometimes", "Usually",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter", "Ramadan",
      "Eid", "Diwali", "Hanukkah", "Passover", "New", "Year", "God", "Allah", "Jesus", "Mum", "Mam", "Mom", "Mummy",
      "Mommy", "Dad", "Daddy", "Nan", "Nana", "Gran", "Granny", "Grandma", "Grandpa", "Grandad", "Papa", "Mama", "Sis",
      "Bro", "English", "British", "Welsh", "Scottish", "Irish", "American", "Polish", "French", "Spanish", "Muslim",
      "Christian", "Jewish", "Hindu", "Sikh", "Buddhist", "Catholic", "Samaritans", "Childline", "Mind", "Shout",
      "Relate", "Cruse", "Refuge", "Nightline", "Papyrus", "Crisis", "Google", "Facebook", "Instagram", "WhatsApp",
      "Whatsapp", "Zoom", "Teams", "Skype", "Snapchat", "TikTok", "Twitter", "Youtube", "YouTube", "LinkedIn", "Netflix",
      "Amazon", "Client", "Clients", "Supervisor", "Supervision", "Trainee", "Therapist", "Counsellor", "Counselor",
      "Session", "Sessions", "Agreement", "Plan", "Reflection", "Note", "Notes", "Gibbs", "Kolb", "Rolfe", "Driscoll",
      "Schön", "Schon", "Action", "Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Goal", "Goals",
      "Lab", "Team", "Group", "Service", "Services", "Clinic", "Hospital", "School", "College", "University",
      "Council", "Police", "Court", "Hello", "Morning", "Afternoon", "Evening", "Night", "Spring", "Summer", "Autumn",
      "Winter", "Fall", "Unknown", "Someone", "Somebody", "Anyone", "Everyone", "Nobody", "Nothing", "Something",
      "Sure", "Okay", "Ok", "Great", "Good", "Fine", "Right", "Oh", "Ah", "Um", "Er", "Hmm", "Said", "Says", "Say",
      "Told", "Asked", "Felt", "Feel", "Feels", "Think", "Thought", "Know", "Knew", "Wanted", "Want", "Went", "Came",
      "Come", "Got", "Get", "Gets", "Made", "Make", "Took", "Take", "Saw", "See", "Looked", "Look", "Seemed"));

  // ------------------------------------------------------------------------------------------------

  private final List<String> knownNames;
  private final Vocabulary vocabulary;
  private final ProperNounFinder properNouns;
  private final Pattern knownNamesPattern;
  private final Pattern knownNameWordsPattern;
  private final ClientCodeMap codes;
  private final int referenceYear;
  private Pattern knownCodesPattern;
  private int knownCodesCount = -1;

  /** A scrubber without known names, with a client code map of its own, dating ages from this year. */
  public TextScrubber() {
    this(List.of(), new ClientCodeMap());
  }

  /** A scrubber masking {@code knownNames} as well, dating ages from this year. */
  public TextScrubber(Collection<String> knownNames, ClientCodeMap codes) {
    this(knownNames, codes, LocalDate.now().getYear());
  }

  /**
   * @param knownNames names to mask wherever they appear, regardless of case (for example the
   *        casebook's people); each entry is matched as a whole, and its capitalised words are also
   *        masked where they appear on their own, capitalised
   * @param codes where client codes get their fresh codes; codes registered there are found in
   *        text as written, and codes of the form {@code CL-0417} are found and registered as met
   * @param referenceYear the year from which a year of birth is judged to mean an age over 89
   */
  public TextScrubber(Collection<String> knownNames, ClientCodeMap codes, int referenceYear) {
    this(knownNames, codes, referenceYear, Vocabulary.english());
  }

  /**
   * @param vocabulary the ordinary words: a capitalised word that is none of them is masked as a
   *        name or place (a catalogue's vocabulary is added with {@link Vocabulary#withSafe})
   * @see #TextScrubber(Collection, ClientCodeMap, int)
   */
  public TextScrubber(Collection<String> knownNames, ClientCodeMap codes, int referenceYear, Vocabulary vocabulary) {
    this.codes = Objects.requireNonNull(codes);
    this.vocabulary = Objects.requireNonNull(vocabulary);
    this.properNouns = new ProperNounFinder(vocabulary, NOT_NAMES);
    this.referenceYear = referenceYear;
    List<String> names = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    for (String name : knownNames) {
      String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
      if (cleaned.length() >= 2 && cleaned.chars().anyMatch(Character::isLetter)) {
        names.add(cleaned);
        for (String word : cleaned.split("[\\s.]+")) {
          if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)) {
            words.add(word);
          }
        }
      }
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    this.knownNames = List.copyOf(names);
    this.knownNameWordsPattern = words.isEmpty() ? null : wordsPattern(words);
    this.knownNamesPattern = names.isEmpty() ? null : Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", names.stream().map(TextScrubber::nameRegex).toList()) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The capitalised words a scrub left as they were, each once, in the order of the text: where a
   * missed name would be, for the person who reviews an export to read. Ordinary words and words
   * that name no one ("The", "Anything", "Monday") are left out where they open a sentence.
   */
  public List<String> keptCapitalised(Result result) {
    Set<String> kept = new LinkedHashSet<>();
    String text = result.original() == null ? "" : result.original();
    Matcher m = CAPITALISED_WORD.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String word = m.group();
      boolean replaced = result.replacements().stream().anyMatch(r -> r.start() < end && r.end() > start);
      // "Gran" in the middle of a sentence may be a name; "The" opening one is not
      boolean ordinaryOpener = ProperNounFinder.opensSentence(text, start)
          && (NOT_NAMES.contains(word) || vocabulary.isWord(word) && !vocabulary.isProperNoun(word));
      if (!replaced && !ordinaryOpener) {
        kept.add(word);
      }
    }
    return List.copyOf(kept);
  }

  /** @return the known names this scrubber masks, longest first */
  public List<String> knownNames() {
    return knownNames;
  }

  /** @return the map that gives client codes their fresh codes */
  public ClientCodeMap clientCodes() {
    return codes;
  }

  /** Scrubs {@code text} of every kind of identifier. {@code null} gives an unchanged empty result. */
  public Result scrub(String text) {
    if (text == null || text.isEmpty()) {
      return new Result(text, text, List.of());
    }
    List<Candidate> found = new ArrayList<>();
    clientCodes(text, found);
    emails(text, found);
    urls(text, found);
    ipAddresses(text, found);
    dates(text, found);
    ages(text, found);
    phones(text, found);
    idNumbers(text, found);
    postcodes(text, found);
    addresses(text, found);
    names(text, found);
    return apply(text, found);
  }

  /**
   * Replaces only client codes in {@code text}, leaving everything else: for identifiers such as
   * document ids ("CL-0417-S03-plan") and person ids, which must stay unique and file-name safe.
   */
  public Result scrubClientCodes(String text) {
    if (text == null || text.isEmpty()) {
      return new Result(text, text, List.of());
    }
    List<Candidate> found = new ArrayList<>();
    clientCodes(text, found);
    return apply(text, found);
  }

  // ------------------------------------------------------------------------------------------------
  // Rules

  private void clientCodes(String text, List<Candidate> found) {
    Pattern known = knownCodesPattern();
    if (known != null) {
      Matcher m = known.matcher(text);
      while (m.find()) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.CLIENT_CODE, codes.map(m.group()), 0));
      }
    }
    Matcher m = CLIENT_CODE.matcher(text);
    while (m.find()) {
      found.add(new Candidate(m.start(), m.end(), IdentifierKind.CLIENT_CODE, codes.map(m.group()), 0));
    }
  }

  private Pattern knownCodesPattern() {
    int count = codes.size();
    if (count != knownCodesCount) {
      knownCodesCount = count;
      List<String> quoted = codes.asMap().keySet().stream()
          .filter(code -> !code.isBlank())
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .toList();
      knownCodesPattern = quoted.isEmpty() ? null
          : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }
    return knownCodesPattern;
  }

  private static void emails(String text, List<Candidate> found) {
    each(EMAIL, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.EMAIL, IdentifierKind.EMAIL.mask(), 1)));
  }

  private static void urls(String text, List<Candidate> found) {
    for (Pattern pattern : List.of(URL_WITH_SCHEME, URL_WWW, URL_BARE)) {
      each(pattern, text, m -> {
        int end = trimTrailingPunctuation(text, m.start(), m.end());
        found.add(new Candidate(m.start(), end, IdentifierKind.URL, IdentifierKind.URL.mask(), 2));
      });
    }
  }

  private static void ipAddresses(String text, List<Candidate> found) {
    for (Pattern pattern : List.of(IP_V4, IP_V6)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.IP_ADDRESS, IdentifierKind.IP_ADDRESS.mask(), 2)));
    }
  }

  private void dates(String text, List<Candidate> found) {
    for (Pattern pattern : List.of(DATE_DAY_MONTH_YEAR, DATE_MONTH_DAY_YEAR, DATE_MONTH_YEAR, DATE_COMPACT, DATE_ISO,
        DATE_NUMERIC_MONTH_YEAR, DATE_DAY_MONTH_SHORT_YEAR)) {
      each(pattern, text, m -> addDate(text, m.start(), m.end(), year(m.group("y")), found));
    }
    each(DATE_NUMERIC, text, m -> {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      String y = m.group("y");
      boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
      boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
      int year = year(y);
      if ((dayMonth || monthDay) && year >= 1800 && year <= 2099) {
        addDate(text, m.start(), m.end(), year, found);
      }
    });
    for (Pattern pattern : List.of(DATE_DAY_MONTH, DATE_MONTH_DAY)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.DATE, IdentifierKind.DATE.mask(), 5)));
    }
  }

  private void addDate(String text, int start, int end, int year, List<Candidate> found) {
    String replacement = Integer.toString(year);
    if (referenceYear - year >= 90 && BIRTH_CONTEXT.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
      replacement = "[year of birth withheld: age 90 or older]";
    }
    found.add(new Candidate(start, end, IdentifierKind.DATE, replacement, 4));
  }

  private int year(String y) {
    String digits = y.replaceAll("\\D", "");
    int value = Integer.parseInt(digits);
    if (digits.length() == 2) {
      int century = referenceYear / 100 * 100;
      value = century + value > referenceYear ? century - 100 + value : century + value;
    }
    return value;
  }

  private void ages(String text, List<Candidate> found) {
    for (Pattern pattern : List.of(AGE_OF, AGE_IN_PARENTHESES)) {
      each(pattern, text, m -> {
        if (over89(m.group("n"))) {
          found.add(new Candidate(m.start("n"), m.end("n"), IdentifierKind.AGE, "90 or older", 3));
        }
      });
    }
    each(AGE_AFTER_WORD, text, m -> {
      if (over89(m.group("n"))) {
        found.add(new Candidate(m.start("n"), m.end("n"), IdentifierKind.AGE, "90 or older", 3));
      }
    });
    each(AGE_YEARS_OLD, text, m -> {
      if (over89(m.group("n"))) {
        boolean adjective = m.group("sep").equals("-");
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.AGE,
            adjective ? "90-or-older" + (m.group().endsWith("s") ? " people" : "") : "90 or older", 3));
      }
    });
    each(AGE_SHORT, text, m -> {
      if (over89(m.group("n"))) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.AGE, "90 or older", 3));
      }
    });
    each(AGE_BIRTHDAY, text, m -> {
      if (over89(m.group("n"))) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.AGE, "birthday at 90 or older", 3));
      }
    });
    each(AGE_BORN_IN, text, m -> {
      int year = Integer.parseInt(m.group("y"));
      if (referenceYear - year >= 90) {
        found.add(new Candidate(m.start("y"), m.end("y"), IdentifierKind.AGE, "[year withheld: age 90 or older]", 3));
      }
    });
  }

  private static boolean over89(String number) {
    int age = Integer.parseInt(number);
    return age >= 90 && age <= 130;
  }

  private static void phones(String text, List<Candidate> found) {
    each(PHONE_AFTER_WORD, text, m -> {
      int digits = digits(m.group("n"));
      if (digits >= 7 && digits <= 15 && !TIME_LIKE.matcher(m.group("n")).find()) {
        int end = trimTrailing(text, m.start("n"), m.end("n"), ").- ");
        found.add(new Candidate(m.start("n"), end, IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 0));
      }
    });
    each(PHONE_INTERNATIONAL, text, m -> {
      int digits = digits(m.group());
      if (digits >= 6 && digits <= 15) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 5));
      }
    });
    for (Pattern pattern : List.of(PHONE_US_PARENTHESES, PHONE_US_SEPARATED)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 5)));
    }
    each(PHONE_UK_PARENTHESES, text, m -> {
      int digits = digits(m.group());
      if (digits >= 10 && digits <= 11) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 5));
      }
    });
    each(PHONE_UK, text, m -> {
      int digits = digits(m.group());
      if (digits >= 10 && digits <= 11) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 5));
      }
    });
    each(PHONE_LOCAL, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 8)));
    each(PHONE_GROUPS, text, m -> {
      int digits = digits(m.group("number"));
      // seven digits make a local number, if one group has three of them (so "4 5 4 6 5 3 4" is no phone)
      boolean longGroup = Arrays.stream(m.group("number").split("[^0-9]+")).anyMatch(group -> group.length() >= 3);
      boolean extension = m.group("extension") != null;
      boolean enough = digits >= 8 || digits == 7 && longGroup || digits >= 6 && extension;
      if (enough && digits <= 16 && !TIME_LIKE.matcher(m.group()).matches() && !YEAR_RANGE.matcher(m.group()).matches()) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.PHONE, IdentifierKind.PHONE.mask(), 9));
      }
    });
  }

  private static void idNumbers(String text, List<Candidate> found) {
    each(ID_AFTER_WORD, text, m -> {
      String token = m.group("tok");
      long alphanumerics = token.chars().filter(Character::isLetterOrDigit).count();
      String head = token.split("\\s")[0];
      boolean headLooksLikeId = head.chars().anyMatch(Character::isDigit) || head.matches("[A-Z]{1,4}");
      if (alphanumerics >= 4 && headLooksLikeId && token.chars().anyMatch(Character::isDigit) && !looksLikeTimeOrMeasure(token)) {
        found.add(new Candidate(m.start("tok"), m.end("tok"), IdentifierKind.ID_NUMBER, IdentifierKind.ID_NUMBER.mask(), 0));
      }
    });
    each(ID_SSN, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.ID_NUMBER, IdentifierKind.ID_NUMBER.mask(), 5)));
    each(ID_SPACED_3_3_4, text, m -> {
      boolean phone = PHONE_WORD_NEARBY.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
      IdentifierKind kind = phone ? IdentifierKind.PHONE : IdentifierKind.ID_NUMBER;
      found.add(new Candidate(m.start(), m.end(), kind, kind.mask(), 6));
    });
    for (Pattern pattern : List.of(ID_NATIONAL_INSURANCE, ID_UK_PLATE, ID_MAC, ID_LETTERS_DIGITS, ID_CARD, ID_MIXED, ID_IBAN, ID_PLATE)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.ID_NUMBER, IdentifierKind.ID_NUMBER.mask(), 7)));
    }
    each(ID_LONG_DIGITS, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.ID_NUMBER, IdentifierKind.ID_NUMBER.mask(), 10)));
  }

  private static boolean looksLikeTimeOrMeasure(String token) {
    return token.matches("\\d{1,2}[:.]\\d{2}") || token.matches("(?:19|20)\\d\\d(?:[-/](?:19|20)?\\d\\d)?") || token.matches("(?i)\\d+(?:am|pm|min|mins|h|hrs|kg|cm|mg|ml|%)");
  }

  private static void postcodes(String text, List<Candidate> found) {
    each(POSTCODE_AFTER_WORD, text, m -> found.add(new Candidate(m.start("pc"), m.end("pc"), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 0)));
    each(ZIP_AFTER_STATE, text, m -> found.add(new Candidate(m.start("zip"), m.end("zip"), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 1)));
    each(POSTCODE_UK, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 6)));
    each(ZIP_PLUS_FOUR, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 6)));
    for (Pattern pattern : List.of(ZIP_BARE, POSTCODE_DUTCH)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 7)));
    }
    each(POSTCODE_SHAPE, text, m -> {
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      if (POSTCODE_CUE_BEFORE.matcher(before).find() || POSTCODE_CUE_AFTER.matcher(after).find()) {
        found.add(new Candidate(m.start(), m.end(), IdentifierKind.POSTCODE, IdentifierKind.POSTCODE.mask(), 7));
      }
    });
  }

  private static void addresses(String text, List<Candidate> found) {
    for (Pattern pattern : List.of(ADDRESS_STREET, ADDRESS_PO_BOX)) {
      each(pattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.ADDRESS, IdentifierKind.ADDRESS.mask(), 6)));
    }
  }

  private void names(String text, List<Candidate> found) {
    Set<String> echoes = new LinkedHashSet<>();
    if (knownNamesPattern != null) {
      each(knownNamesPattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.NAME, IdentifierKind.NAME.mask(), 8)));
    }
    if (knownNameWordsPattern != null) {
      each(knownNameWordsPattern, text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.NAME, IdentifierKind.NAME.mask(), 11)));
    }
    for (Pattern pattern : List.of(NAME_AFTER_TITLE, NAME_AFTER_INITIALS, NAME_AFTER_RELATION)) {
      each(pattern, text, m -> {
        int start = m.start("name");
        String name = m.group("name");
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 1 && NOT_NAMES.contains(last)) {
          name = name.substring(0, name.length() - last.length()).stripTrailing();
          words = name.split("\\s+");
        }
        String[] bare = name.replaceAll("^(?:\\p{Lu}\\.\\s?){1,3}", "").split("\\s+");
        if (bare[0].isEmpty() || NOT_NAMES.contains(bare[0]) || NOT_NAMES.contains(bare[bare.length - 1])) {
          return;
        }
        found.add(new Candidate(start, start + name.length(), IdentifierKind.NAME, IdentifierKind.NAME.mask(), 9));
        for (String word : name.split("[\\s.]+")) {
          if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)) {
            echoes.add(word);
          }
        }
      });
    }
    Set<String> properEchoes = new LinkedHashSet<>();
    for (ProperNounFinder.Span span : properNouns.find(text)) {
      IdentifierKind kind = span.withNumber() ? IdentifierKind.ADDRESS : IdentifierKind.PROPER_NOUN;
      found.add(new Candidate(span.start(), span.end(), kind, kind.mask(), 14));   // every other rule wins a tie
      for (String word : text.substring(span.start(), span.end()).split("[\\s.,]+")) {
        if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)) {
          properEchoes.add(word);   // "Rose" found in the middle of a sentence is a name at its start too
        }
      }
    }
    if (!echoes.isEmpty()) {
      each(wordsPattern(echoes), text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.NAME, IdentifierKind.NAME.mask(), 13)));
    }
    if (!properEchoes.isEmpty()) {
      each(wordsPattern(properEchoes), text, m -> found.add(new Candidate(m.start(), m.end(), IdentifierKind.PROPER_NOUN,
          IdentifierKind.PROPER_NOUN.mask(), 15)));
    }
  }

  /** Any of {@code words} as a whole word, case as written. */
  private static Pattern wordsPattern(Collection<String> words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
  }

  // ------------------------------------------------------------------------------------------------
  // Settling overlaps and applying

  /**
   * Keeps, from left to right, the longest candidate starting at each place (the lower rank when
   * two are as long), and drops every candidate that overlaps one kept.
   */
  private static Result apply(String text, List<Candidate> found) {
    found.sort(Comparator.comparingInt(Candidate::start)
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
        .thenComparingInt(Candidate::rank));
    List<Replacement> replacements = new ArrayList<>();
    StringBuilder out = new StringBuilder(text.length());
    int position = 0;
    for (Candidate candidate : found) {
      if (candidate.start() < position || candidate.end() <= candidate.start()) {
        continue;
      }
      String original = text.substring(candidate.start(), candidate.end());
      if (original.equals(candidate.replacement())) {
        continue;
      }
      out.append(text, position, candidate.start()).append(candidate.replacement());
      replacements.add(new Replacement(candidate.kind(), candidate.start(), candidate.end(), original, candidate.replacement()));
      position = candidate.end();
    }
    out.append(text, position, text.length());
    return new Result(text, out.toString(), List.copyOf(replacements));
  }

  private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      action.accept(m);
    }
  }

  private static int digits(String s) {
    return (int) s.chars().filter(Character::isDigit).count();
  }

  private static int trimTrailingPunctuation(String text, int start, int end) {
    return trimTrailing(text, start, end, ".,;:!?)]}'\"\u2019\u201d");
  }

  private static int trimTrailing(String text, int start, int end, String characters) {
    while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
      if (text.charAt(end - 1) == ')' && text.substring(start, end).contains("(")
          && count(text.substring(start, end), '(') >= count(text.substring(start, end), ')')) {
        break;
      }
      end--;
    }
    return end;
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }

  private static String nameRegex(String name) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        regex.append(c);
      } else if (c == ' ') {
        regex.append("\\s+");
      } else if (c == '\'' || c == '\u2019') {
        regex.append("['\u2019]");
      } else if (c == '.') {
        regex.append("\\.?");
      } else if (c == '-') {
        regex.append("[-\\s]?");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
