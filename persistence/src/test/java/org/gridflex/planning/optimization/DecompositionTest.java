package org.gridflex.planning.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecompositionTest {

    private final FleetOptimizer optimizer = new FleetOptimizer(2);

    @Test
    void componentsReachTheSameOptimumAsOneModelOfTheWholeFleet() {
        for (long seed = 1; seed <= 3; seed++) {
            FleetProblem problem = RandomFleet.problem(seed, 20, 3, 4, 96);

            FleetSolution split = optimizer.optimize(problem);
            FleetSolution whole = optimizer.optimizeAsOneModel(problem);

            assertEquals(FleetSolution.Status.SOLVED, split.status(), split.message());
            assertEquals(FleetSolution.Status.SOLVED, whole.status(), whole.message());
            // 3 groups of 4 assets, the other 8 on their own
            assertEquals(3 + 8, split.components());
            assertEquals(1, whole.components());
            assertEquals(whole.objectiveEur(), split.objectiveEur(), 1e-7 * Math.abs(whole.objectiveEur()),
                    "seed " + seed);
            assertEquals(List.of(), ScheduleCheck.violations(problem, split));
            assertEquals(List.of(), ScheduleCheck.violations(problem, whole));
            assertTrue(problem.congestion().stream().anyMatch(limit -> binds(limit, split)),
                    "some congestion limit binds, else the groups do not couple anything (seed " + seed + ")");
        }
    }

    @Test
    void limitsSharingAnAssetJoinTheirGroupsIntoOneComponent() {
        FleetProblem base = RandomFleet.problem(7, 6, 0, 0, 4);
        int slots = base.horizon().slots();
        List<CongestionLimit> chained = List.of(
                CongestionLimit.constant("a", java.util.Set.of("PL:0", "PL:1"), slots, 1000, Double.NaN),
                CongestionLimit.constant("b", java.util.Set.of("PL:1", "PL:2"), slots, 1000, Double.NaN),
                CongestionLimit.constant("c", java.util.Set.of("PL:4"), slots, 1000, Double.NaN));
        FleetProblem problem = new FleetProblem(base.tenant(), base.horizon(), base.assets(), chained,
                base.fleetPriceEurPerMwh());

        FleetSolution solution = optimizer.optimize(problem);

        assertEquals(FleetSolution.Status.SOLVED, solution.status(), solution.message());
        assertEquals(4, solution.components(), "{0,1,2}, {3}, {4}, {5}");
    }

    private static boolean binds(CongestionLimit limit, FleetSolution solution) {
        for (int t = 0; t < limit.maxInjectionMw().length; t++) {
            double sum = 0;
            for (String id : limit.assetIds()) {
                sum += solution.schedule(id).powerMw()[t];
            }
            if (Math.abs(sum - limit.maxInjectionMw()[t]) < 1e-6
                    || Math.abs(sum + limit.maxWithdrawalMw()[t]) < 1e-6) {
                return true;
            }
        }
        return false;
    }
}
