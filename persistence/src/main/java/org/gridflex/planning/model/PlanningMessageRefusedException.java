package org.gridflex.planning.model;

import jakarta.ejb.ApplicationException;

/**
 * A planning message that can never be processed as it is (malformed, out of range, for the wrong TSO): retrying
 * will not help. Raised before anything is written, so it leaves the transaction intact for the caller to
 * dead-letter the message in.
 */
@ApplicationException(rollback = false)
public class PlanningMessageRefusedException extends RuntimeException {

    public PlanningMessageRefusedException(String reason) {
        super(reason);
    }
}
