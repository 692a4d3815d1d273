// SPDX-License-Identifier: EPL-2.0
package org.rapport.app.tests;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The application context the launcher would hand to the E4 application of our product: the
 * branding properties are read from the product extension itself, so the test runs exactly what
 * the product declares, with overrides for state that tests must not keep.
 */
final class ProductApplicationContext implements IApplicationContext {

  static final String PRODUCT_ID = "org.rapport.app.product";

  private final Map<String, String> branding = new HashMap<>();
  private final Map<String, Object> arguments = new HashMap<>();
  private final Bundle definingBundle;

  ProductApplicationContext(Map<String, String> overrides) {
    IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products", PRODUCT_ID);
    if (product == null) {
      throw new IllegalStateException("product extension " + PRODUCT_ID + " is not installed");
    }
    for (IConfigurationElement element : product.getConfigurationElements()) {
      for (IConfigurationElement property : element.getChildren("property")) {
        branding.put(property.getAttribute("name"), property.getAttribute("value"));
      }
    }
    branding.putAll(overrides);
    definingBundle = Platform.getBundle(product.getContributor().getName());
    arguments.put(IApplicationContext.APPLICATION_ARGS, new String[0]);
  }

  @Override
  public Map<String, Object> getArguments() {
    return arguments;
  }

  @Override
  public void applicationRunning() {
    // the launcher would take down its splash screen here; there is none in tests
  }

  @Override
  public String getBrandingApplication() {
    return "org.eclipse.e4.ui.workbench.swt.E4Application";
  }

  @Override
  public String getBrandingName() {
    return branding.get("appName");
  }

  @Override
  public String getBrandingDescription() {
    return null;
  }

  @Override
  public String getBrandingId() {
    return PRODUCT_ID;
  }

  @Override
  public String getBrandingProperty(String key) {
    return branding.get(key);
  }

  @Override
  public Bundle getBrandingBundle() {
    return definingBundle;
  }

  @Override
  public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
    // results of asynchronous applications are not used
  }
}
