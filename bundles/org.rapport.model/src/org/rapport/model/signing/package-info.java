// SPDX-License-Identifier: EPL-2.0
/**
 * Signed workflow steps: every step of a reflection's review and of an agreement's life is signed
 * by the person who took it with their Ed25519 key ({@link org.rapport.model.signing.Signer}), over
 * canonical bytes defined once here ({@link org.rapport.model.signing.StepChain}), each naming the
 * digest of the step before it. {@link org.rapport.model.signing.ChainCheck} replays a document's
 * steps with the workflow's rules against the people of its casebook and names every step that
 * does not verify, was not its signer's to take, or does not match the document as it stands.
 * Only the JDK's own cryptography is used, so the model stays free of dependencies.
 */
package org.rapport.model.signing;
