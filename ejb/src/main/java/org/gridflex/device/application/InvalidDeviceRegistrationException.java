package org.gridflex.device.application;

import jakarta.ejb.ApplicationException;

/** A registration that breaks a device rule (id format, limits, password length); nothing is stored. */
@ApplicationException(rollback = true)
public class InvalidDeviceRegistrationException extends RuntimeException {

    public InvalidDeviceRegistrationException(String message) {
        super(message);
    }
}
