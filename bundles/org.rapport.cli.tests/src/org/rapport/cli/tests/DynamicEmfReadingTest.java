// SPDX-License-Identifier: EPL-2.0
package org.rapport.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.CasebookGenerator;
import org.rapport.cli.internal.UpgradeApplication;

/**
 * The files read as FORMAT.md says an outside tool reads them: plain EMF with only
 * {@code rapport.ecore} as a dynamic package, no Rapport class. Every file of the current format
 * loads on its own, dates as XML Schema calendars, with no error and no unresolved reference; a
 * format 1 casebook does not until {@code rapport upgrade} has rewritten it.
 */
class DynamicEmfReadingTest {

  private static final Path ECORE = Path.of("../org.rapport.model/model/rapport.ecore").toAbsolutePath().normalize();
  private static final Path DEMO = Path.of("../../seeds/demo-casebook").toAbsolutePath().normalize();
  private static final Path FORMAT_1 = Path.of("../org.rapport.store.tests/data/format1-casebook").toAbsolutePath().normalize();

  @TempDir
  Path work;

  @Test
  void everyFileOfTheDemoCasebookLoadsFromTheEcoreAlone() throws Exception {
    assertEquals(23, loadEach(DEMO, schema()), "the index and the 22 documents");
  }

  @Test
  void datesReadAsXmlSchemaValues() throws Exception {
    EPackage schema = schema();
    Path plan = DEMO.resolve("clients/CL-0417/sessions/01-plan.xmi");
    EObject root = resourceSet(schema).getResource(URI.createFileURI(plan.toString()), true).getContents().get(0);
    Object when = root.eGet(root.eClass().getEStructuralFeature("dateTime"));
    XMLGregorianCalendar calendar = assertInstanceOf(XMLGregorianCalendar.class, when);
    assertEquals(DatatypeConstants.DATETIME, calendar.getXMLSchemaType());
    assertEquals("2026-02-10T10:00:00", calendar.toXMLFormat());
  }

  @Test
  void everyFileOfAGeneratedCasebookLoadsFromTheEcoreAlone() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    Path folder = work.resolve("generated");
    new CasebookGenerator(CheckCommandTest.store, null).generate(folder, 45, 3);
    assertEquals(1 + 3 + 45 * 2, loadEach(folder, schema()), "the index, an agreement per client and two documents per session");
  }

  @Test
  void aFormatOneCasebookLoadsFromTheEcoreAloneOnceUpgraded() throws Exception {
    CheckCommandTest.storeFromTheServiceRegistry();
    Path folder = org.rapport.store.CasebookFolders.copy(FORMAT_1, work.resolve("old"));
    Path plan = folder.resolve("clients/CL-0417/sessions/01-plan.xmi");
    Exception failure = assertThrows(RuntimeException.class, () -> resourceSet(schema()).getResource(URI.createFileURI(plan.toString()), true));
    assertTrue(String.valueOf(failure.getMessage()).contains("is not legal"), "format 1 wrote times without seconds: " + failure);

    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = UpgradeApplication.run(new String[] {folder.toString()}, CheckCommandTest.store, new java.io.PrintStream(out, true),
        new java.io.PrintStream(err, true));
    assertEquals(0, status, err.toString());
    assertEquals("rewrote 22 documents of " + folder + " in the current format", out.toString().strip());
    assertEquals(23, loadEach(folder, schema()), "the index and the 22 documents, rewritten");
  }

  /** Loads every .xmi file under {@code folder} in a resource set of its own; @return how many. */
  private static int loadEach(Path folder, EPackage schema) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(file -> file.toString().endsWith(".xmi")).filter(file -> !file.toString().contains("/.")).sorted().toList();
    }
    for (Path file : files) {
      ResourceSet set = resourceSet(schema);
      Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
      EcoreUtil.resolveAll(set);
      assertEquals(List.of(), resource.getErrors(), file.toString());
      assertEquals(java.util.Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(set), file + ": unresolved references");
      EObject root = resource.getContents().get(0);
      assertEquals(schema, root.eClass().getEPackage(), file + " was read with the dynamic package");
      assertFalse(root instanceof org.rapport.model.Document || root instanceof org.rapport.model.Casebook,
          file + " must not be read with Rapport's generated classes");
    }
    return files.size();
  }

  private static ResourceSet resourceSet(EPackage schema) {
    ResourceSet set = new ResourceSetImpl();
    set.getPackageRegistry().put(schema.getNsURI(), schema);   // ahead of the generated package in the global registry
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    return set;
  }

  /** {@code rapport.ecore} loaded as a dynamic package, exactly as it is. */
  private static EPackage schema() {
    ResourceSet set = new ResourceSetImpl();
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    return (EPackage) set.getResource(URI.createFileURI(ECORE.toString()), true).getContents().get(0);
  }
}
