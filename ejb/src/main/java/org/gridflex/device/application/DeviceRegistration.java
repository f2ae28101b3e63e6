package org.gridflex.device.application;

import org.gridflex.device.model.DeviceKind;

/** What a device administrator registers: the device, where it sits in the grid, its limits and MQTT password. */
public record DeviceRegistration(String deviceId, String password, String owner, String tenant, String dso,
        String gridArea, DeviceKind kind, double maxUpKw, double maxDownKw) {
}
