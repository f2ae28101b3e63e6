package org.gridflex.activation.application;

import java.time.Instant;
import org.gridflex.activation.model.ActivationStatus;
import org.gridflex.activation.model.DeviceActivation;

/**
 * One device's activation and its answer, as the requester sees it; latencies in milliseconds. {@code forwardedTo}
 * names the federation peer installation the device is connected to (null: connected to this installation).
 */
public record DeviceActivationView(String activationId, String setpointId, String requestId, String deviceId,
        long sequence, long setpointW, Instant issuedAt, Instant validUntil, String sentBy, String keyId,
        ActivationStatus status, Long baselineW, String reason, Instant answeredAt, boolean late, int duplicates,
        Double deliveryLatencyMs, Double roundTripMs, String forwardedTo) {

    static DeviceActivationView of(DeviceActivation a) {
        return new DeviceActivationView(a.activationId(), a.setpointId(), a.requestId(), a.deviceId(), a.sequence(),
                a.setpointW(), a.issuedAt(), a.validUntil(), a.sentBy(), a.keyId(), a.status(), a.baselineW(), a.reason(),
                a.answeredAt(), a.late(), a.duplicates(),
                a.deliveryLatency() == null ? null : a.deliveryLatency().toNanos() / 1e6,
                a.roundTrip() == null ? null : a.roundTrip().toNanos() / 1e6, a.forwardedTo());
    }
}
