// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.Person;
import org.rapport.model.PersonKey;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.signing.ChainCheck;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.model.signing.StepChain;
import org.rapport.store.CasebookStore;
import org.rapport.store.LoadResult;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.model.time.Dates;

/**
 * {@code rapport verify}: prints each document's signed steps as verified against the people of the
 * casebook, and exits 1 on any failure. {@code --export} writes one document's steps as files that
 * OpenSSL checks on its own; {@code --attest} has a supervisor sign the steps documents went through
 * before Rapport signed steps.
 */
public final class VerifyApplication extends HeadlessCommand {

  static final String USAGE = "usage: rapport verify <casebook folder>\n"
      + "       rapport verify <casebook folder> --export <document id> <folder>\n"
      + "       rapport verify <casebook folder> --attest --as <person id>";

  private static final EnumSet<DocumentKind> SIGNED_KINDS = EnumSet.of(DocumentKind.REFLECTION, DocumentKind.AGREEMENT);

  @Override
  String usage() {
    return USAGE + "\n"
        + "Verifies every signed step of the casebook's reflections and agreements: its signature, that it\n"
        + "follows the step before it, that its signer could take it, and that the document is what was signed.\n"
        + "Exit 1 when anything fails. --export writes, for each step <n> of one document, <n>.bin (the bytes\n"
        + "signed), <n>.sig (the Ed25519 signature) and <n>.pem (the signer's public key), for\n"
        + "  openssl pkeyutl -verify -pubin -inkey <n>.pem -rawin -in <n>.bin -sigfile <n>.sig\n"
        + "--attest signs, as a supervisor, the steps taken before signing existed (their passphrase comes\n"
        + "from RAPPORT_PERSON_PASSPHRASE or the console).";
  }

  @Override
  int execute(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return run(args, store, out, err);
  }

  /** The command itself, apart from the platform, so that tests can call it. */
  public static int run(String[] args, CasebookStore store, PrintStream out, PrintStream err) {
    return guarded("verify", err, () -> {
      if (args.length == 1) {
        return verifyAll(Path.of(args[0]), store, out, err);
      }
      if (args.length == 4 && "--export".equals(args[1])) {
        return export(Path.of(args[0]), args[2], Path.of(args[3]), store, out, err);
      }
      if (args.length == 4 && "--attest".equals(args[1]) && "--as".equals(args[2])) {
        return attest(Path.of(args[0]), args[3], store, out, err);
      }
      err.println(USAGE);
      return 2;
    });
  }

  private static int verifyAll(Path folder, CasebookStore store, PrintStream out, PrintStream err) {
    try (OpenCasebook open = store.openForReading(folder, Services.passphraseFor(folder, err))) {
      org.rapport.model.signing.Roster roster = open.signing().roster();
      ChainCheck check = new ChainCheck(roster);
      for (Person person : open.index().getPeople()) {
        out.println(person.getName() + " (" + person.getId() + "): " + (person.getKeys().isEmpty() ? "no key" : ""));
        for (PersonKey key : person.getKeys()) {
          String notCounted = roster.refusal(person, key);
          out.println("  key " + Keys.shown(Keys.fingerprint(key.getPublicKey())) + (key.getRetired() == null ? "" : ", retired " + Dates.time(key.getRetired()))
              + (!roster.endorsing() ? "" : notCounted == null ? ", endorsed by the owner" : ", DOES NOT COUNT: " + notCounted));
        }
      }
      int errors = 0;
      int warnings = 0;
      if (!roster.endorsing() && open.index().getPeople().stream().anyMatch(p -> !p.getKeys().isEmpty())) {
        out.println("warning: the owner has not endorsed the people's keys (they were listed before endorsement existed);"
            + " the owner endorses them with rapport keys " + folder + " --endorse --as <owner's id>");
        warnings++;
      }
      int steps = 0;
      for (DocumentEntry entry : open.entries(SIGNED_KINDS)) {
        LoadResult loaded = open.load(entry);
        if (!loaded.ok()) {
          out.println(entry.getFile() + ": ERROR cannot be read: " + loaded.problem().cause());
          errors++;
          continue;
        }
        ChainCheck.Result result = check.verify(loaded.document());
        out.println(entry.getFile() + ": " + entry.getStatus() + ", " + result.lines().size() + " signed step"
            + (result.lines().size() == 1 ? "" : "s"));
        int n = 1;
        for (ChainCheck.Line line : result.lines()) {
          out.println("  " + n++ + ". " + line.text());
        }
        for (ChainCheck.Finding finding : result.findings()) {
          boolean error = finding.severity() == ChainCheck.Severity.ERROR;
          out.println("  " + (error ? "ERROR: " : "warning: ") + finding.message());
          errors += error ? 1 : 0;
          warnings += error ? 0 : 1;
        }
        steps += result.lines().size();
      }
      java.util.Optional<String> trail = open.audit().verify();
      if (trail.isPresent()) {
        out.println("audit trail: ERROR: " + trail.get());
        errors++;
      }
      out.println(steps + " signed steps; " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
          + (warnings == 1 ? "" : "s"));
      return errors == 0 ? 0 : 1;
    } catch (org.rapport.store.PassphraseException e) {
      err.println("rapport verify: " + e.getMessage());
      return 2;
    } catch (StoreException e) {
      // a casebook that cannot be opened (its key file gone, its index damaged) fails verification
      err.println("rapport verify: " + e.getMessage());
      return 1;
    }
  }

