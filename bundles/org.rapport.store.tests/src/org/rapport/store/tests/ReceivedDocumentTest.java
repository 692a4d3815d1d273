// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.store.OpenCasebook;
import org.rapport.store.StoreException;
import org.rapport.store.internal.XmiCasebookStore;

/** Documents that arrive from another workstation: read with the store's defences, written as they came. */
class ReceivedDocumentTest {

  private final XmiCasebookStore store = new XmiCasebookStore();

  @TempDir
  Path folder;

  @Test
  void aReceivedDocumentIsWrittenAsItCameAndListedWhereTheLabFilesIt() throws Exception {
    try (OpenCasebook open = store.create(folder, "Lab")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      byte[] bytes = store.toBytes(Fixtures.plan("CL-0417", 1));
      SessionPlan plan = store.readIncoming(bytes, "the lab's plan", SessionPlan.class);
      DocumentEntry entry = open.receive(plan, bytes, "clients/CL-0417/sessions/01-plan.xmi", null, "commit 1234567 by Hollis");
      assertEquals("clients/CL-0417/sessions/01-plan.xmi", entry.getFile());
      assertArrayEquals(bytes, Files.readAllBytes(folder.resolve(entry.getFile())), "the file is the lab's, byte for byte");
      assertTrue(open.audit().entries().stream().anyMatch(a -> "receive".equals(a.action()) && plan.getId().equals(a.documentId())
          && "commit 1234567 by Hollis".equals(a.detail())), "the trail says where it came from");
    }
    try (OpenCasebook open = store.open(folder)) {
      DocumentEntry entry = open.entries(EnumSet.of(DocumentKind.PLAN)).get(0);
      Document loaded = open.load(entry).document();
      assertEquals("Copy of the agreement; feelings list", ((SessionPlan) loaded).getMaterials());
    }
  }

  @Test
  void aDocumentIsNotTakenOutsideItsClientsFolderNorAtASecondPlace() throws Exception {
    try (OpenCasebook open = store.create(folder, "Lab")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      Fixtures.client(open.index(), "CL-0552", 1);
      open.saveIndex();
      SessionPlan plan = Fixtures.plan("CL-0417", 1);
      byte[] bytes = store.toBytes(plan);
      for (String elsewhere : new String[] {"clients/CL-0552/plan.xmi", "clients/CL-0417/../../casebook.xmi", "casebook.xmi",
          "clients/CL-0417/plan.txt"}) {
        StoreException refused = assertThrows(StoreException.class, () -> open.receive(plan, bytes, elsewhere, null, "commit"));
        assertTrue(refused.getMessage().contains("is not a place for a document of client CL-0417"), refused.getMessage());
      }
      assertFalse(Files.exists(folder.resolve("clients/CL-0552/plan.xmi")));
      open.save(plan, null);
      StoreException twice = assertThrows(StoreException.class,
          () -> open.receive(plan, bytes, "clients/CL-0417/sessions/01-plan.xmi", null, "commit"));
      assertTrue(twice.getMessage().contains("this casebook files it as clients/CL-0417/"), twice.getMessage());
    }
  }

  @Test
  void incomingContentGetsTheDefencesOfAFile() throws Exception {
    byte[] doctype = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<rapport:SessionPlan xmlns:rapport=\"http://rapport.org/model/1.0\" materials=\"&e;\"/>").getBytes(StandardCharsets.UTF_8);
    StoreException refused = assertThrows(StoreException.class, () -> store.readIncoming(doctype, "the lab's plan", Document.class));
    assertTrue(refused.getMessage().startsWith("the lab's plan cannot be used"), refused.getMessage());
    byte[] sealed = "RPSEAL1\n0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    StoreException sealedRefused = assertThrows(StoreException.class, () -> store.readIncoming(sealed, "the lab's plan", Document.class));
    assertTrue(sealedRefused.getMessage().contains("it is sealed"), sealedRefused.getMessage());
  }
}
