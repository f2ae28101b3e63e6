package org.gridflex.planning.portfolio;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridflex.planning.model.OptimizerRun;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.planning.model.PlanningTopic;
import org.gridflex.planning.model.RunAssetSchedule;
import org.gridflex.planning.model.SchedulePoint;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Aggregates a TSO's plans per slot of its latest solved optimizer run within a window: planned power, feasible band,
 * stored energy, and the production forecasts and market allocations that went into it. Reads only the TSO's database.
 */
@Stateless
public class Portfolio {

    @Inject
    TenantEntityManagers databases;

    public PortfolioView over(TenantId tenant, Instant from, Instant to) {
        EntityManager em = databases.forTenant(tenant);
        List<OptimizerRun> solved = em.createNamedQuery(OptimizerRun.LATEST_SOLVED, OptimizerRun.class)
                .setMaxResults(1).getResultList();
        if (solved.isEmpty()) {
            return new PortfolioView(tenant.value(), null, List.of());
        }
        OptimizerRun run = solved.get(0);
        List<RunAssetSchedule> plans = em.createNamedQuery(RunAssetSchedule.OF_RUN, RunAssetSchedule.class)
                .setParameter("run", run.runId()).getResultList();
        List<PlanningSchedule> forecasts = overlapping(em, PlanningTopic.PRODUCTION_FORECAST, from, to);
        List<PlanningSchedule> allocations = overlapping(em, PlanningTopic.MARKET_ALLOCATION, from, to);
        List<double[][]> series = plans.stream().map(p -> new double[][] {p.powerMw(), p.feasibleMinMw(),
                p.feasibleMaxMw(), p.stateOfEnergyMwh()}).toList();
        List<PortfolioSlot> slots = new ArrayList<>();
        for (int t = 0; t < run.slots(); t++) {
            Instant start = run.horizonStart().plus(run.slotLength().multipliedBy(t));
            Instant end = start.plus(run.slotLength());
            if (end.isAfter(from) && start.isBefore(to)) {
                slots.add(slot(t, start, end, series, forecasts, allocations));
            }
        }
        return new PortfolioView(tenant.value(), run.runId(), slots);
    }

    private static PortfolioSlot slot(int t, Instant start, Instant end, List<double[][]> series,
            List<PlanningSchedule> forecasts, List<PlanningSchedule> allocations) {
        double power = 0;
        double min = 0;
        double max = 0;
        double energy = 0;
        for (double[][] s : series) {
            power += s[0][t];
            min += s[1][t];
            max += s[2][t];
            energy += s[3] == null ? 0 : s[3][t];
        }
        Instant middle = start.plus(java.time.Duration.between(start, end).dividedBy(2));
        return new PortfolioSlot(start, end, series.size(), power, min, max, latestSum(forecasts, middle),
                sum(allocations, middle), energy);
    }

    /** Sum over subjects of the newest schedule covering the instant (schedules are ordered oldest first). */
    private static double latestSum(List<PlanningSchedule> schedules, Instant at) {
        java.util.Map<String, Double> bySubject = new java.util.HashMap<>();
        for (PlanningSchedule s : schedules) {
            for (SchedulePoint p : s.points()) {
                if (p.covers(at)) {
                    bySubject.put(s.subject(), p.first());
                }
            }
        }
        return bySubject.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double sum(List<PlanningSchedule> schedules, Instant at) {
        double total = 0;
        for (PlanningSchedule s : schedules) {
            for (SchedulePoint p : s.points()) {
                if (p.covers(at)) {
                    total += p.first();
                }
            }
        }
        return total;
    }

    private static List<PlanningSchedule> overlapping(EntityManager em, PlanningTopic topic, Instant from, Instant to) {
        return em.createNamedQuery(PlanningSchedule.OF_TOPIC_OVERLAPPING, PlanningSchedule.class)
                .setParameter("topic", topic.topicName()).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
