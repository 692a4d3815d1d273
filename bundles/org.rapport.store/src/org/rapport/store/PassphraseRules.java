// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.util.Set;

/**
 * How strong a passphrase must be. Argon2id makes each guess cost a few tenths of a second, so
 * length matters more than symbols: twelve characters with two kinds of character, or twenty of
 * any kind (a few words), and none of the passphrases everyone tries first.
 */
final class PassphraseRules {

  private static final Set<String> COMMON = Set.of("password1234", "passwordpassword", "123456789012", "qwertyuiopas",
      "iloveyou1234", "letmeinletmein", "rapportrapport", "supervisor123", "therapist123");

  private PassphraseRules() {
  }

  static String weakness(char[] passphrase) {
    if (passphrase == null || passphrase.length == 0) {
      return "Type a passphrase.";
    }
    String text = new String(passphrase);
    if (text.isBlank()) {
      return "A passphrase of spaces only is no passphrase.";
    }
    if (COMMON.contains(text.toLowerCase(java.util.Locale.ROOT).replace(" ", ""))) {
      return "This passphrase is among the first any attacker tries; choose another.";
    }
    if (text.chars().distinct().count() < 5) {
      return "The passphrase repeats too few characters; use a few words or a longer mix.";
    }
    int kinds = (text.chars().anyMatch(Character::isLowerCase) ? 1 : 0) + (text.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
        + (text.chars().anyMatch(Character::isDigit) ? 1 : 0) + (text.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    if (text.length() < 12) {
      return "The passphrase has " + text.length() + " characters; use at least 12 (a few words are easy to remember).";
    }
    if (text.length() < 20 && kinds < 2) {
      return "Use at least two kinds of character (letters and digits, say, or spaces between words), or 20 characters.";
    }
    return null;
  }
}
