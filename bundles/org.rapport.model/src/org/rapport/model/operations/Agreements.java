// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.AgreementStatus;
import org.rapport.model.BoundaryAgreement;
import org.rapport.model.Clause;
import org.rapport.model.ClauseCategory;
import org.rapport.model.ClauseTemplate;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.Signature;
import org.rapport.model.SignatureMethod;
import org.rapport.model.signing.Signer;
import org.rapport.model.signing.StepChain;
import org.rapport.model.time.Dates;

/**
 * The life of a boundary agreement: drafted from clause templates, proposed, signed by every party
 * (each signature holding a fingerprint of the exact text signed), then superseded by a revision or
 * ended. A version that anyone has signed never changes; {@link #verify} finds one that was changed
 * outside Rapport. Each step says first whether it is allowed, and why not.
 */
public final class Agreements {

  /** A step of an agreement's life that the editor offers as a button. */
  public enum Step {
    PROPOSE("Propose"), WITHDRAW("Back to Draft"), SIGN("Record Signature\u2026"), REVISE("Revise"), END("End Agreement");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How a clause stands against the template it was drafted from. */
  public enum TemplateState {
    /** Word for word the template's text, at the template's current version. */
    AS_TEMPLATE,
    /** Its text differs from the template's. */
    EDITED,
    /** The same text as the version it came from, but the catalogue now has a newer version. */
    TEMPLATE_NEWER,
    /** Written for this agreement, not from a template. */
    OWN,
    /** Its template is not in the catalogues (an institution's template that is not installed). */
    TEMPLATE_UNKNOWN
  }

  /** The categories every agreement must include a clause of: the client knows the limits of confidentiality and that a trainee is supervised. */
  public static final Set<ClauseCategory> REQUIRED = org.rapport.model.validation.RapportConstraints.REQUIRED_CATEGORIES;
  /** Versions that were signed and may no longer change. */
  public static final Set<AgreementStatus> SIGNED_OFF = EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.SUPERSEDED, AgreementStatus.ENDED);

  private static final RapportFactory F = RapportFactory.eINSTANCE;

  private Agreements() {
  }

  /** The id of version {@code version} of a client's agreement. */
  public static String id(String clientCode, int version) {
    return clientCode + "-agreement-v" + version;
  }

  /**
   * A first draft for a client: the three parties and a clause from each template, in category
   * order (the catalogue's order within a category), each keeping its template's id and version.
   * "[supervisor]", "[trainee]" and "[client]" in a template's text are filled in with the parties' names.
   */
  public static BoundaryAgreement draft(String clientCode, Person trainee, Person supervisor, List<ClauseTemplate> templates,
      LocalDateTime now) {
    BoundaryAgreement agreement = F.createBoundaryAgreement();
    agreement.setId(id(clientCode, 1));
    agreement.setClientCode(clientCode);
    agreement.setAuthorId(trainee == null ? null : trainee.getId());
    agreement.setCreated(Dates.of(now));
    agreement.setModified(Dates.of(now));
    agreement.setVersion(1);
    agreement.setStatus(AgreementStatus.DRAFT);
    agreement.setEffectiveDate(Dates.of(now.toLocalDate()));
    agreement.setReviewDate(Dates.of(now.toLocalDate().plusMonths(6)));
    agreement.getParties().add(newParty(PartyRole.TRAINEE, trainee == null ? null : trainee.getId(), trainee == null ? null : trainee.getName()));
    agreement.getParties().add(newParty(PartyRole.CLIENT, clientCode, "Client " + clientCode));
    agreement.getParties().add(newParty(PartyRole.SUPERVISOR, supervisor == null ? null : supervisor.getId(),
        supervisor == null ? null : supervisor.getName()));
    List<ClauseTemplate> ordered = new ArrayList<>(templates);
    ordered.sort(java.util.Comparator.comparingInt(t -> t.getCategory().getValue()));   // stable: catalogue order within a category
    for (ClauseTemplate template : ordered) {
      agreement.getClauses().add(fromTemplate(agreement, template));
    }
    return agreement;
  }

