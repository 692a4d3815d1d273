// SPDX-License-Identifier: EPL-2.0
/**
 * The Lab Desk: the lab casebooks a workstation follows ({@link org.rapport.sync.FollowedCasebooks}),
 * shown beside the explorer with the reflections awaiting the signed-in person's review in each.
 *
 * <p>One casebook is open in the window at a time, with its lock; the desk reads the others' indexes
 * without one ({@link org.rapport.desk.DeskReader}), so it can list thirty trainees' casebooks while
 * the supervisor works in one. Who "my" review is for is found by the reviewer's public key, which
 * is the same in every casebook, while person ids are each casebook's own. Opening a note from the
 * desk opens its casebook as File > Open Casebook does (closing editors, signing in), then the note;
 * an approval made there travels at that casebook's next sync. Sync All syncs the casebooks not
 * open here one at a time with their own lock ({@link org.rapport.desk.DeskSync}), then the open one
 * through its Sync Now.
 */
package org.rapport.desk;
