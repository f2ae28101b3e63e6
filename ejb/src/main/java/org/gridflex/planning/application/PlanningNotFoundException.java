package org.gridflex.planning.application;

import jakarta.ejb.ApplicationException;

/** An asset, schedule or optimizer run the caller's TSO does not have. */
@ApplicationException(rollback = true)
public class PlanningNotFoundException extends RuntimeException {

    public PlanningNotFoundException(String message) {
        super(message);
    }
}
