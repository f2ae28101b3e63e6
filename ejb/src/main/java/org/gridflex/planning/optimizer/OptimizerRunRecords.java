package org.gridflex.planning.optimizer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.List;
import org.gridflex.planning.application.PlanningSettings;
import org.gridflex.planning.model.OptimizerRun;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.planning.model.RunAssetSchedule;
import org.gridflex.planning.model.RunStatus;
import org.gridflex.planning.optimization.AssetSchedule;
import org.gridflex.planning.optimization.FleetProblem;
import org.gridflex.planning.optimization.FleetSolution;
import org.gridflex.planning.optimization.PlanningHorizon;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * The short transactions around an optimizer run, each on the TSO's database: take the queued run and read its
 * inputs, then store the outcome and publish the schedules. The solve itself runs between them, outside any
 * transaction, so a long run holds no locks and meets no transaction timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OptimizerRunRecords {

    @Inject
    TenantEntityManagers databases;

    @Inject
    PlanningSettings settings;

    @Inject
    ScheduleMessages messages;

    /** Marks the run RUNNING and assembles its problem; null when the run is not (or no longer) queued. */
    public FleetProblem start(TenantId tenant, String runId) {
        EntityManager em = databases.forTenant(tenant);
        OptimizerRun run = em.find(OptimizerRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.start(settings.clock().instant())) {
            return null;
        }
        PlanningHorizon horizon = new PlanningHorizon(run.horizonStart(), run.slotLength(), run.slots());
        List<PlanningAsset> assets = em.createNamedQuery(PlanningAsset.ALL, PlanningAsset.class).getResultList();
        List<PlanningSchedule> schedules = em.createNamedQuery(PlanningSchedule.OVERLAPPING, PlanningSchedule.class)
                .setParameter("from", horizon.start().minus(Duration.ofDays(7)))
                .setParameter("to", horizon.slotStart(horizon.slots() - 1).plus(horizon.slotLength()))
                .getResultList();
        return new FleetProblemAssembler(horizon, settings.defaultPriceEurPerMwh())
                .assemble(tenant.value(), assets, schedules);
    }

    public RunView finish(TenantId tenant, String runId, FleetProblem problem, FleetSolution solution) {
        EntityManager em = databases.forTenant(tenant);
        OptimizerRun run = em.find(OptimizerRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        RunStatus status = switch (solution.status()) {
            case SOLVED -> RunStatus.SOLVED;
            case INFEASIBLE -> RunStatus.INFEASIBLE;
            case FAILED -> RunStatus.FAILED;
        };
        run.finish(status, solution.solved() ? solution.objectiveEur() : null, problem.assets().size(),
                solution.components(), solution.buildTime(), solution.solveTime(), solution.message(),
                settings.clock().instant());
        if (solution.solved()) {
            for (AssetSchedule s : solution.schedules().values()) {
                em.persist(new RunAssetSchedule(runId, s.assetId(), s.powerMw(), s.feasibleMinMw(), s.feasibleMaxMw(),
                        s.stateOfEnergyMwh()));
            }
            messages.publish(tenant, run, solution);
        }
        return RunView.of(run);
    }

    public void fail(TenantId tenant, String runId, String reason) {
        OptimizerRun run = databases.forTenant(tenant).find(OptimizerRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && !run.status().isFinished()) {
            run.finish(RunStatus.FAILED, null, 0, 0, Duration.ZERO, Duration.ZERO, reason, settings.clock().instant());
        }
    }
}
