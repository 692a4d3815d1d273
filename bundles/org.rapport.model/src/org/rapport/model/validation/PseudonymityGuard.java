// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rejects client codes that look like identifying data. Training records must name clients only
 * by a pseudonymous code; the commonest slips are a first name, an e-mail address, a phone number
 * or a date of birth typed where the code belongs. The rules are deliberately simple and explainable:
 * a code needs at least one digit, and must not have the shape of those four.
 */
public final class PseudonymityGuard {

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern DATE = Pattern.compile(
      "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}"                       // 1990-03-12, 12/03/1990, 12.3.90
      + "|\\d{1,2}\\s*[A-Za-z]{3,9}\\.?\\s*\\d{2,4}"                 // 12 March 1990
      + "|[A-Za-z]{3,9}\\.?\\s*\\d{1,2},?\\s*\\d{2,4}");            // March 12, 1990
  private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}][\\p{L} .'\u2019-]*");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,23}");

  private PseudonymityGuard() {
  }

  /** @return why the code is not acceptable, in words a trainee understands; empty when it is fine */
  public static Optional<String> problemWith(String code) {
    if (code == null || code.isBlank()) {
      return Optional.of("A client needs a pseudonymous code, such as CL-0417.");
    }
    String trimmed = code.strip();
    if (EMAIL.matcher(trimmed).find()) {
      return Optional.of("The client code \"" + trimmed + "\" looks like an e-mail address. Use a pseudonymous code such as CL-0417.");
    }
    if (DATE.matcher(trimmed).matches()) {
      return Optional.of("The client code \"" + trimmed + "\" looks like a date, perhaps a date of birth. Use a pseudonymous code such as CL-0417.");
    }
    String digits = trimmed.replaceAll("[\\s()+./-]", "");
    if (digits.length() >= 7 && digits.chars().allMatch(Character::isDigit)) {
      return Optional.of("The client code \"" + trimmed + "\" looks like a phone number. Use a pseudonymous code such as CL-0417.");
    }
    if (NAME_LIKE.matcher(trimmed).matches()) {
      return Optional.of("The client code \"" + trimmed + "\" looks like a name. Client codes contain a number, such as CL-0417.");
    }
    if (!ALLOWED.matcher(trimmed).matches()) {
      return Optional.of("The client code \"" + trimmed + "\" may use only letters, digits, '-' and '_' (2 to 24 characters), such as CL-0417.");
    }
    return Optional.empty();
  }
}
