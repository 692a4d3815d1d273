// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.internal.PersistedLayout;

/** The check that decides whether a saved window layout is used or set aside at start-up. */
class PersistedLayoutTest {

  @TempDir
  Path folder;

  @Test
  void aMissingLayoutIsNoProblem() {
    assertNull(PersistedLayout.problemWith(folder.resolve("workbench.xmi")));
  }

  @Test
  void aWellFormedWorkbenchModelIsAccepted() throws IOException {
    Path file = write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <application:Application xmlns:application="http://www.eclipse.org/ui/2010/UIModel/application" elementId="x"/>
        """);
    assertNull(PersistedLayout.problemWith(file));
  }

  @Test
  void aLayoutCutShortByACrashIsRejected() throws IOException {
    Path file = write("<?xml version=\"1.0\"?>\n<application:Application xmlns:application=\"http://www.eclipse.org/ui/2010/UIModel/application\"><children ");
    assertTrue(PersistedLayout.problemWith(file).contains("not well-formed"));
  }

  @Test
  void anEmptyFileIsRejected() throws IOException {
    assertNotNull(PersistedLayout.problemWith(write("")));
  }

  @Test
  void binaryGarbageIsRejected() throws IOException {
    Path file = folder.resolve("workbench.xmi");
    Files.write(file, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 42});
    assertNotNull(PersistedLayout.problemWith(file));
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedRatherThanExpanded() throws IOException {
    Path file = write("""
        <?xml version="1.0"?>
        <!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <application:Application xmlns:application="http://www.eclipse.org/ui/2010/UIModel/application">&x;</application:Application>
        """);
    assertNotNull(PersistedLayout.problemWith(file));
  }

  @Test
  void wellFormedXmlThatIsNoWorkbenchModelIsRejected() throws IOException {
    assertNotNull(PersistedLayout.problemWith(write("<casebook/>")));
  }

  @Test
  void aLayoutSavedWithOtherMenusAndPartsIsTold() throws IOException {
    Path file = write("<application:Application xmlns:application=\"http://www.eclipse.org/ui/2010/UIModel/application\"/>");
    String model = PersistedLayout.digestOf(new java.io.ByteArrayInputStream("this version's model".getBytes()));
    assertTrue(PersistedLayout.staleness(file, model).contains("did not record its menus and parts"), "saved before the record existed");
    PersistedLayout.stamp(file, model);
    assertNull(PersistedLayout.staleness(file, model), "saved by this version");
    String next = PersistedLayout.digestOf(new java.io.ByteArrayInputStream("the next version's model".getBytes()));
    assertTrue(PersistedLayout.staleness(file, next).contains("other menus and parts"), "saved by another version");
    assertNull(PersistedLayout.staleness(folder.resolve("none.xmi"), next), "no saved layout, nothing to set aside");
  }

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("workbench.xmi"), content);
  }
}
