// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.signing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Document;
import org.rapport.model.RapportFactory;
import org.rapport.model.ReflectionNote;
import org.rapport.model.SignedStep;
import org.rapport.model.operations.Agreements;
import org.rapport.model.operations.ReviewWorkflow;
import org.rapport.model.time.Dates;

/**
 * The signed steps of a document as a chain, and the one definition of the bytes a step's
 * signature covers. XMI is not signed: its attribute order, whitespace and ids may change with no
 * change of meaning. The canonical bytes of a step are, in UTF-8,
 *
 * <pre>
 * rapport-step 1\n
 * document=&lt;n&gt;:&lt;id&gt;\n
 * version=&lt;n&gt;:&lt;document version&gt;\n
 * content=&lt;n&gt;:&lt;SHA-256 of the content, hex&gt;\n
 * step=&lt;n&gt;:&lt;step name&gt;\n
 * actor=&lt;n&gt;:&lt;person id&gt;\n
 * key=&lt;n&gt;:&lt;fingerprint of the signer's public key&gt;\n
 * at=&lt;n&gt;:&lt;yyyy-MM-ddTHH:mm:ss&gt;\n
 * previous=&lt;n&gt;:&lt;digest of the previous step, or empty&gt;\n
 * detail=&lt;n&gt;:&lt;comment, reason, or what a recorded signature says&gt;\n
 * </pre>
 *
 * where {@code <n>} is the number of UTF-8 bytes of the value that follows, so no value can end
 * early or run into the next. A step's digest, which the next step names as its previous one, is
 * the SHA-256 of its canonical bytes followed by its 64 signature bytes. The step a step names is
 * the one before it, except where two workstations' steps were united: in a note ({@link
 * NoteUnion}) a step may name an earlier one when only comments lie between, and in an agreement
 * ({@link AgreementUnion}) a signature step may name an earlier one when only signature steps do.
 */
public final class StepChain {

  /** The first line of every step's canonical bytes; a new layout gets a new number. */
  public static final String FORMAT = "rapport-step 1";
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private StepChain() {
  }

  /** The canonical bytes of {@code step} of {@code document} (see the class comment). */
  public static byte[] canonicalBytes(Document document, SignedStep step) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    field(text, "document", document.getId());
    field(text, "version", Integer.toString(step.getDocumentVersion()));
    field(text, "content", step.getContentDigest());
    field(text, "step", step.getStep());
    field(text, "actor", step.getActorId());
    field(text, "key", Keys.fingerprint(step.getPublicKey()));
    field(text, "at", step.getAt() == null ? "" : AT.format(Dates.time(step.getAt())));
    field(text, "previous", step.getPreviousDigest());
    field(text, "detail", step.getDetail());
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static void field(StringBuilder text, String name, String value) {
    String shown = value == null ? "" : value;
    text.append(name).append('=').append(shown.getBytes(StandardCharsets.UTF_8).length).append(':').append(shown).append('\n');
  }

  /** The digest the step after {@code step} names as its previous one. */
  public static String digest(Document document, SignedStep step) {
    byte[] canonical = canonicalBytes(document, step);
    byte[] signature = signatureBytes(step);
    byte[] both = new byte[canonical.length + signature.length];
    System.arraycopy(canonical, 0, both, 0, canonical.length);
    System.arraycopy(signature, 0, both, canonical.length, signature.length);
    return HexFormat.of().formatHex(Keys.sha256(both));
  }

  /** The signature bytes of {@code step}, or none when its Base64 is damaged. */
  public static byte[] signatureBytes(SignedStep step) {
    try {
      return step.getSignature() == null ? new byte[0] : Base64.getDecoder().decode(step.getSignature().strip());
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /**
   * The position in {@code have} of the first step that {@code other} lacks (steps are the same when
   * their signatures are), or -1 when {@code other} holds them all, in whatever order a union of
   * two workstations' steps left them.
   */
  public static int firstMissing(List<SignedStep> have, List<SignedStep> other) {
    java.util.Set<String> signatures = new java.util.HashSet<>();
    other.forEach(step -> signatures.add(step.getSignature()));
    for (int i = 0; i < have.size(); i++) {
      if (!signatures.contains(have.get(i).getSignature())) {
        return i;
      }
    }
    return -1;
  }

  /** The version a step of {@code document} is taken on: an agreement's version number, else 1. */
  public static int versionOf(Document document) {
    return document instanceof BoundaryAgreement agreement ? agreement.getVersion() : 1;
  }

  /** SHA-256 of what {@code document} says, as its steps sign it: the same digest its signatures of old held. */
  public static String contentDigest(Document document) {
    if (document instanceof ReflectionNote note) {
      return ReviewWorkflow.fingerprint(note);
    }
    if (document instanceof BoundaryAgreement agreement) {
      return Agreements.fingerprint(agreement);
    }
    throw new IllegalArgumentException(document.eClass().getName() + " has no signed workflow");
  }

  /**
   * Appends a step signed by {@code signer} over the document as it stands now (so call it after
   * the step's change is made), chained to the last step.
   */
  public static SignedStep append(Document document, String stepName, Signer signer, LocalDateTime at, String detail) {
    SignedStep step = RapportFactory.eINSTANCE.createSignedStep();
    step.setStep(stepName);
    step.setActorId(signer.person().getId());
    step.setAt(Dates.of(at == null ? null : at.withNano(0)));
    step.setDocumentVersion(versionOf(document));
    step.setContentDigest(contentDigest(document));
    List<SignedStep> steps = document.getSteps();
    step.setPreviousDigest(steps.isEmpty() ? "" : digest(document, steps.get(steps.size() - 1)));
    step.setDetail(detail == null ? "" : detail);
    step.setPublicKey(Keys.encode(signer.publicKey()));
    step.setSignature(Base64.getEncoder().encodeToString(signer.sign(canonicalBytes(document, step))));
    steps.add(step);
    return step;
  }
}
