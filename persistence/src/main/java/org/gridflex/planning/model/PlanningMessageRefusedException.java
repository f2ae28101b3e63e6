package org.gridflex.planning.model;

/** A planning message that can never be processed as it is (malformed, out of range): retrying will not help. */
public class PlanningMessageRefusedException extends RuntimeException {

    public PlanningMessageRefusedException(String reason) {
        super(reason);
    }
}
