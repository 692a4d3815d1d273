// SPDX-License-Identifier: EPL-2.0
package org.rapport.deidentify;

/**
 * The kinds of identifying data the de-identification finds, after the HIPAA Safe Harbor list
 * (names, geography below state, dates except the year, ages over 89, phone and fax numbers,
 * e-mail addresses, record, account, licence and other numbers, URLs and IP addresses), plus the
 * two kinds that belong to Rapport's own records: client codes and signature fingerprints.
 */
public enum IdentifierKind {

  /** A person's name: a known name, or a capitalised name after a title or a word for a relative. */
  NAME("[name]"),
  /**
   * A capitalised word, or a run of them, that is no ordinary word: a name, place, employer or other
   * organisation that no rule recognised by its form or its cue, found by the {@link Vocabulary}.
   */
  PROPER_NOUN("[name or place]"),
  /** An e-mail address. */
  EMAIL("[email]"),
  /** A phone or fax number. */
  PHONE("[phone]"),
  /** A web address, with or without its scheme. */
  URL("[url]"),
  /** An IPv4 or IPv6 address. */
  IP_ADDRESS("[ip]"),
  /** A date: generalised to its year, or masked when it has none. */
  DATE("[date]"),
  /** An age over 89, grouped as "90 or older". */
  AGE("90 or older"),
  /** A social security, NHS, record, account, licence, policy, serial or other identifying number. */
  ID_NUMBER("[id]"),
  /** A UK postcode or a US ZIP code. */
  POSTCODE("[postcode]"),
  /** A street address (house number and street). */
  ADDRESS("[address]"),
  /** A client code, replaced by a fresh code that is the same for every document of the client. */
  CLIENT_CODE("[client]"),
  /** A signature's fingerprint, dropped because the de-identified text no longer matches it. */
  FINGERPRINT("");

  private final String mask;

  IdentifierKind(String mask) {
    this.mask = mask;
  }

  /** @return what replaces an identifier of this kind when nothing more specific is known */
  public String mask() {
    return mask;
  }
}
