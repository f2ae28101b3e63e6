package org.gridflex.activation.application;

/** What a device published on its baselines topic, as the broker delivered it. */
public record DeviceAnswer(String deviceId, byte[] payload) {
}
