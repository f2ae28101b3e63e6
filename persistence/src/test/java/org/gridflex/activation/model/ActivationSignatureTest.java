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

class ActivationSignatureTest {

    private static final Instant T = Instant.parse("2026-11-23T15:00:00.123Z");

    private static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static Activation unsigned(long setpointW) {
        return Activation.unsigned("a-1", "bat-1", 7, T, T.plusSeconds(4), setpointW);
    }

    @Test
    void aSignedActivationVerifiesWithTheSignersPublicKeyOnly() throws Exception {
        KeyPair node = keys();
        Activation signed = ActivationSignature.sign(unsigned(3500), ActivationSignature.keyId(node.getPublic()), node.getPrivate());
        assertTrue(ActivationSignature.verify(signed, node.getPublic()));
        assertFalse(ActivationSignature.verify(signed, keys().getPublic()), "another node's key");
        assertEquals(16, signed.keyId().length());
    }

    @Test
    void aChangedFieldBreaksTheSignature() throws Exception {
        KeyPair node = keys();
        Activation signed = ActivationSignature.sign(unsigned(3500), "k", node.getPrivate());
        Activation forged = new Activation(signed.activationId(), signed.deviceId(), signed.sequence(), signed.issuedAt(),
                signed.validUntil(), 9000, signed.keyId(), signed.signature());
        assertFalse(ActivationSignature.verify(forged, node.getPublic()));
        assertFalse(ActivationSignature.verify(unsigned(3500), node.getPublic()), "no signature");
        assertFalse(ActivationSignature.verify(signed.signedWith("k", "not base64!"), node.getPublic()));
    }

    @Test
    void aSetpointsActivationsShareOneSignatureAndEachVerifiesAloneByItsProof() throws Exception {
        KeyPair node = keys();
        for (int n : new int[] {2, 3, 7, 51, 64}) {
            java.util.List<Activation> unsigned = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                unsigned.add(Activation.unsigned("a-" + i, "dev-" + i, i, T, T.plusSeconds(4), 1000L * i));
            }
            java.util.List<Activation> signed = ActivationSignature.signAll(unsigned, "k", node.getPrivate());
            assertEquals(1, signed.stream().map(Activation::signature).distinct().count(), "one signature per setpoint");
            for (Activation a : signed) {
                assertTrue(ActivationSignature.verify(a, node.getPublic()), n + " leaves: " + a.activationId());
                assertTrue(a.proof().size() <= 32 - Integer.numberOfLeadingZeros(n - 1) + 1);
            }
            Activation first = signed.get(0);
            Activation moved = new Activation(first.activationId(), first.deviceId(), first.sequence(), first.issuedAt(),
                    first.validUntil(), first.setpointW() + 1, first.keyId(), first.signature(), first.proof());
            assertFalse(ActivationSignature.verify(moved, node.getPublic()), "a changed setpoint breaks the proof");
            Activation borrowed = signed.get(1).signedWith("k", first.signature(), first.proof());
            assertFalse(ActivationSignature.verify(borrowed, node.getPublic()), "another activation's proof does not fit");
        }
    }

    @Test
    void verifyingASetpointAtOnceGivesEachActivationTheAnswerOfVerifyingItAlone() throws Exception {
        KeyPair node = keys();
        KeyPair other = keys();
        List<Activation> unsigned = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            unsigned.add(Activation.unsigned("a-" + i, "dev-" + i, i, T, T.plusSeconds(4), 1000L * i));
        }
        List<Activation> batch = new ArrayList<>(ActivationSignature.signAll(unsigned, "k", node.getPrivate()));
        List<Activation> otherSetpoint = ActivationSignature.signAll(
                List.of(Activation.unsigned("b-0", "dev-x", 99, T, T.plusSeconds(4), 500)), "k", node.getPrivate());
        batch.add(otherSetpoint.get(0));
        Activation tampered = batch.get(7);
        batch.set(7, Activation.unsigned(tampered.activationId(), tampered.deviceId(), tampered.sequence(),
                tampered.issuedAt(), tampered.validUntil(), tampered.setpointW() + 1)
                .signedWith(tampered.keyId(), tampered.signature(), tampered.proof()));
        batch.add(ActivationSignature.signAll(List.of(unsigned.get(3)), "k", other.getPrivate()).get(0));

        List<Boolean> each = ActivationSignature.verifyEach(batch, node.getPublic());
        assertEquals(batch.size(), each.size());
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(ActivationSignature.verify(batch.get(i), node.getPublic()), each.get(i), "activation " + i);
        }
        assertFalse(each.get(7), "a changed setpoint fails although its siblings share its signature");
        assertTrue(each.get(51), "another setpoint's activation, signed separately");
        assertFalse(each.get(52), "signed by another key");
        assertEquals(50, each.subList(0, 51).stream().filter(b -> b).count());
    }

    @Test
    void publicKeysTravelAsBase64X509() throws Exception {
        KeyPair node = keys();
        assertEquals(node.getPublic(), ActivationSignature.decode(ActivationSignature.encode(node.getPublic())));
        assertEquals(ActivationSignature.keyId(node.getPublic()),
                ActivationSignature.keyId(ActivationSignature.decode(ActivationSignature.encode(node.getPublic()))));
    }
}
