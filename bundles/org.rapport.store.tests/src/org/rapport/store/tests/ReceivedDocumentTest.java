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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.model.SessionPlan;
import org.rapport.store.IncomingDocument;
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
  void manyReceivedDocumentsAreTakenAtOnceAndOneThatBelongsElsewhereIsNamed() throws Exception {
    try (OpenCasebook open = store.create(folder, "Lab")) {
      Fixtures.client(open.index(), "CL-0417", 3);
      open.saveIndex();
      List<IncomingDocument> incoming = new ArrayList<>();
      for (int session = 1; session <= 3; session++) {
        byte[] bytes = store.toBytes(Fixtures.plan("CL-0417", session));
        incoming.add(new IncomingDocument(store.readIncoming(bytes, "plan " + session, SessionPlan.class), bytes,
            "clients/CL-0417/sessions/0" + session + "-plan.xmi"));
      }
      byte[] stray = store.toBytes(Fixtures.agreement("CL-0417"));
      incoming.add(new IncomingDocument(store.readIncoming(stray, "agreement", Document.class), stray, "clients/CL-0552/agreement.xmi"));
      long trailBefore = open.audit().entries().size();

      Map<String, String> refused = open.receiveAll(incoming, null, "commit 89abcde by Hollis");

      assertEquals(List.of("clients/CL-0552/agreement.xmi"), List.copyOf(refused.keySet()));
      assertEquals(3, open.entries(EnumSet.of(DocumentKind.PLAN)).size());
      for (IncomingDocument taken : incoming.subList(0, 3)) {
        assertArrayEquals(taken.bytes(), Files.readAllBytes(folder.resolve(taken.file())));
      }
      assertEquals(trailBefore + 3, open.audit().entries().size(), "one entry for each document taken");
      assertTrue(open.audit().verify().isEmpty(), "the trail's chain holds across the batch");
    }
    try (OpenCasebook open = store.open(folder)) {
      assertEquals(3, open.entries(EnumSet.of(DocumentKind.PLAN)).size(), "the index listing them was written");
    }
  }

  @Test
  void aBatchThatCannotBeWrittenListsNothingItDidNotWrite() throws Exception {
    try (OpenCasebook open = store.create(folder, "Lab")) {
      Fixtures.client(open.index(), "CL-0417", 2);
      open.saveIndex();
      List<IncomingDocument> incoming = new ArrayList<>();
      for (int session = 1; session <= 2; session++) {
        byte[] bytes = store.toBytes(Fixtures.plan("CL-0417", session));
        incoming.add(new IncomingDocument(store.readIncoming(bytes, "plan", SessionPlan.class), bytes,
            "clients/CL-0417/0" + session + "-plan.xmi"));
      }
      ((org.rapport.store.internal.OpenCasebookImpl) open).setStepListener(step -> {
        throw new java.io.IOException("No space left on device");
      });
      StoreException full = assertThrows(StoreException.class, () -> open.receiveAll(incoming, null, "commit"));
      assertTrue(full.getMessage().contains("none was written"), full.getMessage());
      assertTrue(open.entries(EnumSet.of(DocumentKind.PLAN)).isEmpty(), "no entry for a file not written");
      assertFalse(Files.exists(folder.resolve("clients/CL-0417/01-plan.xmi")));
      try (var left = Files.list(folder.resolve("clients/CL-0417"))) {
        assertEquals(0, left.count(), "no temporary file is left behind");
      }
    }
  }

  @Test
  void aDocumentForAnUnknownSessionOrAtAnotherDocumentsFileIsNamedAndTheRestTaken() throws Exception {
    try (OpenCasebook open = store.create(folder, "Lab")) {
      Fixtures.client(open.index(), "CL-0417", 1);
      open.saveIndex();
      open.save(Fixtures.plan("CL-0417", 1), null);
      String taken = open.entries(EnumSet.of(DocumentKind.PLAN)).get(0).getFile();
      SessionPlan unknownSession = Fixtures.plan("CL-0417", 7);
      SessionPlan impostor = Fixtures.plan("CL-0417", 1);
      impostor.setId("CL-0417-S1-other-plan");
      List<IncomingDocument> incoming = List.of(
          new IncomingDocument(unknownSession, store.toBytes(unknownSession), "clients/CL-0417/07-plan.xmi"),
          new IncomingDocument(impostor, store.toBytes(impostor), taken.toUpperCase(java.util.Locale.ROOT).replace("CLIENTS/CL-0417/",
              "clients/CL-0417/")));
      Map<String, String> refused = open.receiveAll(incoming, null, "commit");
      assertTrue(refused.get("clients/CL-0417/07-plan.xmi").contains("has no session CL-0417-S7"), refused.toString());
      assertEquals(1, refused.values().stream().filter(r -> r.contains("is the file of document CL-0417-S1-plan")).count(), refused.toString());
      assertEquals(1, open.entries(EnumSet.of(DocumentKind.PLAN)).size(), "nothing else was listed");
    }
  }

  @Test
  void aClosedCasebookTakesNoMoreWrites() throws Exception {
    OpenCasebook open = store.create(folder, "Lab");
    Fixtures.client(open.index(), "CL-0417", 1);
    open.saveIndex();
    open.close();
    StoreException refused = assertThrows(StoreException.class, () -> open.save(Fixtures.plan("CL-0417", 1), null));
    assertTrue(refused.getMessage().contains("was closed; nothing was saved"), refused.getMessage());
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
