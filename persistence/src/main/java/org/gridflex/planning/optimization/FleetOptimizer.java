package org.gridflex.planning.optimization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Plans a fleet's power per slot as one linear program, solved with ojAlgo.
 *
 * <p>The program. Per asset a and slot t (h = slot hours): a generator or flexible load has one variable p[a,t]
 * bounded by its band [capMin·avail + reservedDown, min(capMax·avail, forecast, curtailment) − reservedUp],
 * narrowed by a firm market allocation (p ≥ alloc when alloc &gt; 0, p ≤ alloc when alloc &lt; 0). A store has
 * charge c ≥ 0, discharge d ≥ 0 and energy e with p = d − c in the same band, e[t] = e[t−1] + (c·ηc − d/ηd)·h,
 * energyMin[t] ≤ e[t] ≤ energyMax[t] and e[−1] from the initial state of energy. Ramps: −rampDown·min ≤ p[t] −
 * p[t−1] ≤ rampUp·min. Congestion: −maxWithdrawal[t] ≤ Σ p[a,t] over the limit's assets ≤ maxInjection[t].
 * Objective: maximise Σ (price − strike)·p·h, less {@value ComponentModel#CYCLING_COST_EUR_PER_MWH} EUR per MWh
 * charged or discharged so that a store never charges and discharges at once for nothing.
 *
 * <p>Decomposition. Assets only couple through congestion limits, so the program is block-separable: each connected
 * component (union-find over the limits' asset sets) is solved as its own model, which gives exactly the optimum of
 * the whole program, on a pool of bounded parallelism, largest components first. Any infeasible component makes the
 * whole run INFEASIBLE. A solution is only returned SOLVED once {@link ScheduleCheck} finds no violation in it.
 */
public final class FleetOptimizer {

    private final int parallelism;

    public FleetOptimizer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public FleetOptimizer(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** Solves each connected component on its own, in parallel. */
    public FleetSolution optimize(FleetProblem problem) {
        return run(problem, true);
    }

    /** Solves the whole fleet as a single model: the reference the decomposition must agree with. */
    public FleetSolution optimizeAsOneModel(FleetProblem problem) {
        return run(problem, false);
    }

    private FleetSolution run(FleetProblem problem, boolean decompose) {
        List<PowerBand> bands = new ArrayList<>(problem.assets().size());
        for (AssetPlanningInputs asset : problem.assets()) {
            PowerBand band = PowerBand.of(asset);
            String empty = band.emptySlot(asset);
            if (empty != null) {
                // No solver needed: an empty band is infeasible whatever the other assets do.
                return failed(FleetSolution.Status.INFEASIBLE, empty, 0);
            }
            bands.add(band);
        }
        List<ComponentModel> components = decompose ? components(problem, bands)
                : List.of(new ComponentModel(problem, problem.assets(), bands, problem.congestion()));
        List<ComponentModel.ComponentResult> results = solveAll(components);
        return combine(problem, results);
    }

    /** Groups assets that share a congestion limit, directly or through others (union-find). */
    static List<ComponentModel> components(FleetProblem problem, List<PowerBand> bands) {
        List<AssetPlanningInputs> assets = problem.assets();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int a = 0; a < assets.size(); a++) {
            indexOf.put(assets.get(a).assetId(), a);
        }
        int[] parent = new int[assets.size()];
        for (int a = 0; a < parent.length; a++) {
            parent[a] = a;
        }
        for (CongestionLimit limit : problem.congestion()) {
            int first = -1;
            for (String id : limit.assetIds()) {
                int a = indexOf.get(id);
                if (first < 0) {
                    first = a;
                } else {
                    parent[root(parent, a)] = root(parent, first);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int a = 0; a < assets.size(); a++) {
            members.computeIfAbsent(root(parent, a), r -> new ArrayList<>()).add(a);
        }
        Map<Integer, List<CongestionLimit>> limits = new HashMap<>();
        for (CongestionLimit limit : problem.congestion()) {
            int root = root(parent, indexOf.get(limit.assetIds().iterator().next()));
            limits.computeIfAbsent(root, r -> new ArrayList<>()).add(limit);
        }
        List<ComponentModel> components = new ArrayList<>(members.size());
        members.forEach((root, group) -> components.add(new ComponentModel(problem,
                group.stream().map(assets::get).toList(), group.stream().map(bands::get).toList(),
                limits.getOrDefault(root, List.of()))));
        return components;
    }

    private static int root(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]]; // path halving keeps the trees flat
            a = parent[a];
        }
        return a;
    }

    /** Largest first, so that a big component does not start last and leave the other threads idle. */
    private List<ComponentModel.ComponentResult> solveAll(List<ComponentModel> components) {
        List<ComponentModel> ordered = new ArrayList<>(components);
        ordered.sort(Comparator.comparingInt(ComponentModel::size).reversed());
        List<Callable<ComponentModel.ComponentResult>> tasks = ordered.stream()
                .<Callable<ComponentModel.ComponentResult>>map(component -> () -> solveSafely(component)).toList();
        ForkJoinPool pool = new ForkJoinPool(Math.min(parallelism, Math.max(1, ordered.size())));
        try {
            List<ComponentModel.ComponentResult> results = new ArrayList<>(tasks.size());
            for (Future<ComponentModel.ComponentResult> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a component's task failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static ComponentModel.ComponentResult solveSafely(ComponentModel component) {
        try {
            return component.solve();
        } catch (RuntimeException e) {
            return ComponentModel.ComponentResult.failed(FleetSolution.Status.FAILED,
                    "solver error on " + component.describe() + ": " + e, 0, 0);
        }
    }

    private static FleetSolution combine(FleetProblem problem, List<ComponentModel.ComponentResult> results) {
        long buildNanos = 0;
        long solveNanos = 0;
        double objective = 0;
        Map<String, AssetSchedule> schedules = new HashMap<>();
        List<String> problems = new ArrayList<>();
        FleetSolution.Status status = FleetSolution.Status.SOLVED;
        for (ComponentModel.ComponentResult result : results) {
            buildNanos += result.buildNanos();
            solveNanos += result.solveNanos();
            objective += result.objectiveEur();
            schedules.putAll(result.schedules());
            if (result.status() != FleetSolution.Status.SOLVED) {
                problems.add(result.message());
                // one infeasible component makes the plan infeasible; a failure only counts when nothing is infeasible
                if (status != FleetSolution.Status.INFEASIBLE) {
                    status = result.status();
                }
            }
        }
        Duration build = Duration.ofNanos(buildNanos);
        Duration solve = Duration.ofNanos(solveNanos);
        if (status != FleetSolution.Status.SOLVED) {
            return new FleetSolution(status, 0, Map.of(), build, solve, results.size(), String.join("; ", problems));
        }
        FleetSolution solution = new FleetSolution(status, objective, schedules, build, solve, results.size(), "");
        List<String> violations = ScheduleCheck.violations(problem, solution);
        if (!violations.isEmpty()) {
            return new FleetSolution(FleetSolution.Status.FAILED, 0, Map.of(), build, solve, results.size(),
                    "the solver's schedule violates " + violations.size() + " limits, e.g. "
                            + String.join("; ", violations.subList(0, Math.min(3, violations.size()))));
        }
        return solution;
    }

    private static FleetSolution failed(FleetSolution.Status status, String message, int components) {
        return new FleetSolution(status, 0, Map.of(), Duration.ZERO, Duration.ZERO, components, message);
    }
}
