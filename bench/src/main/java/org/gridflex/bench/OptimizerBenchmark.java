package org.gridflex.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridflex.planning.optimization.AssetKind;
import org.gridflex.planning.optimization.AssetPlanningInputs;
import org.gridflex.planning.optimization.CongestionLimit;
import org.gridflex.planning.optimization.FleetOptimizer;
import org.gridflex.planning.optimization.FleetProblem;
import org.gridflex.planning.optimization.FleetSolution;
import org.gridflex.planning.optimization.PlanningHorizon;
import org.gridflex.planning.optimization.ScheduleCheck;

/**
 * Times {@link FleetOptimizer} on a generated day-ahead fleet, fixed seed: by default 500 assets x 96 quarter-hours
 * — ~50% generators (wind, solar, thermal), ~30% batteries, ~20% flexible loads — with ~25 congestion groups of ~10
 * assets, ramps, outages, curtailment windows, flex reservations and market allocations.
 *
 * <p>The fleet is feasible by construction: each asset gets a reference schedule inside its band (0 for a battery
 * outside its sold hour), its ramps are at least that schedule's steepest step, its allocations are parts of it and
 * each congestion limit lies above its group's reference sum. The optimizer is free to find something better.
 *
 * <p>Arguments (all optional): {@code assets=500 groups=25 groupSize=10 runs=5 warmup=2 seed=42 threads=<cores>}.
 */
public final class OptimizerBenchmark {

    private static final int SLOTS = 96;
    private static final double MINUTES = 15;

    private OptimizerBenchmark() {
    }

    public static void main(String[] args) {
        int assetCount = intArg(args, "assets", 500);
        int groups = intArg(args, "groups", 25);
        int groupSize = intArg(args, "groupSize", 10);
        int runs = intArg(args, "runs", 5);
        int warmup = intArg(args, "warmup", 2);
        long seed = intArg(args, "seed", 42);
        int threads = intArg(args, "threads", Runtime.getRuntime().availableProcessors());

        FleetProblem problem = new FleetGenerator(new Random(seed)).problem(assetCount, groups, groupSize);
        System.out.printf("fleet: %d assets (%s) x %d slots, %d congestion limits; %d cores, %d solver threads%n",
                problem.assets().size(), mix(problem), SLOTS, problem.congestion().size(),
                Runtime.getRuntime().availableProcessors(), threads);

        FleetOptimizer optimizer = new FleetOptimizer(threads);
        for (int i = 0; i < warmup; i++) {
            long start = System.nanoTime();
            FleetSolution solution = optimizer.optimize(problem);
            System.out.printf("warm-up %d: %.0f ms, %s%n", i + 1, (System.nanoTime() - start) / 1e6, solution.status());
        }
        double[] millis = new double[runs];
        FleetSolution last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = optimizer.optimize(problem);
            millis[i] = (System.nanoTime() - start) / 1e6;
            System.out.printf("run %d: %.0f ms wall, build %d ms + solve %d ms summed over %d components, %s%n", i + 1,
                    millis[i], last.buildTime().toMillis(), last.solveTime().toMillis(), last.components(),
                    last.status());
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("wall time over %d runs: median %.0f ms, min %.0f ms, max %.0f ms%n", runs,
                median(sorted), sorted[0], sorted[sorted.length - 1]);
        if (last != null) {
            List<String> violations = ScheduleCheck.violations(problem, last);
            System.out.printf("last run: %s, objective %.2f EUR, %d components, ScheduleCheck: %d violations%s%n",
                    last.status(), last.objectiveEur(), last.components(), violations.size(),
                    violations.isEmpty() ? "" : " e.g. " + violations.subList(0, Math.min(3, violations.size())));
        }
    }

    private static String mix(FleetProblem problem) {
        int[] counts = new int[AssetKind.values().length];
        problem.assets().forEach(asset -> counts[asset.kind().ordinal()]++);
        return counts[0] + " generators, " + counts[1] + " batteries, " + counts[2] + " flexible loads";
    }

    /** Day-ahead fleets that are feasible by construction (see the class comment). */
    static final class FleetGenerator {

        private final Random random;
        private final List<double[]> references = new ArrayList<>();

        FleetGenerator(Random random) {
            this.random = random;
        }

