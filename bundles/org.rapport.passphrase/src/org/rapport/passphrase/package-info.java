// SPDX-License-Identifier: EPL-2.0
/**
 * Casebook > Encrypt or Change Passphrase ({@code EncryptHandler}), contributed through
 * {@code fragment.e4xmi}: encrypts a casebook in clear under a new passphrase, or changes the
 * passphrase of an encrypted one, through the store, with progress. No bundle imports it.
 */
package org.rapport.passphrase;