  private static int export(Path folder, String documentId, Path target, CasebookStore store, PrintStream out, PrintStream err) {
    try (OpenCasebook open = store.openForReading(folder, Services.passphraseFor(folder, err))) {
      DocumentEntry entry = open.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> documentId.equals(e.getDocumentId()))
          .findFirst().orElse(null);
      if (entry == null) {
        err.println("rapport verify: the casebook has no document " + documentId);
        return 2;
      }
      LoadResult loaded = open.load(entry);
      if (!loaded.ok()) {
        err.println("rapport verify: " + entry.getFile() + " cannot be read: " + loaded.problem().cause());
        return 2;
      }
      Document document = loaded.document();
      Files.createDirectories(target);
      List<SignedStep> steps = document.getSteps();
      for (int i = 0; i < steps.size(); i++) {
        SignedStep step = steps.get(i);
        int n = i + 1;
        Files.write(target.resolve(n + ".bin"), StepChain.canonicalBytes(document, step));
        Files.write(target.resolve(n + ".sig"), StepChain.signatureBytes(step));
        String pem = Keys.decode(step.getPublicKey()).map(Keys::pem).orElse("");
        Files.writeString(target.resolve(n + ".pem"), pem);
      }
      out.println(steps.size() + " step" + (steps.size() == 1 ? "" : "s") + " of " + documentId + " written to " + target);
      return 0;
    } catch (StoreException | IOException e) {
      err.println("rapport verify: " + e.getMessage());
      return 2;
    }
  }

  private static int attest(Path folder, String personId, CasebookStore store, PrintStream out, PrintStream err) {
    try (OpenCasebook open = store.open(folder, Services.passphraseFor(folder, err))) {
      char[] passphrase = Services.personPassphrase(personId);
      Signer signer;
      try {
        signer = open.signing().signIn(personId, passphrase);
      } finally {
        if (passphrase != null) {
          Arrays.fill(passphrase, '\0');
        }
      }
      open.signing().recordAs(signer);
      LocalDateTime now = LocalDateTime.now().withNano(0);
      int signed = 0;
      for (DocumentEntry entry : open.entries(SIGNED_KINDS)) {
        LoadResult loaded = open.load(entry);
        if (!loaded.ok() || !loaded.document().getSteps().isEmpty()) {
          continue;
        }
        Document document = loaded.document();
        if (document instanceof ReflectionNote note && note.getStatus() != org.rapport.model.ReviewStatus.DRAFT) {
          ReviewWorkflow.attest(note, signer, now);
        } else if (document instanceof BoundaryAgreement agreement && agreement.getStatus() != org.rapport.model.AgreementStatus.DRAFT) {
          Agreements.attest(agreement, signer, now);
        } else {
          continue;
        }
        open.save(document, personId);
        out.println(entry.getFile() + ": earlier steps signed by " + signer.person().getName());
        signed++;
      }
      out.println(signed + " document" + (signed == 1 ? "" : "s") + " signed");
      return 0;
    } catch (StoreException | IllegalStateException e) {
      err.println("rapport verify: " + e.getMessage());
      return 2;
    }
  }
}
