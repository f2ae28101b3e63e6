package org.gridflex.planning.optimizer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.gridflex.messaging.TransactionalJms;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.application.PlanningNotFoundException;
import org.gridflex.planning.application.PlanningSettings;
import org.gridflex.planning.model.OptimizerRun;
import org.gridflex.planning.model.RunAssetSchedule;
import org.gridflex.planning.model.RunStatus;
import org.gridflex.planning.optimization.PlanningHorizon;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Fleet optimizer runs of a TSO: a request queues a run (RunId in the TSO's database) and puts it on the TSO's own
 * optimizer queue; a request while a run is still queued joins that run instead of adding another, so a burst of
 * triggers costs one run.
 */
@Stateless
public class FleetOptimizerRuns {

    @Inject
    TransactionalJms jms;

    @Inject
    TenantEntityManagers databases;

    @Inject
    PlanningSettings settings;

    public RunView request(TenantId tenant, String triggeredBy) {
        EntityManager em = databases.forTenant(tenant);
        List<OptimizerRun> queued = em.createNamedQuery(OptimizerRun.WITH_STATUS, OptimizerRun.class)
                .setParameter("status", RunStatus.QUEUED).setMaxResults(1).getResultList();
        if (!queued.isEmpty()) {
            return RunView.of(queued.get(0));
        }
        PlanningHorizon day = PlanningHorizon.nextDay(settings.clock().instant());
        OptimizerRun run = new OptimizerRun(tenant.value(), triggeredBy, day.start(), settings.optimizerSlot(),
                settings.optimizerSlots(), settings.clock().instant());
        em.persist(run);
        JMSContext context = jms.context();
        context.createProducer()
                .setProperty(PlanningDestinations.TENANT_ID, tenant.value())
                .setProperty(PlanningDestinations.RUN_ID, run.runId())
                .send(PlanningDestinations.optimizerQueue(tenant), run.runId());
        return RunView.of(run);
    }

    public List<RunView> recent(TenantId tenant, int max) {
        return databases.forTenant(tenant).createNamedQuery(OptimizerRun.RECENT, OptimizerRun.class)
                .setMaxResults(max).getResultList().stream().map(RunView::of).toList();
    }

    public RunView run(TenantId tenant, String runId) {
        return RunView.of(found(databases.forTenant(tenant), tenant, runId));
    }

    public List<AssetScheduleView> schedules(TenantId tenant, String runId) {
        EntityManager em = databases.forTenant(tenant);
        found(em, tenant, runId);
        return em.createNamedQuery(RunAssetSchedule.OF_RUN, RunAssetSchedule.class).setParameter("run", runId)
                .getResultList().stream().map(AssetScheduleView::of).toList();
    }

    private static OptimizerRun found(EntityManager em, TenantId tenant, String runId) {
        OptimizerRun run = em.find(OptimizerRun.class, runId);
        if (run == null) {
            throw new PlanningNotFoundException("No optimizer run " + runId + " at " + tenant);
        }
        return run;
    }
}
