// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rapport.model.Document;
import org.rapport.model.Party;
import org.rapport.model.PartyRole;
import org.rapport.model.RapportPackage;
import org.rapport.model.Signature;
import org.rapport.model.SignedStep;
import org.rapport.model.time.Dates;

/**
 * Makes de-identified copies of session plans, boundary agreements and reflection notes for
 * supervision groups and teaching, after the HIPAA Safe Harbor method, and lists every change so
 * that the person exporting can review them before anything leaves the lab.
 *
 * <p>The documents given are never changed: each is copied with {@link EcoreUtil#copy}, and the copy
 * is changed as follows.
 * <ul>
 * <li>Client codes ({@code Document.clientCode}, the client party's reference, the client's
 * signature) are replaced by fresh codes ({@link ClientCodeMap}), the same for every document of a
 * client, also where the code appears inside ids ({@code CL-0417-S03-plan} becomes
 * {@code CL-T001-S03-plan}) and in text.</li>
 * <li>Every other text attribute, single or many-valued, goes through the {@link TextScrubber}:
 * names, contact details, numbers, postcodes, addresses and dates in prose are masked or
 * generalised, ages over 89 grouped. Attributes that hold ids or references (document, session,
 * technique, template, stage and clause ids, anchors, and the ids of trainees and supervisors, which
 * are staff ids such as {@code P-trainee-1}) only have client codes replaced, so they stay unique and
 * usable as file names.</li>
 * <li>Dates and times ({@code LocalDate}, {@code LocalDateTime}) are generalised to their year: set
 * to 1 January of that year (at 00:00).</li>
 * <li>Signature fingerprints are dropped (set to {@code null}). They are hashes of the exact text
 * signed, which the de-identification changes, so they could only ever mismatch. <b>A de-identified
 * copy is therefore not a signed record</b>: its signatures say who signed in which role and year,
 * not that this text was signed, and {@code Agreements.verify} reports an agreement copy's signatures as
 * carrying no fingerprint.</li>
 * </ul>
 *
 * <p>Scrubbing is by rules and cannot promise to find every identifier (see {@link TextScrubber});
 * the list of changes is there for a human review before export.
 */
public final class Deidentifier {

  /**
   * How to de-identify.
   *
   * @param knownNames names to mask wherever they appear (for example the names of the casebook's
   *        people and any names the trainee knows appear in the notes)
   * @param seed when not {@code null}, fresh client codes are drawn at random from this seed rather
   *        than numbered in order (the same seed gives the same codes)
   * @param referenceYear the year from which a year of birth counts as an age over 89
   * @param safeWords capitalised words that name no one, though the word lists may not know them:
   *        the catalogues' technique, framework and template names (see {@link Vocabulary#namesIn})
   */
  public record Options(List<String> knownNames, Long seed, int referenceYear, List<String> safeWords) {

    public Options {
      knownNames = List.copyOf(knownNames);
      safeWords = List.copyOf(safeWords);
    }

    /** No known names, fresh codes numbered in order, ages reckoned from this year. */
    public static Options defaults() {
      return new Options(List.of(), null, LocalDate.now().getYear(), List.of());
    }

    /** @return these options with {@code names} as the known names */
    public Options withKnownNames(Collection<String> names) {
      return new Options(List.copyOf(names), seed, referenceYear, safeWords);
    }

    /** @return these options drawing fresh client codes from {@code newSeed} */
    public Options withSeed(long newSeed) {
      return new Options(knownNames, newSeed, referenceYear, safeWords);
    }

    /** @return these options reckoning ages from {@code year} */
    public Options withReferenceYear(int year) {
      return new Options(knownNames, seed, year, safeWords);
    }

    /** @return these options with {@code words} known to name no one */
    public Options withSafeWords(Collection<String> words) {
      return new Options(knownNames, seed, referenceYear, List.copyOf(words));
    }
  }

