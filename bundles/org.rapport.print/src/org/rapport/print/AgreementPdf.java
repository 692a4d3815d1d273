// SPDX-License-Identifier: EPL-2.0
package org.rapport.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.Party;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.model.time.Dates;

/**
 * A boundary agreement as a paginated A4 PDF for the client to read and sign: the title, the
 * parties, the included clauses grouped by category, a signature line for each party (or the
 * signature recorded), and on every page a footer with the client, version, status, date printed
 * and page number. Text is set in Liberation Sans, which PDFBox ships, so any Latin, Greek or
 * Cyrillic clause prints; a character the font lacks prints as "?" rather than failing the print.
 */
public final class AgreementPdf {

  private static final float MARGIN = 56;
  private static final float FOOTER = 36;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private AgreementPdf() {
  }

  /**
   * Writes the PDF to {@code target} through a temporary file beside it, so an existing file is
   * replaced whole or not at all (a full disk leaves the old print as it was).
   */
  public static void save(BoundaryAgreement agreement, Path target, LocalDate printedOn) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, ".print-", ".pdf");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        write(agreement, out, printedOn);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes the PDF of {@code agreement} to {@code out}. */
  public static void write(BoundaryAgreement agreement, OutputStream out, LocalDate printedOn) throws IOException {
    try (PDDocument document = new PDDocument()) {
      new Layout(document, agreement).run(printedOn);
      document.getDocumentInformation().setTitle("Agreement " + agreement.getClientCode() + " version " + agreement.getVersion());
      document.getDocumentInformation().setCreator("Rapport Workbench");
      document.save(out);
    }
  }

  /** The clauses included in the agreement, by category in the order the categories first appear. */
  static Map<ClauseCategory, List<Clause>> byCategory(BoundaryAgreement agreement) {
    Map<ClauseCategory, List<Clause>> grouped = new LinkedHashMap<>();
    for (Clause clause : agreement.getClauses()) {
      if (clause.isIncluded()) {
        grouped.computeIfAbsent(clause.getCategory(), c -> new ArrayList<>()).add(clause);
      }
    }
    return grouped;
  }

  /** "supervision-and-recording" → "Supervision and recording". */
  public static String words(String literal) {
    String spaced = literal == null ? "" : literal.replace('-', ' ');
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** Lays the agreement out page by page. */
  private static final class Layout {
    private final PDDocument document;
    private final BoundaryAgreement agreement;
    private final PDFont text;
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    Layout(PDDocument document, BoundaryAgreement agreement) throws IOException {
      this.document = document;
      this.agreement = agreement;
      try (InputStream font = PDDocument.class.getResourceAsStream(FONT)) {
        if (font == null) {
          throw new IOException("The PDF library's font " + FONT + " is missing; the agreement was not printed.");
        }
        text = PDType0Font.load(document, font, true);
      }
    }

    void run(LocalDate printedOn) throws IOException {
      newPage();
      paragraph(heading("Agreement for our work together"), 18, 6);
      String status = agreement.getStatus().getLiteral();
      paragraph(text, "Client " + agreement.getClientCode() + " \u00b7 version " + agreement.getVersion() + " \u00b7 " + status, 11, 2);
      List<String> dates = new ArrayList<>();
      if (agreement.getEffectiveDate() != null) {
        dates.add("In effect from " + DAY.format(Dates.day(agreement.getEffectiveDate())));
      }
      if (agreement.getReviewDate() != null) {
        dates.add("to be reviewed together by " + DAY.format(Dates.day(agreement.getReviewDate())));
      }
      if (!dates.isEmpty()) {
        paragraph(text, String.join("; ", dates) + ".", 10, 2);
      }
      if (agreement.getSupersedes() != null) {
        paragraph(text, "This version replaces the agreement " + agreement.getSupersedes() + ".", 10, 2);
      }
      space(10);
      paragraph(heading("Who this agreement is between"), 13, 4);
      for (Party party : agreement.getParties()) {
        paragraph(text, words(party.getRole().getLiteral()) + ": " + name(party), 10.5f, 2);
      }
      for (Map.Entry<ClauseCategory, List<Clause>> category : byCategory(agreement).entrySet()) {
        space(12);
        keepTogether(60);
        paragraph(heading(words(category.getKey().getLiteral())), 13, 4);
        for (Clause clause : category.getValue()) {
          keepTogether(40);
          if (!words(category.getKey().getLiteral()).equalsIgnoreCase(String.valueOf(clause.getTitle()).strip())) {
            paragraph(heading(clause.getTitle()), 11, 2);   // a title that only repeats its category is not printed twice
          }
          paragraph(text, clause.getText(), 10.5f, 8);
        }
      }
      signatures();
      footers(printedOn);
    }

    private void signatures() throws IOException {
      space(14);
      keepTogether(120);
      paragraph(heading("Signatures"), 13, 4);
      paragraph(text, "By signing, each of us agrees to the frame set out above. Either of us can ask to review it at any time.", 10, 8);
      for (Party party : agreement.getParties()) {
        keepTogether(50);
        Signature signature = Agreements.signatureOf(agreement, party).orElse(null);
        if (signature != null) {
          String how = signature.getMethod() == SignatureMethod.PAPER_RECORDED ? "signed on paper, recorded in Rapport" : "signed in the session";
          paragraph(text, words(party.getRole().getLiteral()) + " (" + name(party) + "): " + how
              + (signature.getSignedAt() == null ? "" : ", " + WHEN.format(Dates.time(signature.getSignedAt()))) + ".", 10.5f, 2);
          paragraph(text, keyLine(party), 7.5f, 10);
        } else {
          space(22);
          float lineY = y;
          stream.setLineWidth(0.6f);
          stream.moveTo(MARGIN, lineY);
          stream.lineTo(MARGIN + width * 0.55f, lineY);
          stream.moveTo(MARGIN + width * 0.65f, lineY);
          stream.lineTo(MARGIN + width, lineY);
          stream.stroke();
          y -= 12;
          show(text, 9, MARGIN, y, words(party.getRole().getLiteral()) + ": " + name(party));
          show(text, 9, MARGIN + width * 0.65f, y, "Date");
          y -= 10;
        }
      }
      space(8);
      paragraph(text, "Fingerprint of this text (SHA-256): " + Agreements.fingerprint(agreement), 7.5f, 0);
    }

    /** The name a person has as a party of the agreement, else their id. */
    private String actorName(String personId) {
      return agreement.getParties().stream().filter(p -> p.getRole() != org.rapport.model.PartyRole.CLIENT && personId != null
          && personId.equals(p.getReference())).findFirst()
          .map(p -> p.getDisplayName() != null && !p.getDisplayName().isBlank() ? p.getDisplayName() : personId).orElse(personId);
    }

    /** Which key signed the step that recorded {@code party}'s signature, so a reader can compare it with its owner's. */
    private String keyLine(Party party) {
      String role = "role=" + party.getRole().getLiteral() + ";";
      for (org.rapport.model.SignedStep step : agreement.getSteps()) {
        if ("sign".equals(step.getStep()) && step.getDetail() != null && step.getDetail().startsWith(role)) {
          return "Recorded by " + actorName(step.getActorId()) + ", key fingerprint "
              + org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(step.getPublicKey()));
        }
      }
      return agreement.getSteps().stream().filter(step -> Agreements.ATTEST.equals(step.getStep())).findFirst()
          .map(step -> "Given before Rapport signed steps; attested by " + actorName(step.getActorId()) + ", key fingerprint "
              + org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(step.getPublicKey())))
          .orElse("Not signed with a key (recorded before Rapport signed steps).");
    }

    /** The footer of every page, written once the number of pages is known. */
    private void footers(LocalDate printedOn) throws IOException {
      stream.close();
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        PDPage page = document.getPage(i);
        try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          stream = footer;
          String line = "Agreement " + agreement.getClientCode() + " \u00b7 version " + agreement.getVersion() + " ("
              + agreement.getStatus().getLiteral() + ") \u00b7 printed " + DAY.format(printedOn) + " \u00b7 page " + (i + 1) + " of " + pages;
          footer.setLineWidth(0.4f);
          footer.moveTo(MARGIN, FOOTER + 10);
          footer.lineTo(MARGIN + width, FOOTER + 10);
          footer.stroke();
          show(text, 8, MARGIN, FOOTER, line);
        }
      }
      stream = null;
    }

    private static String name(Party party) {
      if (party.getRole() == org.rapport.model.PartyRole.CLIENT) {
        return String.valueOf(party.getReference());   // the client appears by code only
      }
      String shown = party.getDisplayName() == null || party.getDisplayName().isBlank() ? "" : party.getDisplayName();
      String reference = party.getReference() == null ? "not named" : party.getReference();
      return shown.isEmpty() || shown.contains(reference) ? (shown.isEmpty() ? reference : shown) : shown + " (" + reference + ")";
    }

    /** Our bold face when the heading fits its character set, else the text face. */
    private Heading heading(String value) {
      return new Heading(value);
    }

    private record Heading(String value) {
    }

    private void paragraph(Heading heading, float size, float after) throws IOException {
      String value = heading.value() == null ? "" : heading.value();
      paragraph(encodable(bold, value) ? bold : text, value, size, after);
    }

    private void paragraph(PDFont font, String value, float size, float after) throws IOException {
      float leading = size * 1.3f;
      for (String line : wrap(font, clean(font, value), size)) {
        if (y - leading < MARGIN + FOOTER) {
          newPage();
        }
        y -= leading;
        show(font, size, MARGIN, y, line);
      }
      y -= after;
    }

    private void show(PDFont font, float size, float x, float at, String value) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, at);
      stream.showText(value);
      stream.endText();
    }

    private void space(float points) {
      y -= points;
    }

    /** Starts a new page unless {@code points} still fit, so a heading is not left alone at the foot of a page. */
    private void keepTogether(float points) throws IOException {
      if (y - points < MARGIN + FOOTER) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Lines of at most the text width, broken between words (inside a word only when it alone is too long). */
    private List<String> wrap(PDFont font, String value, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : value.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (width(font, candidate, size) <= width) {
            line.setLength(0);
            line.append(candidate);
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          String rest = word;
          while (width(font, rest, size) > width) {
            int cut = rest.length() - 1;
            while (cut > 1 && width(font, rest.substring(0, cut), size) > width) {
              cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
          }
          line.append(rest);
        }
        lines.add(line.toString());
      }
      return lines;
    }

    private static float width(PDFont font, String value, float size) throws IOException {
      return font.getStringWidth(value) / 1000 * size;
    }

    /** Tabs and other control characters become spaces; characters the font cannot show become "?". */
    private String clean(PDFont font, String value) {
      if (value == null) {
        return "";
      }
      StringBuilder cleaned = new StringBuilder(value.length());
      value.replace("\r\n", "\n").codePoints().forEach(cp -> {
        if (cp == '\n') {
          cleaned.append('\n');
        } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
          cleaned.append(' ');
        } else if (font == text ? printable.computeIfAbsent(cp, c -> encodable(text, Character.toString(c))) : encodable(font, Character.toString(cp))) {
          cleaned.appendCodePoint(cp);
        } else {
          cleaned.append('?');
        }
      });
      return cleaned.toString();
    }

    private static boolean encodable(PDFont font, String value) {
      try {
        font.encode(value);
        return font.getStringWidth(value) >= 0;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }
  }
}
