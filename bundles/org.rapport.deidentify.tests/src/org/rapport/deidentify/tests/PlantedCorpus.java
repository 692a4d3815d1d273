// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.deidentify.IdentifierKind;

/**
 * A made-up corpus of reflection prose with identifiers planted in it, each known with its kind and
 * place, and sentences of ordinary clinical prose that must come through unchanged. Every person,
 * number and address here is invented; phone numbers use the ranges set aside for drama where there
 * are such ranges.
 *
 * <p>In a sentence template, {@code {{KIND:text}}} marks a planted identifier: the text that must be
 * masked, which may be only the identifying core of a longer phrase (the surname after "Dr", the
 * number in "aged 93"). Sentences are built by putting each value of a kind into the frames of that
 * kind in turn, then all sentences are shuffled (with a fixed seed) into paragraphs of five, as a
 * reflection would read.
 */
final class PlantedCorpus {

  /** An identifier planted at {@code start}..{@code end} of its paragraph. */
  record Planted(IdentifierKind kind, String text, int start, int end, boolean heldOut) {
  }

  /** A sentence that must come through unchanged, at {@code start}..{@code end} of its paragraph. */
  record Clean(String text, int start, int end) {
  }

  record Paragraph(String text, List<Planted> planted, List<Clean> clean) {
  }

  /** The known names the scrubber is given for this corpus (the casebook's people and names the trainee listed). */
  static final List<String> KNOWN_NAMES = List.of(
      "Priya Raman", "Tomasz Nowak", "Okafor", "Hollis", "R. Fairweather", "Aisha Bello", "Callum", "Siobhan");

  private static final Pattern MARK = Pattern.compile("\\{\\{([A-Z_]+):(.*?)\\}\\}");

  // ------------------------------------------------------------------------------------------------
  // Planted identifiers: frames and values for each kind

  private static final List<String> EMAIL_FRAMES = List.of(
      "After the session the client sent a long message from {} to say she had felt heard.",
      "He asked whether he could write to me directly, and gave me {} so that I could reply.",
      "The referral letter listed the client's personal address as {}, which I have left out of my notes.",
      "Her daughter's school contact, {}, came up when we talked about the meeting that went badly.",
      "I noticed the client had pasted {} into the chat box by mistake, and we talked about privacy online.",
      "His manager wrote to the lab from {} asking for an attendance letter, which I took to supervision.",
      "She would like reminders sent to {} instead of by text.",
      "The intake form had {} written in the margin in pencil.");
  private static final List<String> EMAILS = List.of(
      "jo.baker@example.org", "priya.r@mailbox.co.uk", "tom_h1982@gmail.com", "s.okafor@nhs.net",
      "lee.wong+therapy@outlook.com", "marta.k@uni-lab.ac.uk", "J.Smith@Example.COM", "dan99@yahoo.co.uk",
      "info@familycentre.org.uk", "ruth.m-o@protonmail.com", "kai.lee@school.sch.uk", "sam.ortiz@company.io",
      "a.nowak@poczta.pl", "mo.hassan@hotmail.co.uk", "grace.t@icloud.com", "b.singh2@nhs.scot",
      "hr@employer-name.com", "leah.f@charity.org", "ben.carter@college.ac.uk", "n.adeyemi@work.net",
      "chris.p@lab.example.edu", "eve_lyn@aol.com", "taylor.j@fastmail.fm", "zoe.m@me.com",
      "o.brien@council.gov.uk", "v.ivanova@mail.ru", "m.rossi@libero.it", "pat.k@live.com",
      "h.green@family-law.co.uk", "d.costa@sapo.pt");

  private static final List<String> PHONE_FRAMES = List.of(
      "When the video call dropped she rang back from {} and we finished the last ten minutes by phone.",
      "The client read out a number, {}, that he said belonged to his brother.",
      "Reception passed on a message asking me to call {} before Thursday.",
      "She said her old landlord still phones her from {} late at night.",
      "The lab's duty line, {}, is on the safety plan we wrote together.",
      "He left a voicemail with a new number, {}, and no other message.",
      "The crisis plan lists {} as the number to use if she feels unsafe at home.",
      "Her surgery's direct line, {}, was printed on the letter she brought.");
  private static final List<String> PHONES = List.of(
      "+44 20 7946 0958", "(555) 123-4567", "555-123-4567", "07700 900123", "555.123.4567", "+1 415 555 0132",
      "020 7946 0321", "0161 496 0754", "01632 960442", "+44 7700 900481", "07700 900716", "(212) 555-0187",
      "1-800-555-0199", "0113 496 0020", "+353 1 555 0142", "0117 496 0831", "+61 2 5550 1234", "555-0199",
      "07911 123456", "0800 555 0170", "+44 (0)117 496 0558", "415.555.0176", "02920 018765", "07624 555123",
      "07700900552", "01865 555014", "020 3555 0186", "+49 30 5550 1234", "(617) 555 0149", "0131 496 0911",
      "+33 1 55 55 01 23", "0207 946 0112", "646-555-0134", "+1 (646) 555-0175", "07700 900 388");

