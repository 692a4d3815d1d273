// SPDX-License-Identifier: EPL-2.0
package org.rapport.editor.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.Party;
import org.rapport.model.RapportPackage;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.operations.Agreements;
import org.rapport.print.AgreementPdf;
import org.rapport.model.time.Dates;

/** The printed agreement, read back with PDFBox's text extraction, and its first page rendered to look at. */
class AgreementPdfTest {

  private static final Path SEEDS = Path.of("../../seeds").toAbsolutePath().normalize();
  private static final LocalDate PRINTED = LocalDate.of(2026, 11, 26);

  private static BoundaryAgreement seed(String file) {
    ResourceSet set = new ResourceSetImpl();
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    set.getPackageRegistry().put(RapportPackage.eNS_URI, RapportPackage.eINSTANCE);
    return (BoundaryAgreement) set.getResource(URI.createFileURI(SEEDS.resolve("demo-casebook/clients/" + file).toString()), true)
        .getContents().get(0);
  }

  private static byte[] pdf(BoundaryAgreement agreement) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgreementPdf.write(agreement, out, PRINTED);
    return out.toByteArray();
  }

  /**
   * The text of every page without its footer (a clause may run on over a page break), with runs of
   * white space (line breaks of wrapped paragraphs) made one space.
   */
  static String text(byte[] pdf) throws IOException {
    StringBuilder text = new StringBuilder();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        for (String line : page(document, page).split("\\R")) {
          if (!FOOTER.matcher(line.strip()).matches()) {
            text.append(line).append('\n');
          }
        }
      }
    }
    return flat(text.toString());
  }

  /** The footer line of each page. */
  private static List<String> footers(byte[] pdf) throws IOException {
    List<String> found = new java.util.ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        page(document, page).lines().map(String::strip).filter(line -> FOOTER.matcher(line).matches()).forEach(found::add);
      }
    }
    return found;
  }

  private static String page(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile("Agreement CL-\\d+ \u00b7 version .* \u00b7 page \\d+ of \\d+");

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void aSignedAgreementPrintsEveryIncludedClauseItsSignaturesAndAFooterOnEveryPage() throws IOException {
    BoundaryAgreement agreement = seed("CL-0417/agreement-v2.xmi");
    byte[] pdf = pdf(agreement);
    String text = text(pdf);
    int pages;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
      BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 90);
      Path png = Path.of("target/screenshots/agreement-pdf-page1.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(first, "png", png.toFile());
    }
    assertTrue(pages >= 2, "fourteen clauses take more than a page: " + pages);
    for (Clause clause : agreement.getClauses()) {
      if (clause.isIncluded()) {
        assertTrue(text.contains(flat(clause.getTitle())), "the title of " + clause.getId());
        assertTrue(text.contains(flat(clause.getText())), "the whole text of " + clause.getId());
      } else {
        assertFalse(text.contains(flat(clause.getText())), "a clause left out is not printed: " + clause.getId());
      }
    }
    DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    for (Signature signature : agreement.getSignatures()) {
      String how = signature.getMethod() == SignatureMethod.PAPER_RECORDED ? "signed on paper, recorded in Rapport" : "signed in the session";
      assertTrue(text.contains(how + ", " + when.format(Dates.time(signature.getSignedAt()))), "the " + signature.getRole() + "'s signature");
    }
    for (Party party : agreement.getParties()) {
      assertTrue(text.contains(party.getReference()), "the party " + party.getReference());
    }
    List<String> footers = footers(pdf);
    assertEquals(pages, footers.size(), "a footer on every page");
    for (int page = 1; page <= pages; page++) {
      assertEquals("Agreement CL-0417 \u00b7 version 2 (signed) \u00b7 printed 26 November 2026 \u00b7 page " + page + " of " + pages,
          footers.get(page - 1));
    }
    assertTrue(text.contains(Agreements.fingerprint(agreement)), "the fingerprint of the text, to compare a paper copy with");
    org.rapport.model.SignedStep attest = agreement.getSteps().get(0);
    assertTrue(text.contains("attested by Supervisor M. Hollis, key fingerprint "
        + org.rapport.model.signing.Keys.shown(org.rapport.model.signing.Keys.fingerprint(attest.getPublicKey()))),
        "each signature says which key signed for it, by name: " + text);
    assertTrue(text.contains("This version replaces the agreement CL-0417-agreement-v1."));
  }

  @Test
  void aProposedAgreementPrintsASignatureLineForEachParty() throws IOException {
    BoundaryAgreement agreement = seed("CL-0630/agreement-v1.xmi");
    String text = text(pdf(agreement));
    for (Party party : agreement.getParties()) {
      assertTrue(text.contains(AgreementPdf.words(party.getRole().getLiteral()) + ": "), party.getRole().getLiteral());
    }
    assertEquals(3, text.split(" Date", -1).length - 1, "a date beside each of the three signature lines");
    assertFalse(text.contains("signed in the session"), "nobody has signed yet");
  }

  @Test
  void charactersTheFontLacksAndAnOverlongWordStillPrint() throws IOException {
    BoundaryAgreement agreement = seed("CL-0630/agreement-v1.xmi");
    String word = "x".repeat(400);
    agreement.getClauses().get(0).setText("Emoji \uD83D\uDE00, Chinese \u4F60\u597D, Greek \u03B1\u03B2, a tab\there and " + word + " end.");
    String text = text(pdf(agreement));
    assertTrue(text.contains("Emoji ?"), "a character the font lacks prints as ?");
    assertTrue(text.contains("Greek \u03B1\u03B2"), "Greek is in the font");
    assertTrue(text.contains("a tab here"), "a tab is a space");
    assertEquals(400, text.chars().filter(c -> c == 'x').count() - countX(agreement), "the long word is broken across lines, not lost");
  }

  /** The x's the other clauses and the footers hold, so the long word is counted alone. */
  private static long countX(BoundaryAgreement agreement) throws IOException {
    BoundaryAgreement without = org.eclipse.emf.ecore.util.EcoreUtil.copy(agreement);
    without.getClauses().get(0).setText("");
    return text(pdf(without)).chars().filter(c -> c == 'x').count();
  }

  @Test
  void aPrintThatCannotBeWrittenLeavesWhatWasThere(@TempDir Path folder) throws IOException {
    BoundaryAgreement agreement = seed("CL-0630/agreement-v1.xmi");
    Path target = folder.resolve("agreement.pdf");
    Files.createDirectories(target);
    Files.writeString(target.resolve("kept.txt"), "something the user keeps");
    assertThrows(IOException.class, () -> AgreementPdf.save(agreement, target, PRINTED), "a folder of that name is not replaced");
    assertEquals("something the user keeps", Files.readString(target.resolve("kept.txt")));
    assertEquals(List.of("agreement.pdf"), Files.list(folder).map(p -> p.getFileName().toString()).toList(), "no temporary file is left");

    Path good = folder.resolve("printed.pdf");
    AgreementPdf.save(agreement, good, PRINTED);
    assertTrue(text(Files.readAllBytes(good)).contains("Agreement for our work together"));
  }
}
