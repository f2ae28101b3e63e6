package org.gridflex.activation.application;

import java.util.List;

/**
 * CDI event: devices answered activations of a TSO, all first answers of one recorded batch (for live followers).
 * One event per batch rather than per answer: each event is one entry of the replicated relay cache.
 */
public record ActivationsAnswered(String tenantId, List<DeviceActivationView> activations) {
}
