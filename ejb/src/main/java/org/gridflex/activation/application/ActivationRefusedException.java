package org.gridflex.activation.application;

import jakarta.ejb.ApplicationException;

/** A setpoint that cannot be carried out as asked (no bundle yet, a negative or malformed setpoint); raised before anything is written. */
@ApplicationException(rollback = false)
public class ActivationRefusedException extends RuntimeException {

    public ActivationRefusedException(String message) {
        super(message);
    }
}
