package org.gridflex.federation.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.gridflex.activation.model.ActivationSignature;

/**
 * The signature an installation puts on the messages it sends to its peers (offer batches, returned baselines):
 * Ed25519 with its activation key over the UTF-8 bytes of {@code GFFED1\n<kind>\n<sender>\n<payload>}. The payload
 * is signed as the exact text that travels, so the receiver needs no canonical form of the JSON; kind and sender are
 * inside, so a signed offer batch cannot be replayed as another kind of message or in another sender's name.
 */
public final class PeerSignature {

    private static final String VERSION = "GFFED1";

    private PeerSignature() {
    }

    public static byte[] signedBytes(FederationMessageKind kind, String sender, String payload) {
        return String.join("\n", VERSION, kind.name(), sender, payload).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the base64 signature */
    public static String sign(FederationMessageKind kind, String sender, String payload, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ActivationSignature.ALGORITHM);
            signer.initSign(key);
            signer.update(signedBytes(kind, sender, payload));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a federation message", e);
        }
    }

    /**
     * Checks a message against the configured peer: signed by that peer's key (by key id) and intact.
     *
     * @throws FederationRefusedException BAD_SIGNATURE otherwise
     */
    public static void verify(Peer peer, FederationMessageKind kind, String payload, String keyId, String signature) {
        if (!peer.keyId().equals(keyId)) {
            throw new FederationRefusedException(FederationRefusal.BAD_SIGNATURE,
                    "signed with key " + keyId + ", peer " + peer.name() + " signs with " + peer.keyId());
        }
        if (!verifies(peer.publicKey(), kind, peer.name(), payload, signature)) {
            throw new FederationRefusedException(FederationRefusal.BAD_SIGNATURE,
                    kind + " message of " + peer.name() + " does not verify with its key " + peer.keyId());
        }
    }

    private static boolean verifies(PublicKey key, FederationMessageKind kind, String sender, String payload,
            String signature) {
        if (signature == null || payload == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ActivationSignature.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes(kind, sender, payload));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