  /** A clause drafted from {@code template}, with an id not yet used in {@code agreement}. */
  public static Clause fromTemplate(BoundaryAgreement agreement, ClauseTemplate template) {
    Clause clause = F.createClause();
    String base = "c." + template.getId().replaceFirst("^tpl\\.", "");
    String id = base;
    for (int n = 2; clauseId(agreement, id) != null; n++) {
      id = base + "-" + n;
    }
    clause.setId(id);
    clause.setCategory(template.getCategory());
    clause.setTitle(template.getName());
    clause.setText(fill(template.getText(), agreement));
    clause.setTemplateId(template.getId());
    clause.setTemplateVersion(template.getVersion());
    clause.setIncluded(true);
    return clause;
  }

  /** A clause of the user's own in {@code category}, from no template, with an id not yet used in {@code agreement}. */
  public static Clause ownClause(BoundaryAgreement agreement, ClauseCategory category) {
    Clause clause = F.createClause();
    String id = "c.own";
    for (int n = 2; clauseId(agreement, id) != null; n++) {
      id = "c.own-" + n;
    }
    clause.setId(id);
    clause.setCategory(category);
    clause.setTitle("A clause of our own");
    clause.setText("");
    clause.setIncluded(true);
    return clause;
  }

  /** A template's text with the parties' names put in for its placeholders. */
  public static String fill(String text, BoundaryAgreement agreement) {
    if (text == null) {
      return null;
    }
    String filled = text;
    for (Party party : agreement.getParties()) {
      String name = party.getDisplayName() != null && !party.getDisplayName().isBlank() ? party.getDisplayName() : party.getReference();
      if (name != null && party.getRole() != PartyRole.CLIENT) {
        filled = filled.replace("[" + party.getRole().getLiteral() + "]", name);
      }
    }
    return filled;
  }

  private static Clause clauseId(BoundaryAgreement agreement, String id) {
    return agreement.getClauses().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
  }

  /** A party of the role, by person id or client code, with the name printed for it. */
  public static Party newParty(PartyRole role, String reference, String name) {
    Party party = F.createParty();
    party.setRole(role);
    party.setReference(reference);
    party.setDisplayName(name);
    return party;
  }

  /** Whether the text of {@code agreement} may be changed now: only a draft is written in. */
  public static Optional<String> editRefusal(BoundaryAgreement agreement) {
    return switch (agreement.getStatus()) {
      case DRAFT -> Optional.empty();
      case PROPOSED -> Optional.of("This version is proposed for signing, so its text is fixed. Use Back to Draft to change it"
          + (agreement.getSignatures().isEmpty() ? "." : " (not possible once anyone has signed)."));
      default -> Optional.of("Version " + agreement.getVersion() + " is " + agreement.getStatus().getLiteral()
          + ", so it cannot change. Revise it to draft the next version.");
    };
  }

  /** Why {@code actor} may not take {@code step} on {@code agreement} now, or empty when they may. */
  public static Optional<String> refusal(BoundaryAgreement agreement, Step step, Person actor) {
    if (actor == null) {
      return Optional.of("Sign in as a person of the casebook before changing an agreement's status.");
    }
    if (!involved(agreement, actor)) {
      return Optional.of("Only the agreement's author, its trainee or its supervisor can do this.");
    }
    AgreementStatus status = agreement.getStatus();
    String now = "Version " + agreement.getVersion() + " is " + status.getLiteral() + "; ";
    return Optional.ofNullable(switch (step) {
      case PROPOSE -> status != AgreementStatus.DRAFT ? now + "only a draft is proposed." : incomplete(agreement);
      case WITHDRAW -> status != AgreementStatus.PROPOSED ? now + "only a proposed version goes back to draft."
          : !agreement.getSignatures().isEmpty() ? "Someone has signed this version, so its text stays; once it is signed, revise it." : null;
      case SIGN -> status != AgreementStatus.PROPOSED ? now + "signatures are recorded on a proposed version."
          : unsigned(agreement).isEmpty() ? "Every party has signed." : null;
      case REVISE, END -> status != AgreementStatus.SIGNED ? now + "only the signed version in force is "
          + (step == Step.REVISE ? "revised." : "ended.") : null;
    });
  }