  private static final List<String> URL_FRAMES = List.of(
      "She showed me her page, {}, where she writes about her recovery.",
      "He said his ex-partner had posted about him on {} and he could not stop checking it.",
      "The client asked me to look at {} before our next meeting; I declined, and we talked about why.",
      "Her brother set up {} to raise money for the funeral.",
      "I realised I had left a link, {}, in my draft notes, and removed it.",
      "He mentioned that his band's page is {} and then laughed it off.",
      "The link she shared in the video chat, {}, went to her private photos.");
  private static final List<String> URLS = List.of(
      "https://example.com/profile/jbaker", "http://www.myblog.net/posts/2024/grief", "www.facebook.com/tom.hughes.77",
      "example.org/path", "https://instagram.com/priya_draws", "linkedin.com/in/sam-ortiz",
      "https://www.justgiving.com/fundraising/ruth-walk", "http://192.0.2.44/login", "tiktok.com/@marta.k",
      "https://docs.google.com/document/d/1abcXYZ/edit", "www.gofundme.com/f/help-for-dan", "youtube.com/watch?v=dQw4w9",
      "https://twitter.com/leewong", "myportfolio.co.uk/kai", "https://www.etsy.com/shop/GraceMakes",
      "www.strava.com/athletes/55120", "https://reddit.com/user/quietfox", "substack.com/@evelynwrites",
      "https://bit.ly/3xYz12", "hassan-photos.com", "http://localhost:8080/notes", "www.council.gov.uk/housing",
      "https://forum.example.net/t/anxiety/8812", "nextdoor.co.uk/p/elm-road", "https://vimeo.com/812331",
      "patreon.com/benc", "www.meetup.com/london-runners", "https://calendly.com/chris-p/30min",
      "https://zoom.us/j/5551234567", "blog.example.io/posts/leaving-home");

  private static final List<String> IP_FRAMES = List.of(
      "The video platform flagged a login from {} that the client did not recognise.",
      "Her son had traced the messages to {}, she said, and that frightened her.",
      "The lab's technician told me the recording had been opened from {}.",
      "He was convinced that whoever was at {} was watching his router.",
      "The error screen showed the address {} and she took a photo of it.");
  private static final List<String> IPS = List.of(
      "192.168.1.20", "10.0.0.15", "172.16.254.1", "203.0.113.7", "198.51.100.23", "81.2.69.160", "8.8.8.8",
      "192.0.2.146", "10.10.4.201", "100.64.0.12", "151.101.1.69", "62.253.72.11", "185.199.108.153",
      "172.31.5.9", "192.168.0.254", "203.0.113.250", "46.101.12.3", "91.198.174.192", "10.1.1.1", "198.51.100.2");

  private static final List<String> DATE_FRAMES = List.of(
      "We first met on {}, when she had just moved back in with her parents.",
      "His father died on {}, and the anniversary is coming up.",
      "The court hearing is set for {}, which the client mentioned twice.",
      "She was discharged from the ward on {} and started with us soon after.",
      "Her date of birth, {}, was on the referral, and I have left it out of the plan.",
      "The client said things began to unravel around {}, after the redundancy.",
      "He is due to start the new job on {} and is anxious about it.",
      "We agreed to review the agreement on {}.");
  private static final List<String> DATES = List.of(
      "2026-03-10", "10/03/2026", "3/10/26", "10 March 2026", "March 10, 2026", "10th of March 2026", "Mar 2026",
      "14 February 2025", "1st January 2024", "2025-11-02", "22.09.2025", "5-6-2024", "30/11/1987", "12 Dec 2025",
      "Sept 2025", "June 2024", "Tuesday 4 November 2025", "31/01/25", "7/4/2025", "the 2nd of June 2025",
      "October 3rd, 2025", "03/2026", "2024/05/17", "19 July 1962", "Jan 5, 2026", "2026-02-24T10:00", "6 April",
      "23rd May", "August 14", "1 Sept 2025", "15 Aug '24", "9 January 2026", "25.12.2025", "November 2025",
      "2025-06-30", "11/11/2025", "8th March", "2/3/2026", "April 2025", "17 Oct 2025", "Dec. 2025",
      "Feb 12th 2026", "the 4th of July", "28/02/2026", "1 May 2025");

