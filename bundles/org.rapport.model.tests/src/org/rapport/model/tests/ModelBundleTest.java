// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.Casebook;
import org.rapport.model.ClientCase;
import org.rapport.model.RapportFactory;
import org.rapport.model.RapportPackage;

/** Runs inside OSGi: the model bundle registers its package and its objects survive a save and load. */
class ModelBundleTest {

  @Test
  void theModelPackageIsRegisteredThroughItsBundle() {
    // Found through the generated_package extension, i.e. the OSGi wiring, not by touching the class first.
    EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://rapport.org/model/1.0");
    assertSame(RapportPackage.eINSTANCE, registered);
    assertEquals("Casebook", RapportPackage.Literals.CASEBOOK.getName());
  }

  @Test
  void aCasebookWithClientsSurvivesSaveAndLoad(@TempDir Path folder) throws IOException {
    Casebook casebook = RapportFactory.eINSTANCE.createCasebook();
    casebook.setTitle("Spring placement");
    for (String code : new String[] {"CL-0417", "CL-0552"}) {
      ClientCase client = RapportFactory.eINSTANCE.createClientCase();
      client.setCode(code);
      casebook.getClients().add(client);
    }
    URI uri = URI.createFileURI(folder.resolve("casebook.xmi").toString());
    Resource out = newResourceSet().createResource(uri);
    out.getContents().add(casebook);
    out.save(null);

    Resource in = newResourceSet().getResource(uri, true);
    Casebook loaded = (Casebook) in.getContents().get(0);
    assertEquals("Spring placement", loaded.getTitle());
    assertEquals(2, loaded.getClients().size());
    assertEquals("CL-0552", loaded.getClients().get(1).getCode());
    assertSame(loaded.getClients().get(0), in.getEObject("CL-0417"), "a client code is the object's id");
  }

  private static ResourceSet newResourceSet() {
    ResourceSet set = new ResourceSetImpl();
    set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
    return set;
  }
}
