package org.gridflex.planning.optimization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random fleets that are feasible by construction: every asset gets a reference schedule inside its band (0 for a
 * store), ramps at least as fast as that schedule's slope, allocations no larger than it and congestion limits no
 * tighter than its group sum, so the reference itself meets every limit and the optimum exists.
 */
final class RandomFleet {

    private RandomFleet() {
    }

    static FleetProblem problem(long seed, int assetCount, int groups, int groupSize, int slots) {
        Random random = new Random(seed);
        PlanningHorizon horizon = PlanningHorizon.nextDay(Instant.parse("2026-11-23T10:00:00Z"));
        horizon = new PlanningHorizon(horizon.start(), horizon.slotLength(), slots);
        List<AssetPlanningInputs> assets = new ArrayList<>();
        List<double[]> references = new ArrayList<>();
        for (int i = 0; i < assetCount; i++) {
            double kind = random.nextDouble();
            String id = "PL:" + i;
            double[] reference = new double[slots];
            AssetPlanningInputs asset = kind < 0.5 ? generator(random, id, slots, reference)
                    : kind < 0.8 ? storage(random, id, slots) : load(random, id, slots, reference);
            assets.add(asset);
            references.add(reference);
        }
        List<CongestionLimit> limits = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < assetCount; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int g = 0; g < groups; g++) {
            List<Integer> members = order.subList(g * groupSize, Math.min(assetCount, (g + 1) * groupSize));
            limits.add(limit(random, "grid-area-" + g, members, assets, references, slots));
        }
        return new FleetProblem("ELIA", horizon, assets, limits, prices(random, slots));
    }

    private static AssetPlanningInputs generator(Random random, String id, int slots, double[] reference) {
        double capacity = 1 + random.nextInt(20);
        boolean renewable = random.nextBoolean();
        double[] forecast = new double[slots];
        double[] availability = new double[slots];
        double[] reservedUp = new double[slots];
        double[] reservedDown = new double[slots];
        double capacityMin = renewable ? 0 : 0.2 * capacity;
        double level = random.nextDouble();
        double curtailment = random.nextInt(5) == 0 ? 0.8 * capacity : Double.NaN;
        for (int t = 0; t < slots; t++) {
            level = Math.min(1, Math.max(0, level + 0.15 * random.nextGaussian()));
            forecast[t] = renewable ? capacity * level : Double.NaN;
            availability[t] = random.nextInt(40) == 0 ? 0 : 1;
            double top = Math.min(capacity * availability[t], renewable ? forecast[t] : capacity);
            top = Double.isNaN(curtailment) ? top : Math.min(top, curtailment);
            double bottom = capacityMin * availability[t];
            double spare = top - bottom;
            reservedUp[t] = random.nextInt(4) == 0 ? 0.3 * spare * random.nextDouble() : 0;
            reservedDown[t] = random.nextInt(4) == 0 ? 0.3 * spare * random.nextDouble() : 0;
            double lo = bottom + reservedDown[t];
            double hi = top - reservedUp[t];
            reference[t] = lo + 0.5 * (hi - lo);
        }
        return AssetPlanningInputs.builder(id, AssetKind.GENERATOR, slots).capacity(capacityMin, capacity)
                .availability(availability).productionForecast(forecast).reserved(reservedUp, reservedDown)
                .ramp(rampCovering(random, reference), rampCovering(random, reference))
                .allocation(allocations(random, reference)).strike(renewable ? 0 : 20 + 80 * random.nextDouble())
                .curtailmentMax(curtailment)
                .build();
    }

    private static AssetPlanningInputs load(Random random, String id, int slots, double[] reference) {
        double capacity = 1 + random.nextInt(10);
        for (int t = 0; t < slots; t++) {
            reference[t] = -0.5 * capacity;
        }
        return AssetPlanningInputs.builder(id, AssetKind.FLEXIBLE_LOAD, slots).capacity(-capacity, 0)
                .reserved(0, random.nextBoolean() ? 0.2 * capacity : 0).allocation(allocations(random, reference))
                .strike(40 + 80 * random.nextDouble()).build();
    }

    private static AssetPlanningInputs storage(Random random, String id, int slots) {
        double power = 1 + random.nextInt(10);
        double energy = power * (1 + random.nextInt(4));
        double[] energyMin = new double[slots];
        double[] energyMax = new double[slots];
        for (int t = 0; t < slots; t++) {
            energyMin[t] = 0.1 * energy * random.nextDouble();
            energyMax[t] = energy * (0.9 + 0.1 * random.nextDouble());
        }
        // 50 % of the first slot's range lies inside every slot's range: min <= 0.1 E, max >= 0.9 E
        return AssetPlanningInputs.builder(id, AssetKind.STORAGE, slots).capacity(-power, power)
                .energy(energyMin, energyMax).initialStateOfEnergyPercent(50)
                .efficiency(0.9 + 0.1 * random.nextDouble(), 0.9 + 0.1 * random.nextDouble())
                .reserved(0.2 * power * random.nextDouble(), 0.2 * power * random.nextDouble())
                .ramp(power / 15 * (0.3 + random.nextDouble()), power / 15 * (0.3 + random.nextDouble())).build();
    }

    /** A ramp rate (MW/min) at least the reference's steepest change, so the reference stays feasible. */
    private static double rampCovering(Random random, double[] reference) {
        double steepest = 0;
        for (int t = 1; t < reference.length; t++) {
            steepest = Math.max(steepest, Math.abs(reference[t] - reference[t - 1]));
        }
        return (steepest * (1.01 + random.nextDouble()) + 0.01) / 15;
    }

    private static double[] allocations(Random random, double[] reference) {
        double[] allocation = new double[reference.length];
        for (int t = 0; t < reference.length; t++) {
            allocation[t] = random.nextInt(3) == 0 ? reference[t] * random.nextDouble() : 0;
        }
        return allocation;
    }

    private static CongestionLimit limit(Random random, String name, List<Integer> members,
            List<AssetPlanningInputs> assets, List<double[]> references, int slots) {
        Set<String> ids = new HashSet<>();
        double[] injection = new double[slots];
        double[] withdrawal = new double[slots];
        double installed = 0;
        for (int a : members) {
            ids.add(assets.get(a).assetId());
            installed += assets.get(a).capacityMaxMw()[0] - assets.get(a).capacityMinMw()[0];
        }
        for (int t = 0; t < slots; t++) {
            double sum = 0;
            for (int a : members) {
                sum += references.get(a)[t];
            }
            injection[t] = Math.max(sum, 0) + 0.2 * installed * random.nextDouble();
            withdrawal[t] = random.nextBoolean() ? Double.NaN : Math.max(-sum, 0) + 0.2 * installed * random.nextDouble();
        }
        return new CongestionLimit(name, ids, injection, withdrawal);
    }

    static double[] prices(Random random, int slots) {
        double[] prices = new double[slots];
        for (int t = 0; t < slots; t++) {
            double hour = 24.0 * t / slots;
            prices[t] = 60 + 35 * Math.sin((hour - 9) / 24 * 2 * Math.PI) + 10 * random.nextGaussian();
        }
        return prices;
    }
}
