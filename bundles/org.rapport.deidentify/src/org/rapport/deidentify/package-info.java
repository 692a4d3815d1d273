// SPDX-License-Identifier: EPL-2.0
/**
 * De-identified copies of documents for supervision groups and teaching, after HIPAA Safe Harbor.
 * The documents given are never changed, and what was replaced never goes into an export.
 * <ul>
 * <li>{@code TextScrubber}: rules that mask names, contact details, numbers, postcodes, addresses and
 * client codes in text, cut dates to the year, group ages over 89, and report each change.</li>
 * <li>{@code ProperNounFinder} (internal) and {@code Vocabulary}: names, places and firms that carry
 * no cue, found by an allow-list: a capitalised word that is no ordinary English word (Debian's
 * wamerican and wbritish word lists, in {@code data/}) is masked with its neighbours.</li>
 * <li>{@code ClientCodeMap}: one fresh code per client ({@code CL-T001}, ...).</li>
 * <li>{@code Deidentifier}: EMF copies with every text scrubbed, date fields set to 1 January,
 * fingerprints dropped, and every change listed by document and field.</li>
 * <li>{@code DeidentifiedExport}: one XMI file per copy in an empty folder, and {@code changes.txt}
 * without the original values.</li>
 * </ul>
 */
package org.rapport.deidentify;