  private static final List<String> AGE_FRAMES = List.of(
      "Her grandmother, {}, still lives alone and phones every evening.",
      "The client cares for his father, {}, and rarely gets a night off.",
      "She talked about a neighbour, {}, who had been like a parent to her.",
      "His great-aunt, {}, moved into a care home last month.",
      "The client's mother, {}, is becoming forgetful, and he feels guilty about it.");
  private static final List<String> AGES = List.of(
      "aged {{AGE:93}}", "now {{AGE:95}} years old", "a {{AGE:91}}-year-old retired nurse", "age {{AGE:92}}",
      "who turned {{AGE:96}} in the spring", "{{AGE:90}} years of age", "aged {{AGE:101}}",
      "a {{AGE:97}}-year-old widower", "{{AGE:99}} yrs old", "who is {{AGE:92}} years old", "aged {{AGE:90}}",
      "age: {{AGE:94}}", "{{AGE:98}} y/o", "who has just celebrated her {{AGE:100}}th birthday", "born in {{AGE:1931}}",
      "aged {{AGE:104}}", "{{AGE:91}} years old and sharp as ever", "a {{AGE:93}}-year-old former miner",
      "now aged {{AGE:95}}", "a {{AGE:90}}-year-old", "who turns {{AGE:91}} next month", "age {{AGE:96}}",
      "{{AGE:92}}yo according to the referral", "aged {{AGE:99}}", "{{AGE:97}} years old");

  private static final List<String> ID_FRAMES = List.of(
      "The letter she brought quoted {} at the top, which I did not copy into the notes.",
      "He read out {} from the benefits form while we were working on his budget.",
      "Her solicitor's email mentioned {} in the subject line.",
      "I noticed {} on the appointment card and asked reception to cover it.",
      "The client wanted me to note {} for the insurance claim.",
      "The discharge summary gave {} next to her name.",
      "He joked that he knows {} by heart.",
      "The form asked for {}, and she left it blank at first.");
  private static final List<String> IDS = List.of(
      "{{ID_NUMBER:123-45-6789}}", "{{ID_NUMBER:078-05-1120}}", "social security number {{ID_NUMBER:219-09-9999}}",
      "NHS number {{ID_NUMBER:943 476 5919}}", "{{ID_NUMBER:401 023 2137}}", "her NHS number, {{ID_NUMBER:485 777 3456}}",
      "MRN {{ID_NUMBER:12345}}", "hospital number {{ID_NUMBER:K1234567}}", "account number {{ID_NUMBER:40302010}}",
      "licence {{ID_NUMBER:AB123456}}", "driving licence {{ID_NUMBER:MORGA753116SM9IJ}}",
      "passport number {{ID_NUMBER:533380006}}", "policy no. {{ID_NUMBER:PX-88231-B}}",
      "NI number {{ID_NUMBER:AB 12 34 56 C}}", "case number {{ID_NUMBER:2024/CF/0193}}",
      "registration {{ID_NUMBER:LB07 SEO}}", "serial number {{ID_NUMBER:SN-4482-XK91}}",
      "device ID {{ID_NUMBER:A3F9-22C1-0B7E}}", "IMEI {{ID_NUMBER:356938035643809}}",
      "member number {{ID_NUMBER:MB2291044}}", "student ID {{ID_NUMBER:S2210457}}",
      "employee number {{ID_NUMBER:E-55102}}", "insurance number {{ID_NUMBER:INS-7781-3320}}",
      "claim number {{ID_NUMBER:CLM884512}}", "reference {{ID_NUMBER:REF-22-0917}}", "chart number {{ID_NUMBER:004417}}",
      "benefit number {{ID_NUMBER:BN 44 12 99}}", "the number {{ID_NUMBER:20260311}}", "{{ID_NUMBER:8812093}}",
      "the code {{ID_NUMBER:00441782}}", "the MAC address {{ID_NUMBER:3C:22:FB:91:0A:7E}}",
      "VIN {{ID_NUMBER:1HGCM82633A004352}}", "CHI number {{ID_NUMBER:1204851234}}", "acct {{ID_NUMBER:0098-3321}}",
      "record number {{ID_NUMBER:RX-20-4471}}", "patient ID {{ID_NUMBER:PT-009182}}",
      "her licence number, {{ID_NUMBER:DL 5521 8830}}", "badge number {{ID_NUMBER:4471-B}}",
      "ref. {{ID_NUMBER:HB/2291/77}}", "plate {{ID_NUMBER:YK19 RTE}}");

