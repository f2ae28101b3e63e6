package org.gridflex.planning.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    private static final PlanningHorizon FOUR_QUARTERS =
            new PlanningHorizon(Instant.parse("2026-11-24T00:00:00Z"), Duration.ofMinutes(15), 4);

    private final FleetOptimizer optimizer = new FleetOptimizer(2);

    /** A generator, a store and a congestion limit over both, solved: the fixture each violation is injected into. */
    private FleetProblem problem() {
        AssetPlanningInputs generator = AssetPlanningInputs.builder("PL:1", AssetKind.GENERATOR, 4).capacity(0, 10)
                .reserved(1, 0).ramp(0.5, 0.5).allocation(new double[] {0, 2, 0, 0}).build();
        AssetPlanningInputs store = AssetPlanningInputs.builder("PL:2", AssetKind.STORAGE, 4).capacity(-4, 4)
                .energy(0, 2).initialStateOfEnergyPercent(50).build();
        CongestionLimit limit = CongestionLimit.constant("feeder", Set.of("PL:1", "PL:2"), 4, 11, 3);
        return new FleetProblem("ELIA", FOUR_QUARTERS, List.of(generator, store), List.of(limit),
                new double[] {30, 80, 10, 90});
    }

    private FleetSolution solve(FleetProblem problem) {
        FleetSolution solution = optimizer.optimize(problem);
        assertEquals(FleetSolution.Status.SOLVED, solution.status(), solution.message());
        return solution;
    }

    /** The solution with one asset's power (and energy, if given) replaced. */
    private static FleetSolution tampered(FleetSolution solution, String id, double[] power, double[] energy) {
        Map<String, AssetSchedule> schedules = new HashMap<>(solution.schedules());
        AssetSchedule original = schedules.get(id);
        schedules.put(id, new AssetSchedule(id, power, original.feasibleMinMw(), original.feasibleMaxMw(),
                energy != null ? energy : original.stateOfEnergyMwh()));
        return new FleetSolution(solution.status(), solution.objectiveEur(), schedules, solution.buildTime(),
                solution.solveTime(), solution.components(), solution.message());
    }

    private static void assertOneViolation(List<String> violations, String... fragments) {
        assertTrue(!violations.isEmpty(), "a violation is found");
        for (String fragment : fragments) {
            assertTrue(violations.stream().anyMatch(v -> v.contains(fragment)), fragment + " in " + violations);
        }
    }

    @Test
    void solvedFixtureHasNoViolation() {
        FleetProblem problem = problem();
        assertEquals(List.of(), ScheduleCheck.violations(problem, solve(problem)));
    }

    @Test
    void findsPowerEatingIntoTheReservedHeadroom() {
        FleetProblem problem = problem();
        FleetSolution solution = solve(problem);
        double[] power = solution.schedule("PL:1").powerMw().clone();
        power[3] = 9.5; // capacity 10, 1 MW reserved up; the ramp from slot 2 may break too
        assertOneViolation(ScheduleCheck.violations(problem, tampered(solution, "PL:1", power, null)),
                "PL:1 slot 3: power + reserved up 10.5", "capacity max x availability");
    }

    @Test
    void findsAMissedAllocationAndABrokenRamp() {
        FleetProblem problem = problem();
        FleetSolution solution = solve(problem);
        double[] power = {0, 1, 9, 1}; // ramps of 8 MW per slot, 7.5 allowed
        assertOneViolation(ScheduleCheck.violations(problem, tampered(solution, "PL:1", power, null)),
                "PL:1 slot 1: power 1.000000 below market allocation (sold) 2.0", "PL:1 slot 2: ramp up",
                "PL:1 slot 3: ramp down");
    }

    @Test
    void findsEnergyThatDoesNotAddUpWithTheLosses() {
        FleetProblem problem = problem();
        FleetSolution solution = solve(problem);
        // 1 MWh at the start; charging 2 MW for 15 min with 95 % stores 0.475 MWh, not 0.5
        double[] power = {-2, 0, 0, 0};
        double[] lossless = {1.5, 1.5, 1.5, 1.5};
        List<String> violations = ScheduleCheck.violations(problem, tampered(solution, "PL:2", power, lossless));
        assertOneViolation(violations, "PL:2 slot 0: energy change 0.500000 above");
        assertEquals(1, violations.stream().filter(v -> v.startsWith("PL:2")).count(), violations.toString());
    }

    @Test
    void findsACongestionOverloadAndAnEmptiedStore() {
        FleetProblem problem = problem();
        FleetSolution solution = solve(problem);
        double[] power = {0, 0, 0, 4};
        double[] energy = {1, 1, 1, 1 - 4 * 0.25 / 0.95};
        double[] generator = {8, 8, 8, 8};
        FleetSolution tampered = tampered(tampered(solution, "PL:2", power, energy), "PL:1", generator, null);
        assertOneViolation(ScheduleCheck.violations(problem, tampered), "feeder slot 3: sum 12.000000 MW above",
                "PL:2 slot 3: state of energy -0.052632 below energy min");
    }

    @Test
    void randomFleetOfFiftyAssetsPassesTheCheck() {
        FleetProblem problem = RandomFleet.problem(42, 50, 5, 6, 96);
        FleetSolution solution = solve(problem);
        assertEquals(50, solution.schedules().size());
        assertEquals(List.of(), ScheduleCheck.violations(problem, solution));
        assertEquals(5 + 20, solution.components());
    }
}
