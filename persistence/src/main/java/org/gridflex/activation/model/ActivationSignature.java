package org.gridflex.activation.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * How activations are signed and verified: Ed25519 (the JDK's own), once per setpoint, over the root of a hash tree
 * whose leaves are the setpoint's activations — signing is the expensive part (milliseconds each with the JDK's
 * Ed25519), and a setpoint reaches dozens of devices at once. Every activation carries its proof, so each device
 * verifies its own activation alone.
 *
 * <ul>
 * <li>canonical text of an activation (UTF-8, fields separated by a line feed): {@code GFACT1}, activationId,
 * deviceId, sequence, issuedAt and validUntil (ISO-8601 as sent), setpointW;</li>
 * <li>leaf = SHA-256(0x00 ‖ canonical text); node = SHA-256(0x01 ‖ left ‖ right); a node without a partner at its
 * level moves up unchanged;</li>
 * <li>proof = the sibling hashes from the leaf up, each as {@code L<base64>} (sibling on the left) or
 * {@code R<base64>} (on the right); empty when the setpoint has one activation (root = leaf);</li>
 * <li>signature = Ed25519 over the bytes {@code GFROOT1} ‖ root.</li>
 * </ul>
 * Keys are named by their key id, the first 16 hex digits of the SHA-256 of the public key's X.509 encoding; public
 * keys travel as base64 X.509.
 */
public final class ActivationSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final String VERSION = "GFACT1";
    private static final byte[] ROOT_PREFIX = "GFROOT1".getBytes(StandardCharsets.US_ASCII);

    private ActivationSignature() {
    }

    public static byte[] canonical(Activation a) {
        String text = String.join("\n", VERSION, a.activationId(), a.deviceId(), Long.toString(a.sequence()),
                a.issuedAt().toString(), a.validUntil().toString(), Long.toString(a.setpointW()));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Signs one activation (a tree of one leaf). */
    public static Activation sign(Activation unsigned, String keyId, PrivateKey key) {
        return signAll(List.of(unsigned), keyId, key).get(0);
    }

    /** Signs a setpoint's activations with one signature; each comes back with its proof. */
    public static List<Activation> signAll(List<Activation> unsigned, String keyId, PrivateKey key) {
        if (unsigned.isEmpty()) {
            return List.of();
        }
        List<byte[]> level = new ArrayList<>();
        List<List<String>> proofs = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>(); // which leaves sit below each node of the level
        for (int i = 0; i < unsigned.size(); i++) {
            level.add(leaf(unsigned.get(i)));
            proofs.add(new ArrayList<>());
            members.add(new ArrayList<>(List.of(i)));
        }
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            List<List<Integer>> upMembers = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 == level.size()) {
                    up.add(level.get(i));
                    upMembers.add(members.get(i));
                    continue;
                }
                byte[] left = level.get(i);
                byte[] right = level.get(i + 1);
                for (int leaf : members.get(i)) {
                    proofs.get(leaf).add("R" + Base64.getEncoder().encodeToString(right));
                }
                for (int leaf : members.get(i + 1)) {
                    proofs.get(leaf).add("L" + Base64.getEncoder().encodeToString(left));
                }
                up.add(node(left, right));
                List<Integer> both = new ArrayList<>(members.get(i));
                both.addAll(members.get(i + 1));
                upMembers.add(both);
            }
            level = up;
            members = upMembers;
        }
        String signature = signRoot(level.get(0), key);
        List<Activation> signed = new ArrayList<>(unsigned.size());
        for (int i = 0; i < unsigned.size(); i++) {
            signed.add(unsigned.get(i).signedWith(keyId, signature, proofs.get(i)));
        }
        return signed;
    }

    /** True when the activation's proof leads to a root that {@code key} signed. */
    public static boolean verify(Activation activation, PublicKey key) {
        byte[] root = rootOf(activation);
        return root != null && verifyRoot(root, activation.signature(), key);
    }

    /**
     * {@link #verify} for each of several activations, in order, checking each distinct root and signature once
     * ({@link RootSignatureChecks}): the activations of one setpoint share both, so a relay verifies a setpoint of
     * fifty devices with one signature check instead of fifty. Each answer is exactly the one {@link #verify} gives.
     */
    public static List<Boolean> verifyEach(List<Activation> activations, PublicKey key) {
        RootSignatureChecks checks = new RootSignatureChecks(Math.max(1, activations.size()));
        List<Boolean> verified = new ArrayList<>(activations.size());
        for (Activation activation : activations) {
            verified.add(checks.verify(activation, key));
        }
        return verified;
    }

    /** The root the activation's proof leads to, or null when it has no signature or a broken proof. */
    static byte[] rootOf(Activation activation) {
        if (activation.signature() == null) {
            return null;
        }
        try {
            byte[] hash = leaf(activation);
            for (String step : activation.proof()) {
                byte[] sibling = Base64.getDecoder().decode(step.substring(1));
                hash = switch (step.charAt(0)) {
                    case 'L' -> node(sibling, hash);
                    case 'R' -> node(hash, sibling);
                    default -> throw new IllegalArgumentException("proof step " + step);
                };
            }
            return hash;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static boolean verifyRoot(byte[] root, String signature, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(ROOT_PREFIX);
            verifier.update(root);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String signRoot(byte[] root, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(ROOT_PREFIX);
            signer.update(root);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign activations", e);
        }
    }

    private static byte[] leaf(Activation a) {
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(canonical(a));
        return sha.digest();
    }

    private static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(sha256().digest(key.getEncoded()), 0, 8);
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
