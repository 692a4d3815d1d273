// SPDX-License-Identifier: EPL-2.0
/**
 * The casebook store: a casebook is a folder holding an index ({@code casebook.xmi}) and one XMI
 * file per document. Opening reads the index only; documents are read when asked for, defensively,
 * and saved atomically with the previous version kept as a backup. One process at a time holds a
 * casebook, through a lock file.
 * <p>
 * An {@link org.rapport.store.OpenCasebook} holds the index and the documents; each other concern
 * is a small interface reached from it: {@code recovery()} ({@link org.rapport.store.CasebookRecovery}),
 * {@code search()} ({@link org.rapport.store.CasebookSearch}), {@code audit()}
 * ({@link org.rapport.store.CasebookAudit}) and {@code keys()} ({@link org.rapport.store.CasebookKeys}).
 * Who makes a change is passed with it (an {@code actorId}), never set beforehand.
 * <p>
 * Behind {@link org.rapport.store.CasebookStore}, a DS service ({@code @Component} on
 * {@code XmiCasebookStore}), the implementation in
 * {@code internal} also keeps:
 * <ul>
 * <li>a hardened XML parser for every file read, format versions and their migration steps;</li>
 * <li>the recovery area {@code .recovery/} for unsaved changes;</li>
 * <li>encryption at rest: {@code Sealing} (AES-256-GCM with the file's path bound in),
 * {@code KeyFile} (Argon2id from Bouncy Castle, a key check, and a digest that tells a damaged key
 * file from a wrong passphrase), {@code Rekeying} (a change of passphrase that resumes after a
 * crash);</li>
 * <li>the audit trail ({@code AuditLog}: hash-chained entries and a head) and secure deletion.</li>
 * </ul>
 * No byte of a document is written in clear into an encrypted casebook.
 */
package org.rapport.store;