  /**
   * One text as the person exporting should read it: the original, where each replacement falls in
   * it, and the capitalised words that were kept (where a missed name would be).
   *
   * @param documentId the id of the de-identified copy
   * @param field where in the document, as in {@link Change#field()}
   * @param scrub the text as it was, the text as it is now, and each replacement with its place
   * @param keptCapitalised the capitalised words left as they were (see {@link TextScrubber#keptCapitalised(TextScrubber.Result)})
   */
  public record ReviewedText(String documentId, String field, TextScrubber.Result scrub, List<String> keptCapitalised) {
  }

  /**
   * The de-identified copies, in the order of the documents given, every change made to them,
   * document by document, and each prose text that was changed or keeps a capitalised word.
   */
  public record Result(List<Document> copies, List<Change> changes, List<ReviewedText> texts) {

    public Result {
      copies = List.copyOf(copies);
      changes = List.copyOf(changes);
      texts = List.copyOf(texts);
    }

    /** @return the changes made to the copy with {@code documentId} */
    public List<Change> changesOf(String documentId) {
      return changes.stream().filter(change -> Objects.equals(change.documentId(), documentId)).toList();
    }
  }

  /** A change recorded against an object of a copy; its path is worked out once the copy is done. */
  private record Pending(EObject owner, EStructuralFeature feature, int index, IdentifierKind kind, String before, String after) {
  }

  /** A prose text to show the person exporting; its path is worked out once the copy is done. */
  private record Review(EObject owner, EStructuralFeature feature, int index, TextScrubber.Result scrub, List<String> kept) {
  }

  /** String attributes that hold an id, a reference, a key or a signature, not prose. */
  private static final Set<String> REFERENCE_ATTRIBUTES = Set.of(
      "id", "reference", "signer", "supersedes", "anchor", "clausesToRevisit", "awaitingReviewBy", "documentId", "file",
      "publicKey", "signature", "previousDigest", "digest");

  private static final RapportPackage MODEL = RapportPackage.eINSTANCE;

  private final Options options;

  public Deidentifier(Options options) {
    this.options = Objects.requireNonNull(options);
  }

