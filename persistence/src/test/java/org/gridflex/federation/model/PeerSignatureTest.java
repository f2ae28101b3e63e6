package org.gridflex.federation.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PeerSignatureTest {

    private static final KeyPair PEER_KEYS = keys();
    private static final Peer PEER = Peer.of("dso-a", Base64.getEncoder().encodeToString(PEER_KEYS.getPublic().getEncoded()));
    private static final String PAYLOAD = "{\"offers\":[],\"withdrawn\":[]}";

    @Test
    void aMessageSignedByThePeersKeyVerifies() {
        String signature = PeerSignature.sign(FederationMessageKind.OFFERS, "dso-a", PAYLOAD, PEER_KEYS.getPrivate());
        assertDoesNotThrow(() -> PeerSignature.verify(PEER, FederationMessageKind.OFFERS, PAYLOAD, PEER.keyId(), signature));
    }

    @Test
    void aChangedPayloadIsRefused() {
        String signature = PeerSignature.sign(FederationMessageKind.OFFERS, "dso-a", PAYLOAD, PEER_KEYS.getPrivate());
        FederationRefusedException e = assertThrows(FederationRefusedException.class, () -> PeerSignature.verify(PEER,
                FederationMessageKind.OFFERS, PAYLOAD.replace("[]}", "[{}]}"), PEER.keyId(), signature));
        assertEquals(FederationRefusal.BAD_SIGNATURE, e.reason());
    }

    @Test
    void aSignedMessageCannotBeReplayedAsAnotherKind() {
        String signature = PeerSignature.sign(FederationMessageKind.OFFERS, "dso-a", PAYLOAD, PEER_KEYS.getPrivate());
        assertThrows(FederationRefusedException.class,
                () -> PeerSignature.verify(PEER, FederationMessageKind.BASELINE, PAYLOAD, PEER.keyId(), signature));
    }

    @Test
    void aMessageSignedByAnotherKeyIsRefusedEvenUnderThePeersKeyId() {
        KeyPair intruder = keys();
        String signature = PeerSignature.sign(FederationMessageKind.OFFERS, "dso-a", PAYLOAD, intruder.getPrivate());
        assertThrows(FederationRefusedException.class,
                () -> PeerSignature.verify(PEER, FederationMessageKind.OFFERS, PAYLOAD, PEER.keyId(), signature));
        assertThrows(FederationRefusedException.class,
                () -> PeerSignature.verify(PEER, FederationMessageKind.OFFERS, PAYLOAD, "0123456789abcdef", signature));
    }

    @Test
    void aMissingSignatureIsRefused() {
        assertThrows(FederationRefusedException.class,
                () -> PeerSignature.verify(PEER, FederationMessageKind.OFFERS, PAYLOAD, PEER.keyId(), null));
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
