package org.gridflex.activation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootSignatureChecksTest {

    private static final Instant ISSUED = Instant.parse("2026-11-29T15:00:00Z");

    private static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static List<Activation> setpoint(String prefix, int devices, KeyPair signer) {
        List<Activation> unsigned = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            unsigned.add(Activation.unsigned(prefix + i, "dev-" + i, i, ISSUED, ISSUED.plusSeconds(4), 100L * i));
        }
        return ActivationSignature.signAll(unsigned, "k", signer.getPrivate());
    }

    @Test
    void givesTheAnswerOfVerifyForEveryActivationWhateverWasCheckedBefore() throws Exception {
        KeyPair node = keys();
        KeyPair other = keys();
        RootSignatureChecks checks = new RootSignatureChecks(8);
        List<Activation> mixed = new ArrayList<>(setpoint("a", 9, node));
        Activation honest = mixed.get(4);
        mixed.add(Activation.unsigned(honest.activationId(), honest.deviceId(), honest.sequence(), honest.issuedAt(),
                honest.validUntil(), honest.setpointW() + 1).signedWith(honest.keyId(), honest.signature(), honest.proof()));
        mixed.addAll(setpoint("b", 3, other));
        for (Activation a : mixed) {
            for (KeyPair key : List.of(node, other)) {
                assertEquals(ActivationSignature.verify(a, key.getPublic()), checks.verify(a, key.getPublic()),
                        a.activationId() + " " + a.setpointW());
            }
        }
        assertFalse(checks.verify(mixed.get(9), node.getPublic()), "a changed setpoint under a checked root");
        assertTrue(checks.verify(mixed.get(10), other.getPublic()));
        assertFalse(checks.verify(mixed.get(10), node.getPublic()), "a root checked with one key says nothing of another");
    }

    @Test
    void remembersOneOutcomePerRootUpToItsCapacity() throws Exception {
        KeyPair node = keys();
        RootSignatureChecks checks = new RootSignatureChecks(2);
        for (String prefix : List.of("a", "b", "c")) {
            for (Activation a : setpoint(prefix, 5, node)) {
                assertTrue(checks.verify(a, node.getPublic()));
            }
        }
        assertEquals(2, checks.remembered(), "three roots, the oldest forgotten");
    }
}
