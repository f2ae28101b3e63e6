package org.gridflex.activation.application;

/** CDI event: a device answered an activation of a TSO (for live followers on this node). */
public record ActivationAnswered(String tenantId, DeviceActivationView activation) {
}