        FleetProblem problem(int assetCount, int groups, int groupSize) {
            PlanningHorizon horizon = PlanningHorizon.nextDay(Instant.parse("2026-11-23T10:00:00Z"));
            List<AssetPlanningInputs> assets = new ArrayList<>(assetCount);
            for (int i = 0; i < assetCount; i++) {
                String id = "PL:" + i;
                double kind = random.nextDouble();
                assets.add(kind < 0.5 ? generator(id) : kind < 0.8 ? battery(id) : load(id));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < assetCount; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<CongestionLimit> limits = new ArrayList<>();
            int next = 0;
            for (int g = 0; g < groups && next < assetCount; g++) {
                int size = Math.min(assetCount - next, groupSize - 2 + random.nextInt(5));
                limits.add(limit("grid-area-" + g, order.subList(next, next + size), assets));
                next += size;
            }
            return new FleetProblem("ELIA", horizon, assets, limits, prices());
        }

        private AssetPlanningInputs generator(String id) {
            double type = random.nextDouble();
            boolean wind = type < 0.4;
            boolean solar = !wind && type < 0.8;
            double capacity = wind ? 2 + 48 * random.nextDouble() : solar ? 1 + 29 * random.nextDouble()
                    : 5 + 95 * random.nextDouble();
            double capacityMin = wind || solar ? 0 : random.nextBoolean() ? 0.3 * capacity : 0;
            double[] forecast = wind ? windProfile(capacity) : solar ? solarProfile(capacity) : nan();
            double[] curtailment = (wind || solar) && random.nextInt(6) == 0
                    ? window(nan(), 10 * 4, 16 * 4, (0.6 + 0.3 * random.nextDouble()) * capacity) : nan();
            double[] availability = outage(random.nextInt(20) == 0);
            double[][] reserved = reservations(capacity, random.nextInt(10) < 3);
            double[] reference = new double[SLOTS];
            for (int t = 0; t < SLOTS; t++) {
                double top = min(capacity * availability[t], forecast[t], curtailment[t]);
                double lo = capacityMin * availability[t] + reserved[1][t];
                double hi = top - reserved[0][t];
                if (hi < lo) { // reservations that do not fit the forecast are dropped, as the flex desk would
                    reserved[0][t] = 0;
                    reserved[1][t] = 0;
                    lo = capacityMin * availability[t];
                    hi = top;
                }
                reference[t] = lo + 0.5 * (hi - lo);
            }
            double ramp = (wind || solar ? 0.1 : 0.01 + 0.04 * random.nextDouble()) * capacity;
            references.add(reference);
            return AssetPlanningInputs.builder(id, AssetKind.GENERATOR, SLOTS).capacity(capacityMin, capacity)
                    .productionForecast(forecast).curtailmentMax(curtailment).availability(availability)
                    .reserved(reserved[0], reserved[1])
                    .ramp(rampCovering(ramp, reference), rampCovering(ramp, reference))
                    .strike(wind || solar ? 10 * random.nextDouble() : 60 + 70 * random.nextDouble())
                    .allocation(random.nextInt(10) < 4 ? allocations(reference) : new double[SLOTS]).build();
        }

        private AssetPlanningInputs battery(String id) {
            double power = 1 + 19 * random.nextDouble();
            double energy = power * (1 + 3 * random.nextDouble());
            double[] energyMin = new double[SLOTS];
            double[] energyMax = new double[SLOTS];
            for (int t = 0; t < SLOTS; t++) {
                energyMin[t] = (0.05 + 0.05 * random.nextDouble()) * energy;
                energyMax[t] = (0.9 + 0.1 * random.nextDouble()) * energy;
            }
            double[][] reserved = reservations(0.3 * power, random.nextInt(10) < 4);
            double[] reference = new double[SLOTS];
            double[] allocation = new double[SLOTS];
            if (random.nextInt(5) == 0) { // sold 20 % of its power for the evening peak hour, 19:00-20:00
                for (int t = 19 * 4; t < 20 * 4; t++) {
                    reference[t] = 0.2 * power;
                    allocation[t] = 0.2 * power;
                }
            }
            references.add(reference);
            double ramp = (0.2 + 0.3 * random.nextDouble()) * power;
            // 40-80 % at the start: the sold hour needs at most 0.2 P x 1 h / 0.92 < 0.3 E of the store
            return AssetPlanningInputs.builder(id, AssetKind.STORAGE, SLOTS).capacity(-power, power)
                    .energy(energyMin, energyMax).initialStateOfEnergyPercent(40 + 40 * random.nextDouble())
                    .efficiency(0.92 + 0.05 * random.nextDouble(), 0.92 + 0.05 * random.nextDouble())
                    .reserved(reserved[0], reserved[1]).ramp(ramp, ramp).allocation(allocation).build();
        }

        private AssetPlanningInputs load(String id) {
            double capacity = 1 + 19 * random.nextDouble();
            double mustConsume = random.nextBoolean() ? 0.2 * capacity : 0;
            double[][] reserved = reservations(0.5 * (capacity - mustConsume), random.nextInt(10) < 3);
            double[] reference = new double[SLOTS];
            for (int t = 0; t < SLOTS; t++) {
                double lo = -capacity + reserved[1][t];
                double hi = -mustConsume - reserved[0][t];
                reference[t] = lo + 0.5 * (hi - lo);
            }
            references.add(reference);
            double ramp = (0.05 + 0.15 * random.nextDouble()) * capacity;
            return AssetPlanningInputs.builder(id, AssetKind.FLEXIBLE_LOAD, SLOTS).capacity(-capacity, -mustConsume)
                    .reserved(reserved[0], reserved[1])
                    .ramp(rampCovering(ramp, reference), rampCovering(ramp, reference))
                    .strike(30 + 120 * random.nextDouble())
                    .allocation(random.nextInt(10) < 4 ? allocations(reference) : new double[SLOTS]).build();
        }

        /** Wind: a smoothed random walk of the capacity factor. */
        private double[] windProfile(double capacity) {
            double[] forecast = new double[SLOTS];
            double factor = 0.1 + 0.6 * random.nextDouble();
            double drift = 0;
            for (int t = 0; t < SLOTS; t++) {
                drift = 0.8 * drift + 0.02 * random.nextGaussian();
                factor = Math.min(0.95, Math.max(0.02, factor + drift));
                forecast[t] = factor * capacity;
            }
            return forecast;
        }

        /** Solar: a bell from 06:00 to 18:00 under slowly passing clouds. */
        private double[] solarProfile(double capacity) {
            double[] forecast = new double[SLOTS];
            double clouds = 0.7 + 0.3 * random.nextDouble();
            for (int t = 0; t < SLOTS; t++) {
                clouds = Math.min(1, Math.max(0.3, clouds + 0.03 * random.nextGaussian()));
                double hour = t / 4.0;
                forecast[t] = capacity * clouds * Math.max(0, Math.sin((hour - 6) / 12 * Math.PI));
            }
            return forecast;
        }

        /** Availability 1, or an outage of 2-8 hours at 0 % or 50 %. */
        private double[] outage(boolean hasOutage) {
            double[] availability = new double[SLOTS];
            Arrays.fill(availability, 1);
            if (hasOutage) {
                int start = random.nextInt(SLOTS - 32);
                window(availability, start, start + 8 + random.nextInt(25), random.nextBoolean() ? 0 : 0.5);
            }
            return availability;
        }

        /** [up, down] reservations: a 4-hour block (an FCR/aFRR product) of up to the given MW each way. */
        private double[][] reservations(double maxMw, boolean reserves) {
            double[] up = new double[SLOTS];
            double[] down = new double[SLOTS];
            if (reserves) {
                int block = 4 * 4 * random.nextInt(6);
                window(up, block, block + 16, maxMw * random.nextDouble());
                window(down, block, block + 16, maxMw * random.nextDouble());
            }
            return new double[][] {up, down};
        }

        /** Firm volumes in 1-4 random hours: a part of the reference, which therefore delivers them. */
        private double[] allocations(double[] reference) {
            double[] allocation = new double[SLOTS];
            for (int hours = 1 + random.nextInt(4); hours > 0; hours--) {
                int start = 4 * random.nextInt(24);
                double share = 0.3 + 0.7 * random.nextDouble();
                for (int t = start; t < start + 4; t++) {
                    allocation[t] = share * reference[t];
                }
            }
            return allocation;
        }

        private CongestionLimit limit(String name, List<Integer> members, List<AssetPlanningInputs> assets) {
            Set<String> ids = new HashSet<>();
            double installed = 0;
            for (int a : members) {
                ids.add(assets.get(a).assetId());
                installed += Math.max(assets.get(a).capacityMaxMw()[0], -assets.get(a).capacityMinMw()[0]);
            }
            double injectionMargin = (0.05 + 0.25 * random.nextDouble()) * installed;
            double withdrawalMargin = (0.05 + 0.25 * random.nextDouble()) * installed;
            boolean limitsWithdrawal = random.nextBoolean();
            double[] injection = new double[SLOTS];
            double[] withdrawal = new double[SLOTS];
            for (int t = 0; t < SLOTS; t++) {
                double sum = 0;
                for (int a : members) {
                    sum += references.get(a)[t];
                }
                injection[t] = Math.max(sum, 0) + injectionMargin;
                withdrawal[t] = limitsWithdrawal ? Math.max(-sum, 0) + withdrawalMargin : Double.NaN;
            }
            return new CongestionLimit(name, ids, injection, withdrawal);
        }

        /** Day-ahead shape: night trough, morning peak, midday solar dip, evening peak, with noise. */
        private double[] prices() {
            double[] prices = new double[SLOTS];
            for (int t = 0; t < SLOTS; t++) {
                double hour = t / 4.0;
                prices[t] = 55 + 45 * bump(hour, 8, 1.5) - 35 * bump(hour, 13, 2.5) + 80 * bump(hour, 19, 1.8)
                        - 10 * bump(hour, 3, 2) + 6 * random.nextGaussian();
            }
            return prices;
        }

        private static double bump(double hour, double center, double width) {
            double x = (hour - center) / width;
            return Math.exp(-x * x / 2);
        }

        private static double rampCovering(double rampPerSlot, double[] reference) {
            double steepest = 0;
            for (int t = 1; t < reference.length; t++) {
                steepest = Math.max(steepest, Math.abs(reference[t] - reference[t - 1]));
            }
            return Math.max(rampPerSlot, steepest * 1.01 + 1e-3) / MINUTES;
        }

        private static double[] window(double[] values, int from, int to, double value) {
            Arrays.fill(values, from, Math.min(to, values.length), value);
            return values;
        }

        private static double[] nan() {
            double[] values = new double[SLOTS];
            Arrays.fill(values, Double.NaN);
            return values;
        }

        private static double min(double first, double... others) {
            double min = first;
            for (double other : others) {
                if (!Double.isNaN(other)) {
                    min = Math.min(min, other);
                }
            }
            return min;
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1).replace("_", ""));
            }
        }
        return fallback;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
