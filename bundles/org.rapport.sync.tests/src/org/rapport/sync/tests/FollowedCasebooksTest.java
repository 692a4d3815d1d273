// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.sync.FollowedCasebooks;

/** The workstation's list of lab casebooks a desk shows: kept in order, once each, and never lost to a bad file. */
class FollowedCasebooksTest {

  @TempDir
  Path workstation;

  @Test
  void aCasebookIsFollowedOnceInTheOrderItCameAndCanBeLeft() {
    FollowedCasebooks desk = new FollowedCasebooks(workstation.resolve("desk"));
    assertEquals(List.of(), desk.folders(), "a workstation without a list follows nothing");
    assertTrue(desk.follow(workstation.resolve("ada")));
    assertTrue(desk.follow(workstation.resolve("ben/../bea")));
    assertFalse(desk.follow(workstation.resolve("ada/.")), "the same folder, written another way, is followed already");
    assertEquals(List.of(workstation.resolve("ada"), workstation.resolve("bea")), new FollowedCasebooks(workstation.resolve("desk")).folders(),
        "the list is read back by the next start");
    assertTrue(desk.unfollow(workstation.resolve("ada")));
    assertFalse(desk.unfollow(workstation.resolve("ada")));
    assertEquals(List.of(workstation.resolve("bea")), desk.folders());
  }

  @Test
  void linesThatNameNoFolderAreLeftOutAndTheRestKept() throws Exception {
    Path file = workstation.resolve("desk");
    Files.writeString(file, "# a comment\n\nrelative/folder\n" + workstation.resolve("cara") + "\n" + workstation.resolve("cara") + "\n");
    FollowedCasebooks desk = new FollowedCasebooks(file);
    assertEquals(List.of(workstation.resolve("cara")), desk.folders());
  }

  @Test
  void aListThatCannotBeReadIsNeverWrittenOver() throws Exception {
    Path file = workstation.resolve("desk");
    Files.createDirectories(file.resolve("inside"));
    // a folder where the file should be: it cannot be read, as a damaged disk or a wrong owner would make it
    FollowedCasebooks desk = new FollowedCasebooks(file);
    assertEquals(List.of(), desk.folders(), "an unreadable list shows as empty");
    assertFalse(desk.follow(workstation.resolve("fay")), "and is not replaced by a list of one");
    assertTrue(Files.isDirectory(file.resolve("inside")), "what stood there is still there");
  }
}
