package org.gridflex.federation.model;

import java.security.PublicKey;
import java.util.Objects;
import org.gridflex.activation.model.ActivationSignature;

/**
 * A peer installation as this one knows it from its configuration: its name and the Ed25519 public key it signs with
 * (the key its {@code GET /api/activation/keys} publishes). Nothing a peer sends is believed without that key.
 */
public record Peer(String name, PublicKey publicKey, String keyId) {

    public Peer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** From the configured base64 X.509 SubjectPublicKeyInfo. */
    public static Peer of(String name, String base64PublicKey) {
        PublicKey key = ActivationSignature.decode(base64PublicKey.trim());
        return new Peer(name, key, ActivationSignature.keyId(key));
    }
}
