// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.Test;
import org.rapport.sync.internal.LabSteps;

/**
 * How a transport failure is read: a lab that is down, one that wants a password and one that
 * has no such repository. JGit puts the lab's address at the front of its messages, and the
 * port the operating system hands a test server is chance, so numbers in the address must not
 * count as HTTP statuses.
 */
class LabFailureWordsTest {

  private static TransportException failure(String message, Throwable cause) {
    return new TransportException(message, cause);
  }

  @Test
  void aRefusedConnectionIsOfflineWhateverDigitsThePortHas() {
    for (String port : new String[] {"41401", "40301", "401", "403", "9418"}) {
      String address = "git://127.0.0.1:" + port + "/lab.git";
      TransportException down = failure(address + ": Connection refused",
          new org.eclipse.jgit.errors.TransportException(address + ": Connection refused", new ConnectException("Connection refused")));
      assertFalse(LabSteps.denied(down), port);
      assertTrue(LabSteps.offline(down), port);
      assertTrue(LabSteps.unreachable(address, down).startsWith("Could not reach the lab at " + address), port);
    }
  }

  @Test
  void anHttpRefusalIsDeniedAndAMissingRepositoryIsNeither() {
    String address = "http://127.0.0.1:40100/git/lab.git";
    TransportException unauthorized = failure(address + ": 401 Unauthorized", null);
    assertTrue(LabSteps.denied(unauthorized));
    assertFalse(LabSteps.offline(unauthorized));
    TransportException noCredentials = failure(address + ": Authentication is required but no CredentialsProvider has been registered", null);
    assertTrue(LabSteps.denied(noCredentials));
    TransportException forbidden = failure(address + ": 403 Forbidden", null);
    assertFalse(LabSteps.denied(forbidden));
    assertFalse(LabSteps.offline(forbidden));
    TransportException missing = failure(address + ": repository not found", null);
    assertFalse(LabSteps.denied(missing));
    assertFalse(LabSteps.offline(missing));
  }
}
