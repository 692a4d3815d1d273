// SPDX-License-Identifier: EPL-2.0
/**
 * Casebooks shared between a lab's workstations through a Git server, offline first.
 *
 * <p>A shared casebook has a bare Git repository in {@code .lab/} and is never a checkout: each
 * sync builds a commit from the files that travel (the index without its document entries and
 * audit anchor, the document files, the sealed key files, open conflicts), fetches the lab's
 * history, merges it file by file through the store, and sends the result. What happens to a file
 * depends only on who changed it since the shared version:
 * <ul>
 * <li>one side: that side's version, after the lab's has been checked (it parses with the store's
 * defences, sits in its client's folder, keeps every signed step this side had, and its steps
 * verify against the people of the index); a refused version is reported and this side's goes back
 * to the lab;</li>
 * <li>both, the index: merged object by object (people, keys, clients, sessions), nothing
 * removed;</li>
 * <li>both, a reflection note on which one side only commented and the other took steps too: the
 * union of both sides' steps ({@link org.rapport.model.signing.NoteUnion}), once it verifies;</li>
 * <li>both, a proposed agreement on which each side only recorded signatures, of different
 * parties: the union of the signatures ({@link org.rapport.model.signing.AgreementUnion}), once it
 * verifies;</li>
 * <li>both, any other document: a conflict. This side's version stays in place and the other goes
 * to {@code conflicts/<path>}, which travels too, until a person chooses.</li>
 * </ul>
 * Everything that touches the open casebook runs through an {@link java.util.concurrent.Executor}
 * the caller gives (the UI thread in the workbench); the network is used on the caller's thread.
 *
 * <p>{@link org.rapport.sync.FollowedCasebooks} is the workstation's list of lab casebooks that a
 * desk shows; the engine never writes it itself: the workbench and the lab commands do, after a
 * clone, a share or an opening of a linked casebook.
 */
package org.rapport.sync;
