// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The status line after a lab turned the workstation away names what it turned away. */
class LabStateTest {

  @Test
  void anSshLabRefusesTheKeyAndAnyOtherLabThePassword() {
    assertEquals("Lab: the lab did not accept this workstation's SSH key at 14:05",
        LabState.refusedLine("ssh://trainee@lab.example/srv/lab/fairweather.git", "14:05"));
    assertEquals("Lab: the lab did not accept this workstation's SSH key at 14:05",
        LabState.refusedLine("trainee@lab.example:srv/lab/fairweather.git", "14:05"), "the short form scp and git use");
    assertEquals("Lab: the lab refused the password at 14:05", LabState.refusedLine("https://lab.example/fairweather.git", "14:05"));
    assertEquals("Lab: the lab refused the password at 14:05", LabState.refusedLine("git://127.0.0.1:9418/lab.git", "14:05"));
  }
}
