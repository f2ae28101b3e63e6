package org.gridflex.planning.optimization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FleetOptimizerTest {

    private static final double EPS = 1e-6;
    private static final PlanningHorizon EIGHT_QUARTERS =
            new PlanningHorizon(Instant.parse("2026-11-24T00:00:00Z"), Duration.ofMinutes(15), 8);

    private final FleetOptimizer optimizer = new FleetOptimizer(2);

    private static AssetPlanningInputs.Builder asset(String id, AssetKind kind) {
        return AssetPlanningInputs.builder(id, kind, EIGHT_QUARTERS.slots());
    }

    private static FleetProblem problem(double[] prices, List<CongestionLimit> limits, AssetPlanningInputs... assets) {
        return new FleetProblem("ELIA", EIGHT_QUARTERS, List.of(assets), limits, prices);
    }

    private static FleetProblem problem(double[] prices, AssetPlanningInputs... assets) {
        return problem(prices, List.of(), assets);
    }

    private static double[] constant(double value) {
        double[] values = new double[EIGHT_QUARTERS.slots()];
        Arrays.fill(values, value);
        return values;
    }

    private FleetSolution solved(FleetProblem problem) {
        FleetSolution solution = optimizer.optimize(problem);
        assertEquals(FleetSolution.Status.SOLVED, solution.status(), solution.message());
        assertEquals(List.of(), ScheduleCheck.violations(problem, solution));
        return solution;
    }

    private static double[] power(FleetSolution solution, String id) {
        return solution.schedule(id).powerMw();
    }

    @Test
    void nextDayHorizonStartsAtTheNextUtcMidnightWithQuarterHours() {
        PlanningHorizon horizon = PlanningHorizon.nextDay(Instant.parse("2026-11-23T17:42:10Z"));
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), horizon.start());
        assertEquals(96, horizon.slots());
        assertEquals(0.25, horizon.hours());
        assertEquals(Instant.parse("2026-11-24T23:45:00Z"), horizon.slotStart(95));
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), horizon.end());
    }

    @Test
    void generatorProducesAtMaxOnlyWhenThePriceBeatsItsStrike() {
        double[] prices = {10, 50, 30, 60, 5, 45, 20, 80};
        FleetSolution solution = solved(problem(prices,
                asset("PL:1", AssetKind.GENERATOR).capacity(0, 10).strike(35).build(),
                asset("PL:2", AssetKind.GENERATOR).capacity(2, 10).strike(35).build()));

        assertArrayEquals(new double[] {0, 10, 0, 10, 0, 10, 0, 10}, power(solution, "PL:1"), EPS);
        assertArrayEquals(new double[] {2, 10, 2, 10, 2, 10, 2, 10}, power(solution, "PL:2"), EPS);
        double expected = 0;
        for (int t = 0; t < prices.length; t++) {
            expected += (prices[t] - 35) * (power(solution, "PL:1")[t] + power(solution, "PL:2")[t]) * 0.25;
        }
        assertEquals(expected, solution.objectiveEur(), 1e-6);
        assertEquals(2, solution.components());
    }

    @Test
    void storageChargesWhenCheapDischargesWhenDearWithinItsEnergyAndLosses() {
        double[] prices = {20, 20, 20, 20, 100, 100, 100, 100};
        FleetSolution solution = solved(problem(prices, asset("PL:7", AssetKind.STORAGE).capacity(-4, 4)
                .energy(0, 2).initialStateOfEnergyPercent(0).efficiency(0.9, 0.8).build()));

        double[] power = power(solution, "PL:7");
        double[] energy = solution.schedule("PL:7").stateOfEnergyMwh();
        double previous = 0;
        double discharged = 0;
        for (int t = 0; t < 8; t++) {
            assertTrue(t < 4 ? power[t] <= EPS : power[t] >= -EPS, "slot " + t + ": " + power[t]);
            assertTrue(energy[t] >= -EPS && energy[t] <= 2 + EPS, "energy " + energy[t]);
            double expectedChange = power[t] < 0 ? -0.9 * power[t] * 0.25 : -power[t] / 0.8 * 0.25;
            assertEquals(expectedChange, energy[t] - previous, EPS, "balance in slot " + t);
            previous = energy[t];
            discharged += Math.max(0, power[t]) * 0.25;
        }
        // it fills the store to the brim and sells all of it: 2 MWh stored give 2 x 0.8 MWh to the grid
        assertEquals(2, Arrays.stream(energy).max().orElseThrow(), EPS);
        assertEquals(0, energy[7], EPS);
        assertEquals(1.6, discharged, EPS);
        assertEquals(1.6 * 100 - 2 / 0.9 * 20 - ComponentModel.CYCLING_COST_EUR_PER_MWH * (1.6 + 2 / 0.9),
                solution.objectiveEur(), 1e-6);
    }

    @Test
    void rampLimitShapesTheClimbIntoAPriceStep() {
        double[] prices = {0, 0, 0, 0, 100, 100, 100, 100};
        // 0.2 MW/min over 15 minutes: 3 MW per slot
        FleetSolution solution = solved(problem(prices,
                asset("PL:3", AssetKind.GENERATOR).capacity(0, 10).strike(10).ramp(0.2, Double.NaN).build()));

        double[] power = power(solution, "PL:3");
        assertArrayEquals(new double[] {0, 1, 4, 7, 10, 10, 10, 10}, power, EPS);
        for (int t = 1; t < 8; t++) {
            assertTrue(power[t] - power[t - 1] <= 3 + EPS, "slope " + (power[t] - power[t - 1]));
        }
    }

    @Test
    void forecastCurtailmentAndAvailabilityCapTheSchedule() {
        double[] availability = {1, 1, 0, 1, 0.5, 1, 1, 1};
        double[] forecast = {10, 3, 10, 10, 10, Double.NaN, 7, 0};
        double[] curtailment = {Double.NaN, Double.NaN, Double.NaN, 6, Double.NaN, Double.NaN, 8, 5};
        FleetSolution solution = solved(problem(constant(90), asset("PL:4", AssetKind.GENERATOR).capacity(0, 10)
                .availability(availability).productionForecast(forecast).curtailmentMax(curtailment).build()));

        assertArrayEquals(new double[] {10, 3, 0, 6, 5, 10, 7, 0}, power(solution, "PL:4"), EPS);
        assertArrayEquals(new double[] {10, 3, 0, 6, 5, 10, 7, 0}, solution.schedule("PL:4").feasibleMaxMw(), EPS);
    }

    @Test
    void flexReservationLeavesHeadroomAboveAndBelow() {
        double[] prices = {90, 90, 90, 90, 1, 1, 1, 1};
        FleetSolution solution = solved(problem(prices,
                asset("PL:5", AssetKind.GENERATOR).capacity(0, 10).strike(30).reserved(2, 3).build(),
                asset("PL:6", AssetKind.FLEXIBLE_LOAD).capacity(-5, 0).strike(50).reserved(0, 1).build()));

        assertArrayEquals(new double[] {8, 8, 8, 8, 3, 3, 3, 3}, power(solution, "PL:5"), EPS);
        // the load consumes all it can when power is cheap, but keeps 1 MW of down flex free
        assertArrayEquals(new double[] {0, 0, 0, 0, -4, -4, -4, -4}, power(solution, "PL:6"), EPS);
        assertArrayEquals(constant(3), solution.schedule("PL:5").feasibleMinMw(), EPS);
        assertArrayEquals(constant(8), solution.schedule("PL:5").feasibleMaxMw(), EPS);
    }

    @Test
    void congestionLimitBindsOnTheGroupAndTheCheaperStrikeGoesFirst() {
        CongestionLimit feeder = CongestionLimit.constant("feeder-12", Set.of("PL:10", "PL:11"), 8, 12, Double.NaN);
        FleetSolution solution = solved(problem(constant(50), List.of(feeder),
                asset("PL:10", AssetKind.GENERATOR).capacity(0, 10).strike(30).build(),
                asset("PL:11", AssetKind.GENERATOR).capacity(0, 10).strike(10).build(),
                asset("PL:12", AssetKind.GENERATOR).capacity(0, 10).strike(40).build()));

        assertArrayEquals(constant(2), power(solution, "PL:10"), EPS);
        assertArrayEquals(constant(10), power(solution, "PL:11"), EPS);
        assertArrayEquals(constant(10), power(solution, "PL:12"), EPS, "outside the limit: not held back");
        assertEquals(2, solution.components());
    }

    @Test
    void congestionLimitsWithdrawalOfLoadsToo() {
        CongestionLimit transformer = CongestionLimit.constant("trafo", Set.of("PL:20", "PL:21"), 8, Double.NaN, 6);
        FleetSolution solution = solved(problem(constant(10), List.of(transformer),
                asset("PL:20", AssetKind.FLEXIBLE_LOAD).capacity(-5, 0).strike(80).build(),
                asset("PL:21", AssetKind.FLEXIBLE_LOAD).capacity(-5, 0).strike(60).build()));

        assertArrayEquals(constant(-5), power(solution, "PL:20"), EPS, "values consumption most");
        assertArrayEquals(constant(-1), power(solution, "PL:21"), EPS);
    }

    @Test
    void marketAllocationIsDeliveredEvenBelowStrike() {
        double[] sold = {0, 0, 4, 4, 0, 0, 0, 0};
        double[] bought = {0, 0, 0, 0, 0, -3, -3, 0};
        FleetSolution solution = solved(problem(constant(10),
                asset("PL:8", AssetKind.GENERATOR).capacity(0, 10).strike(30).allocation(sold).build(),
                asset("PL:9", AssetKind.FLEXIBLE_LOAD).capacity(-5, 0).strike(5).allocation(bought).build()));

        assertArrayEquals(sold, power(solution, "PL:8"), EPS);
        assertArrayEquals(bought, power(solution, "PL:9"), EPS);
    }

    @Test
    void allocationAboveCapacityIsInfeasibleWithAMessageAndNoSchedules() {
        double[] sold = {0, 0, 12, 0, 0, 0, 0, 0};
        FleetSolution solution = optimizer.optimize(problem(constant(50),
                asset("PL:1", AssetKind.GENERATOR).capacity(0, 10).build(),
                asset("PL:37", AssetKind.GENERATOR).capacity(0, 10).allocation(sold).build()));

        assertEquals(FleetSolution.Status.INFEASIBLE, solution.status());
        assertTrue(solution.message().contains("PL:37 slot 2"), solution.message());
        assertTrue(solution.message().contains("market allocation"), solution.message());
        assertTrue(solution.schedules().isEmpty());
        assertNull(solution.schedule("PL:1"));
    }

    @Test
    void allocationsTheirCongestionLimitCannotCarryAreFoundInfeasibleByTheSolver() {
        double[] sold = constant(6);
        CongestionLimit feeder = CongestionLimit.constant("feeder-10", Set.of("PL:30", "PL:31"), 8, 10, Double.NaN);
        FleetSolution solution = optimizer.optimize(problem(constant(50), List.of(feeder),
                asset("PL:30", AssetKind.GENERATOR).capacity(0, 10).allocation(sold).build(),
                asset("PL:31", AssetKind.GENERATOR).capacity(0, 10).allocation(sold).build(),
                asset("PL:32", AssetKind.GENERATOR).capacity(0, 10).build()));

        assertEquals(FleetSolution.Status.INFEASIBLE, solution.status());
        assertTrue(solution.message().contains("feeder-10"), solution.message());
        assertTrue(solution.message().contains("PL:30"), solution.message());
        assertTrue(solution.schedules().isEmpty());
    }

    @Test
    void storeThatCannotHoldEnoughForItsSaleIsInfeasible() {
        FleetSolution solution = optimizer.optimize(problem(constant(50), asset("PL:40", AssetKind.STORAGE)
                .capacity(-4, 4).energy(0, 1).allocation(constant(4)).build()));

        assertEquals(FleetSolution.Status.INFEASIBLE, solution.status());
        assertTrue(solution.message().contains("PL:40"), solution.message());
    }
}
