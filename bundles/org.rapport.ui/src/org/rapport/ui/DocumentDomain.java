// SPDX-License-Identifier: EPL-2.0
package org.rapport.ui;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.rapport.model.Document;
import org.rapport.model.provider.RapportItemProviderAdapterFactory;

/** The editing domain of one open document: the generated item providers and a command stack of its own. */
final class DocumentDomain {

  private DocumentDomain() {
  }

  static AdapterFactoryEditingDomain of(Document document) {
    ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    adapters.addAdapterFactory(new RapportItemProviderAdapterFactory());
    adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    // the document's own resource set, so that references resolve as the store reads them
    ResourceSet resources = document.eResource() != null && document.eResource().getResourceSet() != null
        ? document.eResource().getResourceSet() : new ResourceSetImpl();
    return new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resources);
  }

  /** The item providers of {@code domain}, made by {@link #of}. */
  static ComposedAdapterFactory adapters(AdapterFactoryEditingDomain domain) {
    return (ComposedAdapterFactory) domain.getAdapterFactory();
  }
}