  /** @return de-identified copies of {@code documents} and the changes made; the documents stay as they are */
  public Result deidentify(List<? extends Document> documents) {
    ClientCodeMap codes = new ClientCodeMap(options.seed() == null ? null : new Random(options.seed()));
    for (Document document : documents) {
      register(codes, document.getClientCode());
      for (Iterator<EObject> it = document.eAllContents(); it.hasNext();) {
        EObject object = it.next();
        if (object instanceof Party party && party.getRole() == PartyRole.CLIENT) {
          register(codes, party.getReference());
        }
      }
    }
    TextScrubber scrubber = new TextScrubber(options.knownNames(), codes, options.referenceYear(),
        Vocabulary.english().withSafe(options.safeWords()));

    List<Document> copies = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    List<ReviewedText> texts = new ArrayList<>();
    for (Document document : documents) {
      Document copy = EcoreUtil.copy(document);
      List<Pending> pending = new ArrayList<>();
      List<Review> reviews = new ArrayList<>();
      List<EObject> objects = new ArrayList<>();
      objects.add(copy);
      copy.eAllContents().forEachRemaining(objects::add);
      for (EObject object : objects) {
        dropFingerprint(object, pending);
      }
      for (EObject object : objects) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
          if (!attribute.isChangeable() || attribute.isDerived() || attribute.isTransient()) {
            continue;
          }
          Class<?> type = attribute.getEAttributeType().getInstanceClass();
          if (type == XMLGregorianCalendar.class) {
            generaliseDates(object, attribute, pending);
          } else if (type == String.class && attribute != MODEL.getSignature_Fingerprint()) {
            scrubTexts(object, attribute, scrubber, pending, reviews);
          }
        }
      }
      for (Pending change : pending) {
        changes.add(new Change(copy.getId(), path(copy, change.owner(), change.feature(), change.index()),
            change.kind(), change.before(), change.after()));
      }
      for (Review review : reviews) {
        texts.add(new ReviewedText(copy.getId(), path(copy, review.owner(), review.feature(), review.index()), review.scrub(),
            review.kept()));
      }
      copies.add(copy);
    }
    return new Result(copies, changes, texts);
  }

  private static void register(ClientCodeMap codes, String code) {
    if (code != null && !code.isBlank()) {
      codes.register(code);
    }
  }

  /**
   * Drops what binds a copy to its signers: a signature's fingerprint, and a signed step's signature
   * and public key (a key identifies its holder, and the signature no longer matches the copy).
   */
  private static void dropFingerprint(EObject object, List<Pending> pending) {
    if (object instanceof Signature signature && signature.getFingerprint() != null) {
      pending.add(new Pending(signature, MODEL.getSignature_Fingerprint(), -1, IdentifierKind.FINGERPRINT,
          signature.getFingerprint(), null));
      signature.setFingerprint(null);
    }
    if (object instanceof SignedStep step) {
      for (EAttribute binding : List.of(MODEL.getSignedStep_Signature(), MODEL.getSignedStep_PublicKey())) {
        if (step.eGet(binding) != null) {
          pending.add(new Pending(step, binding, -1, IdentifierKind.FINGERPRINT, (String) step.eGet(binding), null));
          step.eUnset(binding);
        }
      }
    }
  }

  private static void generaliseDates(EObject object, EAttribute attribute, List<Pending> pending) {
    if (attribute.isMany()) {
      @SuppressWarnings("unchecked")
      EList<Object> values = (EList<Object>) object.eGet(attribute);
      for (int i = 0; i < values.size(); i++) {
        Object generalised = toYear(values.get(i));
        if (!Objects.equals(generalised, values.get(i))) {
          pending.add(new Pending(object, attribute, i, IdentifierKind.DATE, shown(values.get(i)), shown(generalised)));
          values.set(i, generalised);
        }
      }
    } else {
      Object value = object.eGet(attribute);
      Object generalised = toYear(value);
      if (!Objects.equals(generalised, value)) {
        pending.add(new Pending(object, attribute, -1, IdentifierKind.DATE, shown(value), shown(generalised)));
        object.eSet(attribute, generalised);
      }
    }
  }

  private static Object toYear(Object value) {
    Object time = value instanceof XMLGregorianCalendar calendar ? Dates.javaTime(calendar) : value;
    if (time instanceof LocalDate date) {
      return Dates.of(LocalDate.of(date.getYear(), 1, 1));
    }
    if (time instanceof LocalDateTime dateTime) {
      return Dates.of(LocalDateTime.of(dateTime.getYear(), 1, 1, 0, 0));
    }
    return value;
  }

  /** A date as people read it in the list of changes (and as format 1 files held it). */
  private static String shown(Object value) {
    return String.valueOf(value instanceof XMLGregorianCalendar calendar ? Dates.javaTime(calendar) : value);
  }

  private static void scrubTexts(EObject object, EAttribute attribute, TextScrubber scrubber, List<Pending> pending,
      List<Review> reviews) {
    if (attribute.isMany()) {
      @SuppressWarnings("unchecked")
      EList<String> values = (EList<String>) object.eGet(attribute);
      for (int i = 0; i < values.size(); i++) {
        String scrubbed = scrub(object, attribute, i, values.get(i), scrubber, pending, reviews);
        if (!Objects.equals(scrubbed, values.get(i))) {
          values.set(i, scrubbed);
        }
      }
    } else {
      String value = (String) object.eGet(attribute);
      String scrubbed = scrub(object, attribute, -1, value, scrubber, pending, reviews);
      if (!Objects.equals(scrubbed, value)) {
        object.eSet(attribute, scrubbed);
      }
    }
  }

  private static String scrub(EObject object, EAttribute attribute, int index, String value, TextScrubber scrubber, List<Pending> pending,
      List<Review> reviews) {
    if (value == null || value.isBlank()) {
      return value;
    }
    if (isClientCode(object, attribute)) {
      String fresh = scrubber.clientCodes().map(value);
      pending.add(new Pending(object, attribute, index, IdentifierKind.CLIENT_CODE, value, fresh));
      return fresh;
    }
    boolean reference = isReference(attribute) || isAttested(object, attribute);
    TextScrubber.Result result = reference ? scrubber.scrubClientCodes(value) : scrubber.scrub(value);
    for (TextScrubber.Replacement replacement : result.replacements()) {
      pending.add(new Pending(object, attribute, index, replacement.kind(), replacement.original(), replacement.replacement()));
    }
    if (!reference) {
      List<String> kept = scrubber.keptCapitalised(result);
      if (result.changed() || !kept.isEmpty()) {
        reviews.add(new Review(object, attribute, index, result, kept));
      }
    }
    return result.text();
  }

  /** The whole value is a client code: the document's, the client party's reference, the client's signature. */
  private static boolean isClientCode(EObject object, EAttribute attribute) {
    if (attribute == MODEL.getDocument_ClientCode()) {
      return true;
    }
    if (object instanceof Party party && attribute == MODEL.getParty_Reference()) {
      return party.getRole() == PartyRole.CLIENT;
    }
    if (object instanceof Signature signature && attribute == MODEL.getSignature_Signer()) {
      return signature.getRole() == PartyRole.CLIENT;
    }
    return false;
  }

  /** An attest step's detail: a status and what the document held, counts and person ids, never free text. */
  private static boolean isAttested(EObject object, EAttribute attribute) {
    return object instanceof SignedStep step && attribute == MODEL.getSignedStep_Detail() && "attest".equals(step.getStep());
  }

  private static boolean isReference(EAttribute attribute) {
    String name = attribute.getName();
    return attribute.isID() || REFERENCE_ATTRIBUTES.contains(name) || name.endsWith("Id");
  }

  // ------------------------------------------------------------------------------------------------
  // Field paths in words

  /** @return where {@code feature} of {@code owner} sits in {@code root}, such as {@code answers[gibbs.analysis].text} */
  static String path(EObject root, EObject owner, EStructuralFeature feature, int index) {
    Deque<String> steps = new ArrayDeque<>();
    steps.push(feature.getName() + (index >= 0 ? "[" + (index + 1) + "]" : ""));
    EObject object = owner;
    while (object != root && object.eContainer() != null) {
      EReference containment = object.eContainmentFeature();
      EObject parent = object.eContainer();
      String step = containment.getName();
      if (containment.isMany()) {
        List<?> siblings = (List<?>) parent.eGet(containment);
        step += "[" + key(object, siblings) + "]";
      }
      steps.push(step);
      object = parent;
    }
    return String.join(".", steps);
  }

  /** A stage answer by its stage, a rating by its technique, a clause by its id, a party or signature by its role; else its place, from 1. */
  private static String key(EObject object, List<?> siblings) {
    EStructuralFeature keyFeature = keyFeature(object);
    if (keyFeature != null) {
      Object key = object.eGet(keyFeature);
      if (key != null && siblings.stream().filter(other -> Objects.equals(((EObject) other).eGet(keyFeature), key)).count() == 1) {
        return key instanceof org.eclipse.emf.common.util.Enumerator literal ? literal.getLiteral() : key.toString();
      }
    }
    return Integer.toString(siblings.indexOf(object) + 1);
  }

  private static EStructuralFeature keyFeature(EObject object) {
    if (object.eClass().getEPackage() != MODEL) {
      return null;
    }
    return switch (object.eClass().getClassifierID()) {
      case RapportPackage.STAGE_ANSWER -> MODEL.getStageAnswer_StageId();
      case RapportPackage.TECHNIQUE_RATING -> MODEL.getTechniqueRating_TechniqueId();
      case RapportPackage.PLANNED_TECHNIQUE -> MODEL.getPlannedTechnique_TechniqueId();
      case RapportPackage.CLAUSE -> MODEL.getClause_Id();
      case RapportPackage.PARTY -> MODEL.getParty_Role();
      case RapportPackage.SIGNATURE -> MODEL.getSignature_Role();
      default -> null;
    };
  }
}
