package org.gridflex.activation.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How activations are signed and verified: Ed25519 (the JDK's own) over a canonical text of the activation's fields,
 * so that every party rebuilds the same bytes from the JSON it received. Keys are named by their key id, the first
 * 16 hex digits of the SHA-256 of the public key's X.509 encoding; public keys travel as base64 X.509.
 *
 * <p>Canonical text (UTF-8, fields separated by a line feed): {@code GFACT1}, activationId, deviceId, sequence,
 * issuedAt and validUntil (ISO-8601 as sent), setpointW.
 */
public final class ActivationSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final String VERSION = "GFACT1";

    private ActivationSignature() {
    }

    public static byte[] canonical(Activation a) {
        String text = String.join("\n", VERSION, a.activationId(), a.deviceId(), Long.toString(a.sequence()),
                a.issuedAt().toString(), a.validUntil().toString(), Long.toString(a.setpointW()));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static Activation sign(Activation unsigned, String keyId, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(canonical(unsigned));
            return unsigned.signedWith(keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an activation", e);
        }
    }

    /** True when the activation carries a signature of {@code key} over its own fields. */
    public static boolean verify(Activation activation, PublicKey key) {
        if (activation.signature() == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(canonical(activation));
            return verifier.verify(Base64.getDecoder().decode(activation.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decode(String base64X509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a base64 X.509 Ed25519 public key", e);
        }
    }
}
