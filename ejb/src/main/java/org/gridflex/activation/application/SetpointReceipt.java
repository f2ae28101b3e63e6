package org.gridflex.activation.application;

import java.time.Instant;
import java.util.List;

/** What a setpoint became: one signed activation per device of the bundle that takes part. */
public record SetpointReceipt(String setpointId, String tenantId, String requestId, long setpointW, long activatedW,
        Instant issuedAt, Instant validUntil, String sentBy, String keyId, List<Sent> activations) {

    public record Sent(String activationId, String deviceId, long setpointW, long sequence) {
    }
}
