// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.Person;
import org.rapport.model.RapportFactory;
import org.rapport.model.signing.Keys;
import org.rapport.model.signing.Signer;
import org.rapport.sync.LabCredentials;

/** Lab passwords kept on a workstation, sealed for the person signed in. */
class LabCredentialStoreTest {

  private static final String LAB = "https://lab.example/casebooks/fairweather.git";

  @Test
  void aPasswordKeptForOnePersonOpensForThemAloneAndForThatLabAlone() throws Exception {
    Path folder = Files.createTempDirectory("rapport-lab-credentials");
    LabCredentialStore store = new LabCredentialStore(folder);
    Signer trainee = signer("P-trainee-1");
    store.keep(trainee, LAB, new LabCredentials("fairweather", "token with spaces and é".toCharArray()));

    LabCredentials found = store.find(trainee, LAB).orElseThrow();
    assertEquals("fairweather", found.user());
    assertArrayEquals("token with spaces and é".toCharArray(), found.password());

    assertTrue(store.find(signer("P-trainee-1"), LAB).isEmpty(), "another key, even under the same person id, opens nothing");
    assertTrue(store.find(trainee, "https://lab.example/casebooks/other.git").isEmpty(), "nor does another lab's address");
    List<Path> files;
    try (var listed = Files.list(folder)) {
      files = listed.toList();
    }
    assertEquals(1, files.size());
    String sealed = new String(Files.readAllBytes(files.get(0)), StandardCharsets.ISO_8859_1);
    assertFalse(sealed.contains("fairweather") || sealed.contains("token"), "nothing readable is kept");
  }

  @Test
  void aChangedFileOpensNothingAndForgettingRemovesIt() throws Exception {
    Path folder = Files.createTempDirectory("rapport-lab-credentials");
    LabCredentialStore store = new LabCredentialStore(folder);
    Signer supervisor = signer("P-sup-1");
    store.keep(supervisor, LAB, new LabCredentials("hollis", "s3cret".toCharArray()));
    Path file;
    try (var listed = Files.list(folder)) {
      file = listed.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 1] ^= 1;
    Files.write(file, bytes);
    assertTrue(store.find(supervisor, LAB).isEmpty(), "a changed seal opens nothing (the password is asked again)");

    store.keep(supervisor, LAB, new LabCredentials("hollis", "s3cret".toCharArray()));
    assertTrue(store.find(supervisor, LAB).isPresent());
    store.forget(supervisor, LAB);
    assertTrue(store.find(supervisor, LAB).isEmpty());
    assertFalse(Files.exists(file));
  }

  private static Signer signer(String id) {
    Person person = RapportFactory.eINSTANCE.createPerson();
    person.setId(id);
    return new Signer(person, Keys.generate());
  }
}