  private static final List<String> POSTCODE_FRAMES = List.of(
      "She has moved to a flat near {} and the journey to the lab is longer now.",
      "The client's new address is somewhere around {}, closer to her sister.",
      "He grew up near {} and still goes back most weekends.",
      "The referral gave a home address ending in {}.",
      "Her post is going to {} while the repairs are done.",
      "He said the food bank at {} had helped him through the winter.");
  private static final List<String> POSTCODES = List.of(
      "{{POSTCODE:SW1A 1AA}}", "{{POSTCODE:M1 1AE}}", "{{POSTCODE:B33 8TH}}", "{{POSTCODE:CR2 6XH}}",
      "{{POSTCODE:DN55 1PT}}", "{{POSTCODE:EC1A 1BB}}", "{{POSTCODE:W1A 0AX}}", "{{POSTCODE:LS6 2QT}}",
      "{{POSTCODE:BS8 1TH}}", "{{POSTCODE:EH3 9DR}}", "{{POSTCODE:G12 8QQ}}", "{{POSTCODE:CF10 3AT}}",
      "{{POSTCODE:NE1 7RU}}", "{{POSTCODE:OX4 1DB}}", "{{POSTCODE:L8 0SY}}", "the postcode {{POSTCODE:sw9 8bd}}",
      "Boston, MA {{POSTCODE:02115}}", "Austin, Texas {{POSTCODE:78701}}", "zip code {{POSTCODE:90210}}",
      "ZIP {{POSTCODE:60614}}", "{{POSTCODE:10027-4312}}", "Portland, OR {{POSTCODE:97205}}",
      "Seattle, WA {{POSTCODE:98101-2222}}", "Denver, CO {{POSTCODE:80202}}", "postal code {{POSTCODE:30309}}",
      "Brooklyn, NY {{POSTCODE:11215}}", "Chicago, IL {{POSTCODE:60647}}", "Burlington, Vermont {{POSTCODE:05401}}",
      "zip {{POSTCODE:94110}}", "Albany NY {{POSTCODE:12203}}");

  private static final List<String> ADDRESS_FRAMES = List.of(
      "She gave {} as her address on the consent form.",
      "He is staying with his cousin at {} for now.",
      "The client mentioned that she walks past {} every day and it brings back memories.",
      "She asked that no post for her goes to {}.");
  private static final List<String> ADDRESSES = List.of(
      "14 Elm Road", "221B Baker Street", "Flat 3, 27 Orchard Close", "9 Kingfisher Way", "102 Maple Avenue",
      "5 Church Lane", "48 Victoria Terrace", "1600 Pennsylvania Avenue", "12 St Mary's Court", "PO Box 4471",
      "7 Harbour View", "33 Linden Grove", "60 Queens Drive", "Apartment 4B, 210 West End Avenue", "19 Mill Hill");

  private static final List<String> NAME_FRAMES = List.of(
      "The client said {} had been the only one to visit her in hospital.",
      "He brought up {} again, and his voice changed when he did.",
      "I wondered aloud how {} might see the situation, and she went quiet.",
      "According to the client, {} still does not know about the diagnosis.",
      "She described an argument with {} that left her shaking.",
      "He asked whether {} could sit in on a session.",
      "The client worries that {} will find out she comes here.",
      "We spent some time on what {} said at the weekend.");
  private static final List<String> NAMES = List.of(
      "{{NAME:Priya Raman}}", "{{NAME:Tomasz Nowak}}", "{{NAME:priya raman}}", "{{NAME:Callum}}", "{{NAME:Siobhan}}",
      "{{NAME:Aisha Bello}}", "{{NAME:AISHA BELLO}}", "{{NAME:Tomasz}}", "{{NAME:Raman}}", "{{NAME:Hollis}}",
      "Dr {{NAME:Smith}}", "Mrs. {{NAME:Patel}}", "Mr {{NAME:O'Neill}}", "Dr {{NAME:Okafor}}", "Ms {{NAME:Kowalski}}",
      "Miss {{NAME:Harriet Lowe}}", "Mx {{NAME:Jordan}}", "Prof. {{NAME:Whitcombe}}", "Nurse {{NAME:Adebayo}}",
      "Dr {{NAME:Anne-Marie Duval}}", "Mr {{NAME:McAllister}}", "Father {{NAME:Declan}}", "Mrs {{NAME:D'Souza}}",
      "Sister {{NAME:Bernadette}}", "Rev. {{NAME:Ellison}}", "Dr. {{NAME:Mbeki}}", "Mr {{NAME:Vandenberg}}",
      "{{NAME:R. Fairweather}}", "{{NAME:J. Thornton}}", "{{NAME:A. K. Mensah}}",
      "her sister {{NAME:Maria}}", "his partner, {{NAME:Leon}},", "a friend called {{NAME:Tom}}", "her son {{NAME:Leo}}",
      "his daughter {{NAME:Amara}}", "her husband {{NAME:Gareth}}", "his boss {{NAME:Sandra}}",
      "her flatmate {{NAME:Jess}}", "his mother {{NAME:Ruth}}", "her ex {{NAME:Danny}}",
      "a colleague named {{NAME:Francesca}}", "his grandson {{NAME:Kai}}", "her cousin {{NAME:Nadia}}",
      "her brother {{NAME:Connor}}", "his wife {{NAME:Mei Lin}}", "her teacher Mrs {{NAME:Hughes}}",
      "her neighbour {{NAME:Bill}}", "his stepdad {{NAME:Craig}}", "her friend {{NAME:Yusuf}}",
      "his manager, {{NAME:Deborah}},", "her girlfriend {{NAME:Sky}}", "a man who introduced himself as {{NAME:Marcus}}");

