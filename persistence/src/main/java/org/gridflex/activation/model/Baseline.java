package org.gridflex.activation.model;

import java.time.Instant;

/**
 * A device's answer to an activation on {@code gridflex/devices/<id>/baselines}: ACK with the power it would have
 * had without the activation (its baseline, in watts), or REFUSED with a reason (bad signature, expired, unknown key).
 */
public record Baseline(String activationId, long sequence, Status status, long baselineW, String reason,
        Instant receivedAt, Instant sentAt) {

    public enum Status { ACK, REFUSED }
}