  /** What stops a draft from being proposed, or null. */
  private static String incomplete(BoundaryAgreement agreement) {
    for (ClauseCategory category : REQUIRED) {
      if (agreement.getClauses().stream().noneMatch(c -> c.isIncluded() && c.getCategory() == category)) {
        return "The agreement needs a clause on " + category.getLiteral().replace('-', ' ') + " before it is proposed.";
      }
    }
    for (PartyRole role : PartyRole.values()) {
      Optional<Party> party = party(agreement, role);
      if (party.isEmpty() || party.get().getReference() == null || party.get().getReference().isBlank()) {
        return "The agreement names no " + role.getLiteral() + "; every agreement binds a trainee, a client and a supervisor.";
      }
    }
    for (Clause clause : agreement.getClauses()) {
      if (clause.isIncluded() && (clause.getText() == null || clause.getText().isBlank())) {
        return "The clause \u201c" + clause.getTitle() + "\u201d has no text; write it or leave it out.";
      }
    }
    return null;
  }

  private static boolean involved(BoundaryAgreement agreement, Person actor) {
    return actor.getId() != null && (actor.getId().equals(agreement.getAuthorId())
        || agreement.getParties().stream().anyMatch(p -> p.getRole() != PartyRole.CLIENT && actor.getId().equals(p.getReference())));
  }

  /** The parties who have not signed this version yet. */
  public static List<Party> unsigned(BoundaryAgreement agreement) {
    return agreement.getParties().stream().filter(p -> signatureOf(agreement, p).isEmpty()).toList();
  }

  public static Optional<Party> party(BoundaryAgreement agreement, PartyRole role) {
    return agreement.getParties().stream().filter(p -> p.getRole() == role).findFirst();
  }

  public static Optional<Signature> signatureOf(BoundaryAgreement agreement, Party party) {
    return agreement.getSignatures().stream()
        .filter(s -> s.getRole() == party.getRole() && Objects.equals(s.getSigner(), party.getReference())).findFirst();
  }

  /** Takes PROPOSE, WITHDRAW or END (SIGN is {@link #sign}, REVISE is {@link #revise}). */
  public static void take(BoundaryAgreement agreement, Step step, Signer signer, LocalDateTime at) {
    refusal(agreement, step, signer.person()).ifPresent(why -> {
      throw new IllegalStateException(why);
    });
    switch (step) {
      case PROPOSE -> agreement.setStatus(AgreementStatus.PROPOSED);
      case WITHDRAW -> agreement.setStatus(AgreementStatus.DRAFT);
      case END -> agreement.setStatus(AgreementStatus.ENDED);
      default -> throw new IllegalArgumentException(step + " has its own operation");
    }
    agreement.setModified(Dates.of(at));
    StepChain.append(agreement, stepName(step), signer, at, "");
  }

