package org.gridflex.planning.optimization;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a solved plan against every limit of its problem with plain arithmetic, independently of the program that
 * produced it (it shares no code with the optimizer's model building): band (capacity x availability, production
 * forecast, curtailment, reservations), market allocations, ramps, a store's energy bounds and balance, congestion.
 * Tolerance {@value #TOLERANCE} (MW or MWh).
 *
 * <p>The energy balance of a store is checked from its net power: e[t] - e[t-1] must equal (c·ηc - d/ηd)·h for
 * some charge c and discharge d within the converter's limits with d - c = p. Without simultaneous charging and
 * discharging that is exactly -ηc·p·h when charging and -p/ηd·h when discharging; both at once can only lose more.
 */
public final class ScheduleCheck {

    public static final double TOLERANCE = 1e-6;

    private ScheduleCheck() {
    }

    public static List<String> violations(FleetProblem problem, FleetSolution solution) {
        List<String> violations = new ArrayList<>();
        if (solution.status() != FleetSolution.Status.SOLVED) {
            violations.add("the solution is " + solution.status() + ", no schedule to check: " + solution.message());
            return violations;
        }
        double hours = problem.horizon().hours();
        double minutes = problem.horizon().minutesPerSlot();
        for (AssetPlanningInputs asset : problem.assets()) {
            AssetSchedule schedule = solution.schedule(asset.assetId());
            if (schedule == null || schedule.powerMw().length != problem.horizon().slots()) {
                violations.add(asset.assetId() + ": no schedule for every slot");
                continue;
            }
            checkBand(asset, schedule.powerMw(), violations);
            checkRamps(asset, schedule.powerMw(), minutes, violations);
            if (asset.isStorage()) {
                checkEnergy(asset, schedule, hours, violations);
            }
        }
        for (CongestionLimit limit : problem.congestion()) {
            checkCongestion(limit, solution, problem.horizon().slots(), violations);
        }
        return violations;
    }

    private static void checkBand(AssetPlanningInputs asset, double[] power, List<String> violations) {
        for (int t = 0; t < power.length; t++) {
            double p = power[t];
            double availability = asset.availabilityFraction()[t];
            double up = asset.reservedUpMw()[t];
            double down = asset.reservedDownMw()[t];
            atLeast(p - down, asset.capacityMinMw()[t] * availability, asset, t, "power - reserved down",
                    "capacity min x availability", violations);
            atMost(p + up, asset.capacityMaxMw()[t] * availability, asset, t, "power + reserved up",
                    "capacity max x availability", violations);
            atMost(p + up, asset.productionForecastMw()[t], asset, t, "power + reserved up", "production forecast",
                    violations);
            atMost(p + up, asset.curtailmentMaxMw()[t], asset, t, "power + reserved up", "curtailment max",
                    violations);
            double allocation = asset.marketAllocationMw()[t];
            if (allocation > 0) {
                atLeast(p, allocation, asset, t, "power", "market allocation (sold)", violations);
            } else if (allocation < 0) {
                atMost(p, allocation, asset, t, "power", "market allocation (bought)", violations);
            }
        }
    }

    private static void checkRamps(AssetPlanningInputs asset, double[] power, double minutes,
            List<String> violations) {
        for (int t = 1; t < power.length; t++) {
            double change = power[t] - power[t - 1];
            atMost(change, asset.rampUpMwPerMin()[t] * minutes, asset, t, "ramp up", "ramp up rate x minutes",
                    violations);
            atLeast(change, -asset.rampDownMwPerMin()[t] * minutes, asset, t, "ramp down",
                    "-ramp down rate x minutes", violations);
        }
    }

    private static void checkEnergy(AssetPlanningInputs asset, AssetSchedule schedule, double hours,
            List<String> violations) {
        double[] energy = schedule.stateOfEnergyMwh();
        double[] power = schedule.powerMw();
        if (energy == null || energy.length != power.length) {
            violations.add(asset.assetId() + ": a store without its state of energy per slot");
            return;
        }
        double chargeEfficiency = asset.chargeEfficiency();
        double dischargeEfficiency = asset.dischargeEfficiency();
        double previous = asset.energyMinMwh()[0]
                + asset.initialStateOfEnergyPercent() / 100 * (asset.energyMaxMwh()[0] - asset.energyMinMwh()[0]);
        for (int t = 0; t < power.length; t++) {
            atLeast(energy[t], asset.energyMinMwh()[t], asset, t, "state of energy", "energy min", violations);
            atMost(energy[t], asset.energyMaxMwh()[t], asset, t, "state of energy", "energy max", violations);
            double availability = asset.availabilityFraction()[t];
            double chargeMax = Math.max(0, -asset.capacityMinMw()[t] * availability);
            double dischargeMax = Math.max(0, minOf(asset.capacityMaxMw()[t] * availability,
                    asset.productionForecastMw()[t], asset.curtailmentMaxMw()[t]));
            double p = power[t];
            // charge c with discharge d = p + c; the change of energy falls as c grows (ηc - 1/ηd <= 0)
            double leastCharge = Math.max(0, -p);
            double mostCharge = Math.min(chargeMax, dischargeMax - p);
            double perCharge = chargeEfficiency - 1 / dischargeEfficiency;
            double change = energy[t] - previous;
            atMost(change, (-p / dischargeEfficiency + leastCharge * perCharge) * hours, asset, t,
                    "energy change", "(c·ηc - d/ηd)·h of the net power", violations);
            atLeast(change, (-p / dischargeEfficiency + mostCharge * perCharge) * hours, asset, t,
                    "energy change", "(c·ηc - d/ηd)·h with the most cycling the converter allows", violations);
            previous = energy[t];
        }
    }

    private static void checkCongestion(CongestionLimit limit, FleetSolution solution, int slots,
            List<String> violations) {
        for (int t = 0; t < slots; t++) {
            double sum = 0;
            for (String id : limit.assetIds()) {
                AssetSchedule schedule = solution.schedule(id);
                sum += schedule == null ? 0 : schedule.powerMw()[t];
            }
            double injection = limit.maxInjectionMw()[t];
            double withdrawal = limit.maxWithdrawalMw()[t];
            if (!Double.isNaN(injection) && sum > injection + TOLERANCE) {
                violations.add(String.format("%s slot %d: sum %.6f MW above max injection %.6f MW", limit.name(), t,
                        sum, injection));
            }
            if (!Double.isNaN(withdrawal) && sum < -withdrawal - TOLERANCE) {
                violations.add(String.format("%s slot %d: sum %.6f MW below -max withdrawal %.6f MW", limit.name(),
                        t, sum, -withdrawal));
            }
        }
    }

    /** value &lt;= limit (a NaN limit is no limit). */
    private static void atMost(double value, double limit, AssetPlanningInputs asset, int t, String what,
            String limitName, List<String> violations) {
        if (!Double.isNaN(limit) && !(value <= limit + TOLERANCE)) {
            violations.add(String.format("%s slot %d: %s %.6f above %s %.6f", asset.assetId(), t, what, value,
                    limitName, limit));
        }
    }

    /** value &gt;= limit (a NaN limit is no limit). */
    private static void atLeast(double value, double limit, AssetPlanningInputs asset, int t, String what,
            String limitName, List<String> violations) {
        if (!Double.isNaN(limit) && !(value >= limit - TOLERANCE)) {
            violations.add(String.format("%s slot %d: %s %.6f below %s %.6f", asset.assetId(), t, what, value,
                    limitName, limit));
        }
    }

    private static double minOf(double first, double... others) {
        double min = first;
        for (double other : others) {
            if (!Double.isNaN(other)) {
                min = Math.min(min, other);
            }
        }
        return min;
    }
}
