// SPDX-License-Identifier: EPL-2.0
package org.rapport.store;

import java.time.LocalDateTime;

/**
 * One entry of a casebook's audit trail: who did what to which document, when. Entries are chained:
 * each holds the hash of the one before it, so a changed, removed or reordered entry breaks the chain.
 * An entry recorded while its actor was signed in carries their signature over its hash
 * ({@code <key fingerprint>:<Base64>}), which vouches for every entry before it too; null when unsigned.
 */
public record AuditEntry(long sequence, LocalDateTime at, String actor, String action, String documentId, String detail,
    String previousHash, String hash, String signature) {
}