  /** The name a step of {@code step} has in the signed chain. */
  public static String stepName(Step step) {
    return step.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Signed step names beyond {@link Step}: the older version marked superseded, and a supervisor's signature over steps taken before signing existed. */
  public static final String SUPERSEDE = "supersede";
  public static final String ATTEST = "attest";

  /** What a signed step of recording a signature says: whose, how given, and when. */
  public static String signatureDetail(PartyRole role, SignatureMethod method, LocalDateTime given) {
    return "role=" + role.getLiteral() + ";method=" + method.getLiteral() + ";given=" + given.withNano(0);
  }

  /**
   * Records the signature of the party of {@code role}, with the fingerprint of the text as it
   * stands; when it is the last one missing, the version becomes signed. A trainee or supervisor
   * types only their own signature; a client's signature, and any signature given on paper, is
   * recorded by the trainee or supervisor present.
   *
   * @throws IllegalStateException with the reason when the signature may not be recorded
   */
  public static Signature sign(BoundaryAgreement agreement, PartyRole role, SignatureMethod method, Signer signer, LocalDateTime at) {
    Person actor = signer.person();
    refusal(agreement, Step.SIGN, actor).ifPresent(why -> {
      throw new IllegalStateException(why);
    });
    Party party = party(agreement, role).orElseThrow(() -> new IllegalStateException("The agreement names no " + role.getLiteral() + "."));
    if (signatureOf(agreement, party).isPresent()) {
      throw new IllegalStateException("The " + role.getLiteral() + " has signed this version already.");
    }
    if (method == SignatureMethod.TYPED_IN_SESSION && role != PartyRole.CLIENT && !Objects.equals(actor.getId(), party.getReference())) {
      throw new IllegalStateException("Only " + party.getReference() + " can type the " + role.getLiteral()
          + "'s signature; record a signature given on paper instead.");
    }
    if (at == null) {
      throw new IllegalStateException("A signature needs the date and time it was given.");
    }
    LocalDateTime proposed = proposedAt(agreement);
    if (proposed != null && at.isBefore(proposed.withSecond(0))) {
      throw new IllegalStateException("A signature cannot be given before the version was proposed (" + proposed + ").");
    }
    Signature signature = F.createSignature();
    signature.setRole(role);
    signature.setSigner(party.getReference());
    signature.setSignedAt(Dates.of(at.withNano(0)));
    signature.setMethod(method);
    signature.setFingerprint(fingerprint(agreement));
    agreement.getSignatures().add(signature);
    if (unsigned(agreement).isEmpty()) {
      agreement.setStatus(AgreementStatus.SIGNED);
    }
    // a signature given on paper earlier is recorded after the steps before it, keeping the chain in time order
    LocalDateTime last = agreement.getSteps().isEmpty() ? null : Dates.time(agreement.getSteps().get(agreement.getSteps().size() - 1).getAt());
    LocalDateTime recorded = last != null && last.isAfter(at) ? last : at;
    agreement.setModified(Dates.of(recorded));
    StepChain.append(agreement, stepName(Step.SIGN), signer, recorded, signatureDetail(role, method, at));
    return signature;
  }

  /**
   * The next version of a signed agreement as a draft: the same parties and clauses, no signatures,
   * {@code supersedes} naming this one. This version stays in force until the next one is signed
   * (then {@link #supersede} marks it).
   */
  public static BoundaryAgreement revise(BoundaryAgreement signed, Signer signer, LocalDateTime at) {
    Person actor = signer.person();
    refusal(signed, Step.REVISE, actor).ifPresent(why -> {
      throw new IllegalStateException(why);
    });
    BoundaryAgreement next = EcoreUtil.copy(signed);
    next.setVersion(signed.getVersion() + 1);
    next.setId(id(signed.getClientCode(), next.getVersion()));
    next.setStatus(AgreementStatus.DRAFT);
    next.setSupersedes(signed.getId());
    next.setAuthorId(actor.getId());
    next.setCreated(Dates.of(at));
    next.setModified(Dates.of(at));
    next.getSignatures().clear();
    next.getSteps().clear();
    LocalDate today = at.toLocalDate();
    next.setEffectiveDate(Dates.of(today));
    if (next.getReviewDate() == null || !Dates.day(next.getReviewDate()).isAfter(today)) {
      next.setReviewDate(Dates.of(today.plusMonths(6)));
    }
    StepChain.append(next, stepName(Step.REVISE), signer, at, signed.getId());
    return next;
  }

  /** Marks the version a newly signed one replaces as superseded. */
  public static void supersede(BoundaryAgreement older, BoundaryAgreement newer, Signer signer, LocalDateTime at) {
    if (newer.getStatus() != AgreementStatus.SIGNED || !older.getId().equals(newer.getSupersedes())) {
      throw new IllegalStateException("Only the signed version that replaces " + older.getId() + " supersedes it.");
    }
    if (older.getStatus() == AgreementStatus.SIGNED) {
      older.setStatus(AgreementStatus.SUPERSEDED);
      older.setModified(Dates.of(at));
      StepChain.append(older, SUPERSEDE, signer, at, newer.getId());
    }
  }

  /** When the version was last proposed by a signed step, or null. */
  public static LocalDateTime proposedAt(BoundaryAgreement agreement) {
    String propose = stepName(Step.PROPOSE);
    return agreement.getSteps().stream().filter(s -> propose.equals(s.getStep())).reduce((a, b) -> b).map(s -> Dates.time(s.getAt())).orElse(null);
  }

  /**
   * Signs, as a supervisor, the steps a version went through before Rapport signed steps: one step
   * saying that it stood in its present status, with its present text and signatures, when the
   * supervisor looked at it. Its detail is that status.
   *
   * @throws IllegalStateException when the version has signed steps already, is a draft, or {@code signer} is no supervisor
   */
  public static void attest(BoundaryAgreement agreement, Signer signer, LocalDateTime at) {
    if (!agreement.getSteps().isEmpty()) {
      throw new IllegalStateException("The steps of " + agreement.getId() + " are signed already.");
    }
    if (agreement.getStatus() == AgreementStatus.DRAFT) {
      throw new IllegalStateException(agreement.getId() + " is a draft: it has no steps to sign.");
    }
    if (!signer.person().getRoles().contains(org.rapport.model.Role.SUPERVISOR)) {
      throw new IllegalStateException("Only a supervisor signs the earlier steps of an agreement.");
    }
    java.util.List<String> given = agreement.getSignatures().stream()
        .map(s -> (s.getRole() == null ? "" : s.getRole().getLiteral()) + ":" + s.getSigner()).sorted().toList();
    StepChain.append(agreement, ATTEST, signer, at, agreement.getStatus().getLiteral() + "; signatures=" + String.join(",", given));
  }

  /**
   * Whether every signature still matches the text: empty when it does, else what is wrong. A
   * version that was signed, or that anyone has signed, and whose text no longer matches (or whose
   * signature lacks its fingerprint) was changed outside Rapport.
   */
  public static Optional<String> verify(BoundaryAgreement agreement) {
    return brokenSignature(agreement).map(signature -> problem(agreement, signature));
  }

  /** The first signature that no longer matches the text (or lacks its fingerprint), if any. */
  public static Optional<Signature> brokenSignature(BoundaryAgreement agreement) {
    if (agreement.getSignatures().isEmpty()) {
      return Optional.empty();   // nothing was signed: SIGNATURE_MISSING covers a signed version without signatures
    }
    String now = fingerprint(agreement);
    return agreement.getSignatures().stream().filter(s -> s.getFingerprint() == null || !s.getFingerprint().equals(now)).findFirst();
  }

  /** What is wrong with {@code signature} of {@code agreement}, in words. */
  private static String problem(BoundaryAgreement agreement, Signature signature) {
    if (signature.getFingerprint() == null || signature.getFingerprint().isBlank()) {
      return "The " + signature.getRole().getLiteral() + "'s signature carries no fingerprint of what was signed;"
          + " the file may have been changed outside Rapport.";
    }
    return "The text of " + agreement.getId() + " differs from what the " + signature.getRole().getLiteral() + " signed"
        + (signature.getSignedAt() == null ? "" : " on " + Dates.time(signature.getSignedAt()).toLocalDate())
        + "; the file was changed outside Rapport. Treat this version as tampered with and revise from a trusted copy.";
  }

  /**
   * SHA-256 of what the parties sign, in a fixed order: the version, the client, the dates, the
   * parties and the included clauses (category, title, text), not the signatures or the status.
   */
  public static String fingerprint(BoundaryAgreement agreement) {
    StringBuilder text = new StringBuilder();
    field(text, "id", agreement.getId());
    field(text, "version", agreement.getVersion());
    field(text, "client", agreement.getClientCode());
    field(text, "effective", Dates.day(agreement.getEffectiveDate()));
    field(text, "review", Dates.day(agreement.getReviewDate()));
    for (Party party : agreement.getParties()) {
      field(text, "party " + party.getRole().getLiteral(), party.getReference() + " | " + party.getDisplayName());
    }
    for (Clause clause : agreement.getClauses()) {
      if (clause.isIncluded()) {
        field(text, "clause " + clause.getCategory().getLiteral(), clause.getTitle() + " | " + clause.getText());
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void field(StringBuilder text, String name, Object value) {
    String shown = String.valueOf(value);   // lengths keep the encoding unambiguous whatever the texts hold
    text.append(name.length()).append(':').append(name).append('=').append(shown.length()).append(':').append(shown).append('\n');
  }

  /** How {@code clause} stands against its template in {@code templates} (found by id). */
  public static TemplateState templateState(Clause clause, Map<String, ClauseTemplate> templates, BoundaryAgreement agreement) {
    if (clause.getTemplateId() == null || clause.getTemplateId().isBlank()) {
      return TemplateState.OWN;
    }
    ClauseTemplate template = templates.get(clause.getTemplateId());
    if (template == null) {
      return TemplateState.TEMPLATE_UNKNOWN;
    }
    boolean same = Objects.equals(normalise(clause.getText()), normalise(fill(template.getText(), agreement)))
        && Objects.equals(clause.getTitle(), template.getName());
    if (!same) {
      return TemplateState.EDITED;
    }
    return template.getVersion() > clause.getTemplateVersion() ? TemplateState.TEMPLATE_NEWER : TemplateState.AS_TEMPLATE;
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /** One clause across the versions of an agreement: its text in each (null where it is absent or left out). */
  public record ClauseAcrossVersions(String clauseId, String title, ClauseCategory category, List<String> texts) {

    /** Whether the clause reads differently in version {@code i} than in version {@code i - 1}. */
    public boolean changedAt(int i) {
      return i > 0 && !Objects.equals(texts.get(i), texts.get(i - 1));
    }

    /** "added", "removed", "changed" or "" for version {@code i} against the one before it. */
    public String changeAt(int i) {
      if (!changedAt(i)) {
        return "";
      }
      return texts.get(i - 1) == null ? "added" : texts.get(i) == null ? "removed" : "changed";
    }
  }

  /**
   * The clauses of {@code versions} (oldest first) side by side, matched by clause id (a revision
   * keeps the ids of the clauses it copies), in the order they first appear.
   */
  public static List<ClauseAcrossVersions> compare(List<BoundaryAgreement> versions) {
    Map<String, Clause> first = new LinkedHashMap<>();
    for (BoundaryAgreement version : versions) {
      for (Clause clause : version.getClauses()) {
        first.putIfAbsent(clause.getId(), clause);
      }
    }
    List<ClauseAcrossVersions> rows = new ArrayList<>();
    for (Map.Entry<String, Clause> entry : first.entrySet()) {
      List<String> texts = new ArrayList<>();
      String title = entry.getValue().getTitle();
      for (BoundaryAgreement version : versions) {
        Clause clause = version.getClauses().stream().filter(c -> entry.getKey().equals(c.getId()) && c.isIncluded()).findFirst().orElse(null);
        texts.add(clause == null ? null : clause.getTitle() + ": " + clause.getText());
        if (clause != null) {
          title = clause.getTitle();
        }
      }
      rows.add(new ClauseAcrossVersions(entry.getKey(), title, entry.getValue().getCategory(), texts));
    }
    return rows;
  }
}