  private static final List<String> CODE_FRAMES = List.of(
      "This reflection concerns {}, seen weekly since the autumn.",
      "I compared my notes on {} with the plan from last month.",
      "Supervision time was split between {} and a new referral.",
      "The agreement with {} is due for review.",
      "I re-read the plan filed as {}-S03-plan before writing this.");
  private static final List<String> CODES = List.of(
      "CL-0417", "CL-0552", "CL-0630", "CL-1029", "cl-0088", "CL-2210", "CL-0417", "CL-0901", "CL-0552",
      "CL-3307", "CL-0630", "CL-0012", "CL-7781", "CL-0417", "CL-4402", "CL-0215", "CL-1029", "CL-0552",
      "CL-5150", "CL-0088");

  /** Sentences planting several identifiers at once, or naming someone twice, as notes really do. */
  private static final List<String> MIXED = List.of(
      "Her sister {{NAME:Maria}} drove her in, and {{NAME:Maria}} waited in the car for the whole session.",
      "Dr {{NAME:Okonjo}} at the surgery on {{ADDRESS:3 Station Road}} can be reached on {{PHONE:0114 496 0777}}.",
      "He emailed {{EMAIL:jake.m@example.net}} on {{DATE:2 March 2026}} from {{IP_ADDRESS:203.0.113.99}}.",
      "The client, {{CLIENT_CODE:CL-0417}}, said her father ({{AGE:94}} years old) had moved to {{POSTCODE:LS1 4AP}}.",
      "Mrs {{NAME:Achebe}} rang the lab; later {{NAME:Achebe}} wrote again from {{EMAIL:n.achebe@example.com}}.",
      "His friend called {{NAME:Rory}} lives at {{ADDRESS:8 Tannery Lane}}, {{POSTCODE:YO1 7HH}}, and {{NAME:Rory}} has a key.",
      "Her account {{ID_NUMBER:77120934}} was frozen on {{DATE:14/01/2026}}, the day before session 4.",
      "The letter from Dr {{NAME:Haddad}} ({{PHONE:+44 161 496 0123}}) was dated {{DATE:5 Jan 2026}}.");

  /**
   * Planted identifiers written after the rules were tuned on the rest of the corpus, in formats and
   * sentences the rules had not been run on. On their first run the rules masked 48 of these 53; the
   * misses (a date written 10-Mar-2026, a phone number with its area code in brackets, "a woman of 93",
   * "her dad (92)") led to four more rules, and one was a planting mistake ("mid-" is not identifying),
   * so these are no longer unseen: they are kept as a record and as regression cases.
   */
  private static final List<String> HELD_OUT = List.of(
      "She wrote from {{EMAIL:Jo.Baker@Example.co.uk}} and copied in {{EMAIL:first.last@sub.domain.example.com}}.",
      "The only contact he would give was {{EMAIL:x@y.io}}.",
      "His work number is {{PHONE:+44-20-7946-0958}}, or {{PHONE:020-7946-0958}} from inside the building.",
      "Her mother's landline, {{PHONE:(020) 7946 0958}}, is the one she never answers.",
      "He gave {{PHONE:07700-900-123}} and then {{PHONE:+1.212.555.0101}} as a backup.",
      "Please ring {{PHONE:555 123 4567}} if she does not arrive, the note said.",
      "The card read tel: {{PHONE:0207 946 0000}} and mobile: {{PHONE:+447700900999}}.",
      "She found the old forum at {{URL:http://example.com}} and the archive at {{URL:HTTPS://WWW.EXAMPLE.ORG/A}}.",
      "The files were on {{URL:ftp://files.example.net/x}}, he said, or at {{URL:www.example.co.uk}}.",
      "The router log showed {{IP_ADDRESS:10.0.0.1:8080}} every night at the same time.",
      "The letter was dated {{DATE:2026.03.10}} and the reply {{DATE:10-Mar-2026}}.",
      "By {{DATE:March 2026}} she had stopped going out, and on {{DATE:Thursday, March 12th}} she called the lab.",
      "He wrote {{DATE:12.3.26}} on the form, then crossed it out and wrote {{DATE:1st of Feb, 2026}}.",
      "The tribunal is on {{DATE:10 Mar.}} and the appeal in mid-{{DATE:March 2026}}.",
      "She spoke about an old woman of {{AGE:93}} who lived next door as a child.",
      "His grandfather, {{AGE:93}}-years-old, still writes him letters.",
      "The referral said (age {{AGE:95}}) beside her grandmother's entry, and Age {{AGE:97}} for the great-uncle.",
      "Her dad ({{AGE:92}}) is in hospital again.",
      "The form showed SSN: {{ID_NUMBER:123456789}} and NHS No. {{ID_NUMBER:9434765919}}.",
      "The clinic letter gave MRN: {{ID_NUMBER:A-99812}} and Licence No: {{ID_NUMBER:12345-678}}.",
      "He read out passport {{ID_NUMBER:GB1234567}} while we filled in the travel form.",
      "She now lives in Leeds {{POSTCODE:LS1 4AP}}, she said; postcode: {{POSTCODE:LS2 9JT}}.",
      "His sister moved to NY {{POSTCODE:10001}}, and his cousin to zip: {{POSTCODE:02139}}.",
      "The card was sent to Cambridge, MA {{POSTCODE:02139-4307}}.",
      "She used to live at {{ADDRESS:45 High Street}}, then {{ADDRESS:2a Park Road}}.",
      "He now rents {{ADDRESS:Flat 7, 1 Market Square}}.",
      "Dr. {{NAME:O'Connor}} and Mrs {{NAME:Jane Doe}} were both at the meeting.",
      "Her brother, {{NAME:Sam}}, drove her to the session.",
      "Ms. {{NAME:Lee}} from the school rang Professor {{NAME:Wang}} about the report.",
      "Her aunt {{NAME:Fatima}} and his girlfriend {{NAME:Chloe}} both came up today.",
      "Nurse {{NAME:Ratched}} was how she described the ward manager, laughing.",
      "My client's son {{NAME:Eli}} has started nursery.",
      "I re-read {{CLIENT_CODE:CL-0417}}'s plan and ({{CLIENT_CODE:CL-0552}}) the agreement.");

