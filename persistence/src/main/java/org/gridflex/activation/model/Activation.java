package org.gridflex.activation.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One device's share of an aFRR setpoint, as the device receives it on {@code gridflex/devices/<id>/activations}:
 * the power to deliver in watts (signed: positive up, negative down), until when it is valid, and a per-device sequence
 * number. Signed by the node that sends it ({@link ActivationSignature}); the device answers with a {@link Baseline}.
 */
public record Activation(String activationId, String deviceId, long sequence, Instant issuedAt, Instant validUntil,
        long setpointW, String keyId, String signature) {

    public Activation {
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
        return new Activation(activationId, deviceId, sequence, issuedAt, validUntil, setpointW, keyId, signature);
    }

    public boolean isValidAt(Instant instant) {
        return !instant.isAfter(validUntil);
    }
}
