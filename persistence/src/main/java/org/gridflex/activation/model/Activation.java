package org.gridflex.activation.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One device's share of an aFRR setpoint, as the device receives it on {@code gridflex/devices/<id>/activations}:
 * the power to deliver in watts (signed: positive up, negative down), until when it is valid, and a per-device sequence
 * number. Signed by the node that sends it ({@link ActivationSignature}): the activations of one setpoint share one
 * signature over the root of a hash tree of all of them, and each carries the proof (sibling hashes) that leads from its
 * own hash to that root. The device answers with a {@link Baseline}.
 */
public record Activation(String activationId, String deviceId, long sequence, Instant issuedAt, Instant validUntil,
        long setpointW, String keyId, String signature, List<String> proof) {

    /** An activation signed alone (or not yet signed): no proof. */
    public Activation(String activationId, String deviceId, long sequence, Instant issuedAt, Instant validUntil,
            long setpointW, String keyId, String signature) {
        this(activationId, deviceId, sequence, issuedAt, validUntil, setpointW, keyId, signature, List.of());
    }

    public Activation {
        proof = proof == null ? List.of() : List.copyOf(proof);
        Objects.requireNonNull(activationId, "activationId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(issuedAt)) {
            throw new IllegalArgumentException("validUntil before issuedAt");
        }
    }

    /** The same activation without a signature yet. */
    public static Activation unsigned(String activationId, String deviceId, long sequence, Instant issuedAt,
            Instant validUntil, long setpointW) {
        return new Activation(activationId, deviceId, sequence, issuedAt, validUntil, setpointW, null, null);
    }

    public Activation signedWith(String keyId, String signature) {
        return new Activation(activationId, deviceId, sequence, issuedAt, validUntil, setpointW, keyId, signature, proof);
    }

    public Activation signedWith(String keyId, String signature, List<String> proof) {
        return new Activation(activationId, deviceId, sequence, issuedAt, validUntil, setpointW, keyId, signature, proof);
    }

    public boolean isValidAt(Instant instant) {
        return !instant.isAfter(validUntil);
    }
}