  // ------------------------------------------------------------------------------------------------
  // Ordinary clinical prose that must come through unchanged

  static final List<String> CLEAN = List.of(
      "We met at 10:00 and finished on time at 10:50.",
      "The session lasted 50 minutes, as agreed in the frame.",
      "She rated trust 4 of 7 and communication 5 of 7.",
      "This was session 3 of the 12 we have agreed.",
      "He is 34 and works nights at the depot.",
      "The client, aged 45, said she had never talked about this before.",
      "Her father is 89 years old and still gardens every day.",
      "I summarised at about 25 minutes and again near the end.",
      "We spent 10 minutes on the check-in and 15 on the homework.",
      "She scored 14 on the PHQ-9 this week, down from 17.",
      "His GAD-7 score was 12, which we talked through together.",
      "I waited at least five seconds after each open question.",
      "The agenda added up to 55 minutes, five over the 50-minute session.",
      "We agreed to meet weekly for 8 weeks and then review.",
      "She said she sleeps about 4 hours a night at the moment.",
      "He has 2 children and sees them every other weekend.",
      "I rated my use of silence 3 out of 5.",
      "Empathy felt like a 6/10 today, lower than last week.",
      "We started at 14:30 because the room was double-booked.",
      "The lab's fee is 20 pounds a session, reduced to 5 for students.",
      "She was 17 when she first left home.",
      "Around 40 minutes in, the client became tearful.",
      "He has been sober for 9 months and is proud of it.",
      "The client has been with us since 2024.",
      "In 2019 she moved here for university.",
      "We used the Gibbs cycle for this reflection.",
      "Kolb's cycle helped me think about what to try in session 6.",
      "My supervisor suggested I reread clause 4 of the agreement.",
      "The agreement is on version 2 now.",
      "I asked one open question at a time, then waited.",
      "She walks about 3 miles to the lab, which takes her an hour.",
      "He described a panic attack lasting roughly 20 minutes.",
      "Her mother is 72 and has recently retired.",
      "The client is a 28-year-old student in her final year.",
      "His grandfather died at 81, when the client was 10.",
      "We ended at 11:50, two minutes early, by mutual agreement.",
      "I felt my empathy was around 5 on the 7-point scale.",
      "She said she drinks 2 or 3 glasses of wine most evenings.",
      "The client missed sessions 4 and 5 without notice.",
      "Session 7 will be our midpoint review.",
      "He works 60 hours a week and feels constantly tired.",
      "Our next session is on Tuesday at 9:30.",
      "She asked whether we could move to 45-minute sessions.",
      "He gave the relationship a 5, the same as last time.",
      "It took about 30 seconds before she answered.",
      "I counted at least 3 moments where I interrupted.",
      "The video call froze twice, each time for a minute or so.",
      "We agreed a 24-hour notice period for cancellations.",
      "The client said she has moved house 6 times in 5 years.",
      "He is 19 and lives with his parents.",
      "Her son is 8 and has started at a new school.",
      "She is 67 and caring for her husband.",
      "The client, who is 52, has recently been made redundant.",
      "I noticed I spoke for about 60 percent of the session.",
      "We reviewed the 3 goals from the plan.",
      "Goal 2 was only partly met.",
      "My supervisor and I spent 20 minutes on this note.",
      "The Thursday group meets at 16:00 in room 12.",
      "I will bring this to the group on Monday.",
      "She described her mood as 3 out of 10 on most mornings.",
      "The boundary event happened about 5 minutes before the end.",
      "He has tried 4 different jobs since leaving school.",
      "The client is 23 and recently finished an apprenticeship.",
      "She has 3 sisters and a younger brother.",
      "Her sister said she should try therapy, so she came.",
      "His brother is 31 and lives abroad.",
      "I paraphrased twice and reflected feelings once.",
      "We practised a grounding exercise for 5 minutes.",
      "She said it was the first time in 2 years she had cried in front of anyone.",
      "He rated the session 8 out of 10 on the feedback form.",
      "I used about 10 minimal encouragers in the first half.",
      "The client arrived 15 minutes late and apologised.",
      "We planned 4 agenda items but covered only 3.",
      "I need to keep my summaries under a minute.",
      "Supervision is every second Wednesday at 15:00.",
      "The trainee cohort has 14 students this year.",
      "She used to run 5 kilometres every morning.",
      "He takes 20 mg of his medication each morning.",
      "Her daughter turned 18 last week.",
      "The client aged 36 was referred by her GP.",
      "I was 10 minutes late writing up my notes.",
      "We talked about the 2 times she had felt safe this week.",
      "He said he checks his phone maybe 100 times a day.",
      "She described 3 nightmares since our last session.",
      "My self-rating for validation went from 3 to 4.",
      "We revisited the clause on contact between sessions.",
      "The client asked if she could bring her baby to session 9.",
      "I talked about my own reaction for about 30 seconds.",
      "He mentioned his mother, who is 85, lives nearby.",
      "Her partner works at the hospital and is often on nights.",
      "She has been on the waiting list for 18 months.",
      "At 10:15 the fire alarm test interrupted us for 2 minutes.",
      "The action points from session 2 were both done.",
      "I will try a midpoint summary at around 25 minutes.",
      "He scored 22 on the first measure and 18 on the second.",
      "Trust felt like 5, empathy 6 and communication 5.",
      "She said she has had 3 previous counsellors.",
      "We agreed to review progress after session 10.",
      "He spent 2 years working overseas before coming back.",
      "The client is in her 40s and works in retail.",
      "Her grandmother is in her 90s and lives with the family.",
      "I felt about 70 percent sure my summary was accurate.",
      "The session took place by video from the lab's room 3.",
      "He arrived at 9:55 and sat in the waiting room.",
      "She asked for a 10-minute break halfway through.",
      "I noticed a long pause of about 15 seconds after my question.",
      "We had 50 minutes, and the last 5 felt rushed.",
      "The client said she was in her late 80s before she understood her mother.",
      "He described being 12 when his parents separated.",
      "The plan for session 4 carries over 2 action points.",
      "I asked about sleep, and she said 5 or 6 hours.",
      "He counted 7 days without a drink.",
      "We used What? So what? Now what? for this reflection.",
      "The fee sheet shows 3 bands of reduced fees.",
      "She said the bus journey takes 40 minutes each way.",
      "We met in room 204 at 10.30, as the usual room was taken.",
      "He called the Samaritans twice last week, which we talked about.",
      "She and her partner went to Spain in May.",
      "The client's son, now 14, sits his exams in June.",
      "Her friend from church invited her to a barbecue.",
      "I used the SOAP format for this note, as the lab asks.",
      "She rated the session 4/5 on the feedback card.",
      "On a scale from 0 to 10 she put herself at 7.",
      "He mentioned the 1990s several times, as if they were better.",
      "The 12-step group meets at 7pm on weekdays.",
      "We covered 2 of the 3 goals by 10:40.",
      "The fee went up by 2.5 percent in April.",
      "Version 1.2 of the clause template was used in this agreement.",
      "Her score dropped from 21 to 15 over 6 weeks.",
      "She catches the 7.15 train each morning.",
      "I followed the ethical framework, section 4.2, on recording.",
      "The client was seen at 09:00 on a Monday.",
      "Her father, a keen runner at 70, still does 10k races.",
      "She works for the NHS as a healthcare assistant.",
      "Her mum called her twice during the session.",
      "We practised 3-2-1 grounding before the end.",
      "She had 1-2-1 support at school.",
      "Between 2020 and 2022 she lived abroad.",
      "The client described 2020-2021 as the worst year of her life.",
      "He gave the session a 9.5 out of 10.",
      "The alliance measure has 12 items on a 5-point scale.",
      "She is 5 months pregnant and anxious about the birth.",
      "About 1 in 4 people go through something like this, I told him.",
      "Her partner, who is 41, works away a lot.",
      "He lives on the 11th floor and the lift is often broken.",
      "The client's rent went up to 950 a month.",
      "He owes about 12,000 on credit cards.",
      "He ran a marathon in 2019 and still talks about it.",
      "I noticed my heart rate was up, maybe 100 beats a minute.",
      "She said that some mornings she feels like a 90-year-old.",
      "March was a hard month for him.",
      "In May she will finish her course.",
      "On 3 occasions she left the room briefly.",
      "Sessions run from 9 to 5 on weekdays.",
      "Clause 7.2 covers gifts and favours.",
      "She wants to call her GP on Monday.",
      "He texted 3 times during the week to change the time.",
      "I rang reception at 9.05 to check the room.",
      "He is number 4 on the waiting list.",
      "The records from 2023 were missing from the file.",
      "Policy 12 of the lab covers recording.",
      "She walked 10,000 steps a day during the summer.",
      "The hospital is 25 miles away, which makes visiting hard.",
      "Patient 1 and patient 2 in the case study were both teenagers.");

