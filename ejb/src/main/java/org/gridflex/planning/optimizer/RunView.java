package org.gridflex.planning.optimizer;

import java.time.Instant;
import org.gridflex.planning.model.OptimizerRun;
import org.gridflex.planning.model.RunStatus;

/** An optimizer run as the API shows it. */
public record RunView(String runId, String tenantId, RunStatus status, String triggeredBy, Instant horizonStart,
        int slotMinutes, int slots, Instant requestedAt, Instant startedAt, Instant finishedAt, int assetCount,
        int components, long buildMillis, long solveMillis, Double objectiveEur, String message) {

    static RunView of(OptimizerRun run) {
        return new RunView(run.runId(), run.tenant(), run.status(), run.triggeredBy(), run.horizonStart(),
                (int) run.slotLength().toMinutes(), run.slots(), run.requestedAt(), run.startedAt(), run.finishedAt(),
                run.assetCount(), run.components(), run.buildMillis(), run.solveMillis(), run.objectiveEur(),
                run.message());
    }
}
