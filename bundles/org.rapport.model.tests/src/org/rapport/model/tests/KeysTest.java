// SPDX-License-Identifier: EPL-2.0
package org.rapport.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.rapport.model.signing.Keys;

/**
 * {@link Keys#verifies} checks Ed25519 signatures with Bouncy Castle's code for speed: it must say
 * what the JDK's verifier says, for signatures that hold and for every way one can be damaged.
 */
class KeysTest {

  private final KeyPair keys = Keys.generate(new java.security.SecureRandom(new byte[] {7}));
  private final byte[] data = "step=approve\nactor=P-sup-1\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void acceptsWhatTheJdkAccepts() throws Exception {
    byte[] signature = sign(data);
    assertTrue(jdkVerifies(data, signature));
    assertTrue(Keys.verifies(keys.getPublic(), data, signature));
  }

  @Test
  void refusesWhatTheJdkRefuses() throws Exception {
    byte[] signature = sign(data);
    byte[] otherData = Arrays.copyOf(data, data.length);
    otherData[5] ^= 1;
    byte[] flipped = signature.clone();
    flipped[40] ^= 1;
    byte[] bigS = signature.clone();
    bigS[63] |= (byte) 0xf0;   // S far above the group order: not canonical
    KeyPair other = Keys.generate(new java.security.SecureRandom(new byte[] {8}));
    for (byte[][] c : new byte[][][] {{otherData, signature}, {data, flipped}, {data, bigS}}) {
      assertFalse(jdkVerifies(c[0], c[1]));
      assertFalse(Keys.verifies(keys.getPublic(), c[0], c[1]));
    }
    assertFalse(Keys.verifies(other.getPublic(), data, signature));
    assertFalse(Keys.verifies(keys.getPublic(), data, Arrays.copyOf(signature, 63)));
    assertFalse(Keys.verifies(keys.getPublic(), data, new byte[0]));
  }

  @Test
  void theTextFormTakesTheSamePath() throws Exception {
    String signature = java.util.Base64.getEncoder().encodeToString(sign(data));
    assertTrue(Keys.verifies(Keys.encode(keys.getPublic()), data, signature));
    assertFalse(Keys.verifies(Keys.encode(keys.getPublic()), data, "not base64 !"));
    assertEquals(44, keys.getPublic().getEncoded().length, "an Ed25519 key in its X.509 form");
  }

  private byte[] sign(byte[] bytes) throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(keys.getPrivate());
    signer.update(bytes);
    return signer.sign();
  }

  private boolean jdkVerifies(byte[] bytes, byte[] signature) throws Exception {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(keys.getPublic());
    verifier.update(bytes);
    try {
      return verifier.verify(signature);
    } catch (java.security.SignatureException e) {
      return false;
    }
  }
}
