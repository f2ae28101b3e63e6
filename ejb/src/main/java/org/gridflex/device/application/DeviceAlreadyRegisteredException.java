package org.gridflex.device.application;

import jakarta.ejb.ApplicationException;

/** A second registration for a device id that is taken. */
@ApplicationException(rollback = true)
public class DeviceAlreadyRegisteredException extends RuntimeException {

    public DeviceAlreadyRegisteredException(String deviceId) {
        super("Device '" + deviceId + "' is already registered");
    }
}
