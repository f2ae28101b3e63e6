package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.ActivationSignature;
import org.gridflex.activation.model.RootSignatureChecks;
import org.gridflex.simulator.ActivationVerifier.Refusal;
import org.gridflex.simulator.ActivationVerifier.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActivationVerifierTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T15:00:00.123Z");
    private static final Instant RECEIVED = ISSUED.plusMillis(40);

    private static KeyPair node;
    private static String keyId;
    private static ActivationVerifier verifier;

    @BeforeAll
    static void nodeKey() throws Exception {
        node = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        keyId = ActivationSignature.keyId(node.getPublic());
        Map<String, PublicKey> published = Map.of(keyId, node.getPublic());
        // as the fleet runs it: root checks shared by the devices of the process
        verifier = new ActivationVerifier(id -> CompletableFuture.completedFuture(Optional.ofNullable(published.get(id))),
                new RootSignatureChecks(16));
    }

    static Activation signed(String deviceId, long setpointW, Instant validUntil, KeyPair signer, String keyId) {
        return ActivationSignature.sign(Activation.unsigned("a-17", deviceId, 17, ISSUED, validUntil, setpointW),
                keyId, signer.getPrivate());
    }

    /** The activation as the node sends it, with a field this device version does not know. */
    static String json(Activation a) {
        return "{\"activationId\":\"" + a.activationId() + "\",\"deviceId\":\"" + a.deviceId() + "\",\"sequence\":"
                + a.sequence() + ",\"issuedAt\":\"" + a.issuedAt() + "\",\"validUntil\":\"" + a.validUntil()
                + "\",\"setpointW\":" + a.setpointW() + ",\"keyId\":\"" + a.keyId() + "\",\"signature\":\""
                + a.signature() + "\",\"proof\":[" + String.join(",", a.proof().stream().map(p -> "\"" + p + "\"").toList())
                + "],\"product\":\"aFRR\"}";
    }

    private static Verdict verify(String json, Instant at) {
        return verifier.verify(json, "bat-1", at).join();
    }

    @Test
    void aCorrectlySignedActivationIsAcknowledged() {
        Activation a = signed("bat-1", 3500, ISSUED.plusSeconds(4), node, keyId);
        Verdict verdict = verify(json(a), RECEIVED);
        assertTrue(verdict.accepted());
        assertNull(verdict.refusal());
        assertEquals(3500, verdict.activation().setpointW());
        assertEquals("a-17", verdict.activationId());
        assertEquals(17, verdict.sequence());
    }

    @Test
    void aTamperedSetpointIsRefusedAsBadSignature() {
        Activation a = signed("bat-1", 3500, ISSUED.plusSeconds(4), node, keyId);
        String tampered = json(a).replace("\"setpointW\":3500", "\"setpointW\":9000");
        assertEquals(Refusal.BAD_SIGNATURE, verify(tampered, RECEIVED).refusal());
    }

    @Test
    void anActivationSignedWithAnotherKeyUnderTheNodesKeyIdIsRefusedAsBadSignature() throws Exception {
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Activation a = signed("bat-1", 3500, ISSUED.plusSeconds(4), forger, keyId);
        assertEquals(Refusal.BAD_SIGNATURE, verify(json(a), RECEIVED).refusal());
    }

    @Test
    void anActivationSignedWithAKeyTheNodeDoesNotPublishIsRefusedAsUnknownKey() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Activation a = signed("bat-1", 3500, ISSUED.plusSeconds(4), other, ActivationSignature.keyId(other.getPublic()));
        assertEquals(Refusal.UNKNOWN_KEY, verify(json(a), RECEIVED).refusal());
    }

    @Test
    void anActivationArrivingAfterItsValidityIsRefusedAsExpired() {
        Activation a = signed("bat-1", 3500, ISSUED.plusSeconds(4), node, keyId);
        assertTrue(verify(json(a), ISSUED.plusSeconds(4)).accepted(), "valid up to and including validUntil");
        assertEquals(Refusal.EXPIRED, verify(json(a), ISSUED.plusSeconds(4).plusMillis(1)).refusal());
    }

    @Test
    void anotherDevicesActivationIsRefusedEvenWhenCorrectlySigned() {
        Activation a = signed("bat-2", 3500, ISSUED.plusSeconds(4), node, keyId);
        assertEquals(Refusal.WRONG_DEVICE, verify(json(a), RECEIVED).refusal());
    }

    @Test
    void aMessageThatIsNoActivationIsRefusedAsMalformedNamingWhatItCan() {
        Verdict verdict = verify("{\"activationId\":\"a-9\",\"sequence\":9}", RECEIVED);
        assertEquals(Refusal.MALFORMED, verdict.refusal());
        assertEquals("a-9", verdict.activationId());
        assertEquals(9, verdict.sequence());
        assertEquals(Refusal.MALFORMED, verify("not json", RECEIVED).refusal());
    }

    @Test
    void aSetpointsSharedRootDoesNotLetATamperedSiblingThrough() {
        List<Activation> setpoint = ActivationSignature.signAll(List.of(
                Activation.unsigned("a-1", "bat-1", 1, ISSUED, ISSUED.plusSeconds(4), 1000),
                Activation.unsigned("a-2", "bat-2", 2, ISSUED, ISSUED.plusSeconds(4), 2000),
                Activation.unsigned("a-3", "bat-1", 3, ISSUED, ISSUED.plusSeconds(4), 3000)), keyId, node.getPrivate());
        assertTrue(verify(json(setpoint.get(0)), RECEIVED).accepted(), "checks the root's signature");
        assertTrue(verifier.verify(json(setpoint.get(1)), "bat-2", RECEIVED).join().accepted(),
                "another device of the same setpoint, same root");
        String tampered = json(setpoint.get(2)).replace("\"setpointW\":3000", "\"setpointW\":1000");
        assertEquals(Refusal.BAD_SIGNATURE, verify(tampered, RECEIVED).refusal(),
                "its proof no longer leads to the checked root");
    }
}
