// SPDX-License-Identifier: EPL-2.0
package org.rapport.sync.tests;

import java.util.EnumSet;

import org.rapport.model.Document;
import org.rapport.model.DocumentEntry;
import org.rapport.model.DocumentKind;
import org.rapport.store.OpenCasebook;
import org.rapport.sync.CasebookSync;
import org.rapport.sync.CasebookSync.Outcome;
import org.rapport.sync.LabCredentials;

/** The steps the lab tests take on a workstation, with the store {@link LabSyncTest} took from the registry. */
final class Workstation {

  private Workstation() {
  }

  /** The store as the service registry publishes it (a DS component), waited for. */
  static org.rapport.store.CasebookStore storeFromRegistry(Class<?> test) throws InterruptedException {
    org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(test).getBundleContext();
    var tracker = new org.osgi.util.tracker.ServiceTracker<org.rapport.store.CasebookStore, org.rapport.store.CasebookStore>(context,
        org.rapport.store.CasebookStore.class, null);
    tracker.open();
    try {
      return tracker.waitForService(10_000);
    } finally {
      tracker.close();
    }
  }

  static CasebookSync sync() {
    return new CasebookSync(LabSyncTest.store);
  }

  /** Syncs {@code casebook} as {@code actor} with a lab that asks for no password. */
  static Outcome sync(OpenCasebook casebook, String actor) {
    return sync().sync(casebook, LabCredentials.none(), actor, Runnable::run, step -> { });
  }

  /** The document at {@code file} (a path in the casebook), or an assertion failure naming it. */
  static Document load(OpenCasebook casebook, String file) {
    DocumentEntry entry = casebook.entries(EnumSet.allOf(DocumentKind.class)).stream().filter(e -> file.equals(e.getFile()))
        .findFirst().orElseThrow(() -> new AssertionError("no document " + file));
    return casebook.load(entry).document();
  }
}
