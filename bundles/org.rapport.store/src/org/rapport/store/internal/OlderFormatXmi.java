// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.rapport.model.RapportPackage;
import org.rapport.model.time.Dates;

/**
 * XMI resources that read the values older formats wrote as well as today's. Format 1 wrote a
 * time without its seconds when they were zero ({@code 2026-04-09T15:00}), which XML Schema's
 * {@code dateTime}, and so the model's data type, refuses; {@link Dates} reads both forms.
 * Everything is written in the current form.
 */
final class OlderFormatXmi extends XMIResourceFactoryImpl {

  @Override
  public Resource createResource(URI uri) {
    return new XMIResourceImpl(uri) {
      @Override
      protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
          @Override
          protected Object createFromString(EFactory factory, EDataType type, String value) {
            if (type == RapportPackage.Literals.DATE_TIME) {
              return Dates.parseDateTime(value);
            }
            if (type == RapportPackage.Literals.DATE) {
              return Dates.parseDate(value);
            }
            return super.createFromString(factory, type, value);
          }
        };
      }
    };
  }
}
