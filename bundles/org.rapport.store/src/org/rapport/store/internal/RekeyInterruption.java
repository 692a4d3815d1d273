// SPDX-License-Identifier: EPL-2.0
package org.rapport.store.internal;

import java.io.IOException;

/** Where a change of passphrase can be interrupted, so that tests can stop it at each point, as a crash would. */
@FunctionalInterface
public interface RekeyInterruption {

  RekeyInterruption NONE = point -> { };

  void at(String point) throws IOException;
}
