package org.gridflex.activation.application;

import jakarta.ejb.ApplicationException;

/** A setpoint or activation the caller's TSO does not have. */
@ApplicationException(rollback = true)
public class ActivationNotFoundException extends RuntimeException {

    public ActivationNotFoundException(String message) {
        super(message);
    }
}
