package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One fleet optimizer run of a TSO (the seed's RunId tied to its TSO): what triggered it, for which horizon, its
 * status and timings. Lives in the TSO's database.
 */
@Entity
@Table(name = "OPTIMIZER_RUN")
@NamedQuery(name = OptimizerRun.RECENT, query = "SELECT r FROM OptimizerRun r ORDER BY r.requestedAt DESC")
@NamedQuery(name = OptimizerRun.WITH_STATUS, query = "SELECT r FROM OptimizerRun r WHERE r.status = :status ORDER BY r.requestedAt")
@NamedQuery(name = OptimizerRun.LATEST_SOLVED,
        query = "SELECT r FROM OptimizerRun r WHERE r.status = org.gridflex.planning.model.RunStatus.SOLVED"
                + " ORDER BY r.finishedAt DESC")
public class OptimizerRun {

    public static final String RECENT = "OptimizerRun.recent";
    public static final String WITH_STATUS = "OptimizerRun.withStatus";
    public static final String LATEST_SOLVED = "OptimizerRun.latestSolved";

    @Id
    @Column(name = "RUN_ID", length = 36)
    private String runId;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    @Column(name = "TRIGGERED_BY", nullable = false, length = 64)
    private String triggeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "HORIZON_START", nullable = false)
    private Instant horizonStart;

    @Column(name = "SLOT_MINUTES", nullable = false)
    private int slotMinutes;

    @Column(name = "SLOTS", nullable = false)
    private int slots;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "ASSET_COUNT", nullable = false)
    private int assetCount;

    @Column(name = "COMPONENTS", nullable = false)
    private int components;

    @Column(name = "BUILD_MILLIS", nullable = false)
    private long buildMillis;

    @Column(name = "SOLVE_MILLIS", nullable = false)
    private long solveMillis;

    @Column(name = "OBJECTIVE_EUR")
    private Double objectiveEur;

    @Column(name = "MESSAGE", length = 1000)
    private String message;

    protected OptimizerRun() {
    }

    public OptimizerRun(String tenant, String triggeredBy, Instant horizonStart, Duration slotLength, int slots,
            Instant requestedAt) {
        this.runId = UUID.randomUUID().toString();
        this.tenant = tenant;
        this.triggeredBy = triggeredBy.length() > 64 ? triggeredBy.substring(0, 64) : triggeredBy;
        this.status = RunStatus.QUEUED;
        this.horizonStart = horizonStart;
        this.slotMinutes = (int) slotLength.toMinutes();
        this.slots = slots;
        this.requestedAt = requestedAt;
    }

    /** @return false when the run is no longer queued (another consumer took it, or it was finished) */
    public boolean start(Instant now) {
        if (status != RunStatus.QUEUED) {
            return false;
        }
        status = RunStatus.RUNNING;
        startedAt = now;
        return true;
    }

    public void finish(RunStatus outcome, Double objectiveEur, int assetCount, int components, Duration build,
            Duration solve, String message, Instant now) {
        if (!outcome.isFinished()) {
            throw new IllegalArgumentException("Not a final status: " + outcome);
        }
        this.status = outcome;
        this.objectiveEur = objectiveEur;
        this.assetCount = assetCount;
        this.components = components;
        this.buildMillis = build.toMillis();
        this.solveMillis = solve.toMillis();
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        this.finishedAt = now;
    }

    public String runId() {
        return runId;
    }

    public String tenant() {
        return tenant;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public RunStatus status() {
        return status;
    }

    public Instant horizonStart() {
        return horizonStart;
    }

    public Duration slotLength() {
        return Duration.ofMinutes(slotMinutes);
    }

    public int slots() {
        return slots;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int assetCount() {
        return assetCount;
    }

    public int components() {
        return components;
    }

    public long buildMillis() {
        return buildMillis;
    }

    public long solveMillis() {
        return solveMillis;
    }

    public Double objectiveEur() {
        return objectiveEur;
    }

    public String message() {
        return message;
    }
}
