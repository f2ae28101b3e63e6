package org.gridflex.planning.model;

/** Where a fleet optimizer run is. */
public enum RunStatus {
    QUEUED, RUNNING, SOLVED, INFEASIBLE, FAILED;

    public boolean isFinished() {
        return this == SOLVED || this == INFEASIBLE || this == FAILED;
    }
}
