package org.gridflex.planning.optimization;

import java.time.Duration;
import java.util.Map;

/**
 * The optimizer's answer. {@code objectiveEur} is the expected margin of the plan (the LP objective, including the
 * storage cycling cost); {@code buildTime} / {@code solveTime} are summed over the components (they overlap in wall
 * time when components are solved in parallel). Schedules are empty unless {@code SOLVED}; {@code message} says what
 * was infeasible or failed.
 */
public record FleetSolution(Status status, double objectiveEur, Map<String, AssetSchedule> schedules,
        Duration buildTime, Duration solveTime, int components, String message) {

    public enum Status {
        SOLVED,
        /** No schedule meets every limit: the message names the assets / limit concerned. */
        INFEASIBLE,
        /** The solver did not produce an optimal schedule for another reason. */
        FAILED
    }

    public FleetSolution {
        schedules = Map.copyOf(schedules);
    }

    public boolean solved() {
        return status == Status.SOLVED;
    }

    public AssetSchedule schedule(String assetId) {
        return schedules.get(assetId);
    }
}
