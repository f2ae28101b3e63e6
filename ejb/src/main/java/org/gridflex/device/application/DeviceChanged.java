package org.gridflex.device.application;

/** A device's registration was changed or removed; whoever keeps a copy of it must drop that copy. */
public record DeviceChanged(String deviceId) {
}
