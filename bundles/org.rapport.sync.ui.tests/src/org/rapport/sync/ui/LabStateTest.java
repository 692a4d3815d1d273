// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.e4.core.services.nls.IMessageFactoryService;
import org.eclipse.e4.core.services.translation.ResourceBundleProvider;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The status line after a lab turned the workstation away names what it turned away, in the user's language. */
class LabStateTest {

  private static final SyncMessages ENGLISH = texts(Locale.ENGLISH);

  @Test
  void anSshLabRefusesTheKeyAndAnyOtherLabThePassword() {
    assertEquals("Lab: the lab did not accept this workstation's SSH key at 14:05",
        LabState.refusedLine(ENGLISH, "ssh://trainee@lab.example/srv/lab/fairweather.git", "14:05"));
    assertEquals("Lab: the lab did not accept this workstation's SSH key at 14:05",
        LabState.refusedLine(ENGLISH, "trainee@lab.example:srv/lab/fairweather.git", "14:05"), "the short form scp and git use");
    assertEquals("Lab: the lab refused the password at 14:05", LabState.refusedLine(ENGLISH, "https://lab.example/fairweather.git", "14:05"));
    assertEquals("Lab: the lab refused the password at 14:05", LabState.refusedLine(ENGLISH, "git://127.0.0.1:9418/lab.git", "14:05"));
  }

  @Test
  void theLineSpeaksGermanToAGermanUser() throws Exception {
    SyncMessages german = texts(Locale.GERMAN);
    assertEquals("Institut: das Institut hat das Passwort um 14:05 abgelehnt",
        LabState.refusedLine(german, "https://lab.example/fairweather.git", "14:05"));
    LabState state = new LabState(german);
    state.follow(java.nio.file.Files.createTempDirectory("rapport-lab-state"));
    assertEquals("Nicht mit einem Institut geteilt", state.line(), "a casebook with no lab");
  }

  /** The texts as e4 fills them for {@code @Translation}, from the same OSGi services. */
  private static SyncMessages texts(Locale locale) {
    BundleContext context = FrameworkUtil.getBundle(LabStateTest.class).getBundleContext();
    IMessageFactoryService factory = context.getService(context.getServiceReference(IMessageFactoryService.class));
    ResourceBundleProvider bundles = context.getService(context.getServiceReference(ResourceBundleProvider.class));
    return factory.getMessageInstance(locale, SyncMessages.class, bundles);
  }
}