  /** Identifiers the rules are known to miss; printed, not counted. */
  static final List<String> KNOWN_GAPS = List.of(
      "Maria rang the lab in tears.",
      "She has lived in Leeds all her life.",
      "He walks along Elm Road to the bus.",
      "The router's address was 2001:db8::1.",
      "Her birthday is on the fourth of March.",
      "He is ninety-three and still drives.",
      "You can write to jo dot baker at example dot org.",
      "She works at Greenfield Primary School as a cook.");

  private PlantedCorpus() {
  }

  /** @return the corpus as paragraphs of five sentences, planted and clean mixed, in a fixed order */
  static List<Paragraph> build() {
    List<Sentence> sentences = new ArrayList<>();
    add(sentences, EMAIL_FRAMES, EMAILS, IdentifierKind.EMAIL);
    add(sentences, PHONE_FRAMES, PHONES, IdentifierKind.PHONE);
    add(sentences, URL_FRAMES, URLS, IdentifierKind.URL);
    add(sentences, IP_FRAMES, IPS, IdentifierKind.IP_ADDRESS);
    add(sentences, DATE_FRAMES, DATES, IdentifierKind.DATE);
    add(sentences, AGE_FRAMES, AGES, null);
    add(sentences, ID_FRAMES, IDS, null);
    add(sentences, POSTCODE_FRAMES, POSTCODES, null);
    add(sentences, ADDRESS_FRAMES, ADDRESSES, IdentifierKind.ADDRESS);
    add(sentences, NAME_FRAMES, NAMES, null);
    add(sentences, CODE_FRAMES, CODES, IdentifierKind.CLIENT_CODE);
    for (String mixed : MIXED) {
      sentences.add(parse(mixed));
    }
    for (String heldOut : HELD_OUT) {
      Sentence sentence = parse(heldOut);
      sentences.add(new Sentence(sentence.text(),
          sentence.planted().stream().map(p -> new Planted(p.kind(), p.text(), p.start(), p.end(), true)).toList(), false));
    }
    for (String clean : CLEAN) {
      sentences.add(new Sentence(clean, List.of(), true));
    }
    Collections.shuffle(sentences, new Random(20260310L));

    List<Paragraph> paragraphs = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += 5) {
      StringBuilder text = new StringBuilder();
      List<Planted> planted = new ArrayList<>();
      List<Clean> clean = new ArrayList<>();
      for (Sentence sentence : sentences.subList(from, Math.min(from + 5, sentences.size()))) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int offset = text.length();
        text.append(sentence.text());
        for (Planted p : sentence.planted()) {
          planted.add(new Planted(p.kind(), p.text(), p.start() + offset, p.end() + offset, p.heldOut()));
        }
        if (sentence.clean()) {
          clean.add(new Clean(sentence.text(), offset, offset + sentence.text().length()));
        }
      }
      paragraphs.add(new Paragraph(text.toString(), planted, clean));
    }
    return paragraphs;
  }

  private record Sentence(String text, List<Planted> planted, boolean clean) {
  }

  /** Puts value i into frame i mod the number of frames; a value without marks is planted whole as {@code kind}. */
  private static void add(List<Sentence> sentences, List<String> frames, List<String> values, IdentifierKind kind) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String marked = value.contains("{{") ? value : "{{" + kind.name() + ":" + value + "}}";
      sentences.add(parse(frames.get(i % frames.size()).replace("{}", marked)));
    }
  }

  private static Sentence parse(String template) {
    StringBuilder text = new StringBuilder();
    List<Planted> planted = new ArrayList<>();
    Matcher m = MARK.matcher(template);
    int last = 0;
    while (m.find()) {
      text.append(template, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      planted.add(new Planted(IdentifierKind.valueOf(m.group(1)), m.group(2), start, text.length(), false));
      last = m.end();
    }
    text.append(template.substring(last));
    return new Sentence(text.toString(), planted, false);
  }
}
