package org.gridflex.planning.optimization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The program of one connected component of the fleet (assets that share congestion limits, directly or through
 * others) as an ojAlgo {@link ExpressionsBasedModel}. Static bounds are variable bounds (a store's net band too, through
 * the bounds of its charge and discharge), so the model only holds rows for what couples variables: a store's energy
 * balance, and those ramp and congestion limits that the bands do not already imply.
 */
final class ComponentModel {

    /** EUR per MWh moved through a store: small enough not to change a real decision, large enough to break ties. */
    static final double CYCLING_COST_EUR_PER_MWH = 0.01;

    private final FleetProblem problem;
    private final List<AssetPlanningInputs> assets;
    private final List<PowerBand> bands;
    private final List<CongestionLimit> limits;
    private final int slots;
    private final double hours;
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    /**
     * Per asset, the model indices of its variables per slot: power of a generator/load, or [charge, discharge,
     * energy] of a store. Indices, not Variable objects: expressions take them directly.
     */
    private final List<int[][]> variables = new ArrayList<>();
    private final List<double[][]> weights = new ArrayList<>();

    ComponentModel(FleetProblem problem, List<AssetPlanningInputs> assets, List<PowerBand> bands,
            List<CongestionLimit> limits) {
        this.problem = problem;
        this.assets = assets;
        this.bands = bands;
        this.limits = limits;
        this.slots = problem.horizon().slots();
        this.hours = problem.horizon().hours();
    }

    int size() {
        return assets.size();
    }

    ComponentResult solve() {
        long started = System.nanoTime();
        for (int a = 0; a < assets.size(); a++) {
            if (assets.get(a).isStorage()) {
                addStorage(assets.get(a), bands.get(a));
            } else {
                addPowerAsset(assets.get(a), bands.get(a));
            }
            addRamps(a);
        }
        limits.forEach(this::addCongestion);
        long built = System.nanoTime();
        Optimisation.Result result = model.maximise();
        long solved = System.nanoTime();
        return toResult(result, built - started, solved - built);
    }

    private void addPowerAsset(AssetPlanningInputs asset, PowerBand band) {
        int[] power = new int[slots];
        double[] weight = new double[slots];
        for (int t = 0; t < slots; t++) {
            weight[t] = margin(asset, t);
            power[t] = variable(band.scheduleMinMw()[t], band.scheduleMaxMw()[t], weight[t]);
        }
        variables.add(new int[][] {power});
        weights.add(new double[][] {weight});
    }

    /** p = d - c with c, d >= 0; e[t] = e[t-1] + (c ηc - d / ηd) h, within the energy forecast. */
    private void addStorage(AssetPlanningInputs asset, PowerBand band) {
        int[] charge = new int[slots];
        int[] discharge = new int[slots];
        int[] energy = new int[slots];
        double[] chargeWeight = new double[slots];
        double[] dischargeWeight = new double[slots];
        double cycling = CYCLING_COST_EUR_PER_MWH * hours;
        for (int t = 0; t < slots; t++) {
            chargeWeight[t] = -margin(asset, t) - cycling;
            dischargeWeight[t] = margin(asset, t) - cycling;
            // Each direction bounded by its side of the band: d - c then covers exactly [min, max] without a row
            // (the net band as variable bounds, not constraints). The converter runs one way at a time anyway.
            double min = band.scheduleMinMw()[t];
            double max = band.scheduleMaxMw()[t];
            charge[t] = variable(Math.max(0, -max), Math.max(0, -min), chargeWeight[t]);
            discharge[t] = variable(Math.max(0, min), Math.max(0, max), dischargeWeight[t]);
            energy[t] = variable(asset.energyMinMwh()[t], asset.energyMaxMwh()[t], 0);
        }
        for (int t = 0; t < slots; t++) {
            Expression balance = model.addExpression().set(energy[t], 1)
                    .set(charge[t], -asset.chargeEfficiency() * hours)
                    .set(discharge[t], hours / asset.dischargeEfficiency());
            if (t == 0) {
                balance.level(asset.initialEnergyMwh());
            } else {
                balance.set(energy[t - 1], -1).level(0);
            }
        }
        variables.add(new int[][] {charge, discharge, energy});
        weights.add(new double[][] {chargeWeight, dischargeWeight});
    }

    /**
     * |p[t] - p[t-1]| within the ramp rates of slot t, times the slot's minutes. A row only where the bands of the
     * two slots allow a steeper step: a ramp faster than any possible change cannot bind, and dropping it keeps the
     * program exact while the dense simplex tableau gets a row shorter.
     */
    private void addRamps(int a) {
        AssetPlanningInputs asset = assets.get(a);
        PowerBand band = bands.get(a);
        double minutes = problem.horizon().minutesPerSlot();
        for (int t = 1; t < slots; t++) {
            double up = asset.rampUpMwPerMin()[t] * minutes;
            double down = asset.rampDownMwPerMin()[t] * minutes;
            double steepestRise = band.scheduleMaxMw()[t] - band.scheduleMinMw()[t - 1];
            double steepestFall = band.scheduleMaxMw()[t - 1] - band.scheduleMinMw()[t];
            up = steepestRise <= up ? Double.NaN : up;
            down = steepestFall <= down ? Double.NaN : down;
            if (Double.isNaN(up) && Double.isNaN(down)) {
                continue;
            }
            Expression ramp = model.addExpression();
            addPower(ramp, a, t, 1);
            addPower(ramp, a, t - 1, -1);
            if (!Double.isNaN(up)) {
                ramp.upper(up);
            }
            if (!Double.isNaN(down)) {
                ramp.lower(-down);
            }
        }
    }

    private void addCongestion(CongestionLimit limit) {
        List<Integer> members = new ArrayList<>();
        for (int a = 0; a < assets.size(); a++) {
            if (limit.assetIds().contains(assets.get(a).assetId())) {
                members.add(a);
            }
        }
        for (int t = 0; t < slots; t++) {
            double most = 0;
            double least = 0;
            for (int a : members) {
                most += bands.get(a).scheduleMaxMw()[t];
                least += bands.get(a).scheduleMinMw()[t];
            }
            // as with ramps: a side the group cannot reach even with every asset at its bound needs no row
            double injection = most <= limit.maxInjectionMw()[t] ? Double.NaN : limit.maxInjectionMw()[t];
            double withdrawal = least >= -limit.maxWithdrawalMw()[t] ? Double.NaN : limit.maxWithdrawalMw()[t];
            if (Double.isNaN(injection) && Double.isNaN(withdrawal)) {
                continue;
            }
            Expression sum = model.addExpression();
            for (int a : members) {
                addPower(sum, a, t, 1);
            }
            if (!Double.isNaN(injection)) {
                sum.upper(injection);
            }
            if (!Double.isNaN(withdrawal)) {
                sum.lower(-withdrawal);
            }
        }
    }

    /** Adds sign x (net power of asset a in slot t) to the expression. */
    private void addPower(Expression expression, int a, int t, double sign) {
        int[][] vars = variables.get(a);
        if (assets.get(a).isStorage()) {
            expression.add(vars[1][t], sign).add(vars[0][t], -sign);
        } else {
            expression.add(vars[0][t], sign);
        }
    }

    /** EUR per MW scheduled for one slot: what a MWh earns at the asset's price, less its strike. */
    private double margin(AssetPlanningInputs asset, int t) {
        return (problem.priceEurPerMwh(asset, t) - asset.strikePriceEurPerMwh()[t]) * hours;
    }

    private ComponentResult toResult(Optimisation.Result result, long buildNanos, long solveNanos) {
        Optimisation.State state = result.getState();
        if (state == Optimisation.State.INFEASIBLE) {
            return ComponentResult.failed(FleetSolution.Status.INFEASIBLE,
                    "no schedule meets every limit of " + describe(), buildNanos, solveNanos);
        }
        if (!state.isOptimal()) {
            return ComponentResult.failed(FleetSolution.Status.FAILED,
                    "solver ended " + state + " on " + describe(), buildNanos, solveNanos);
        }
        Map<String, AssetSchedule> schedules = new HashMap<>();
        double objective = 0;
        for (int a = 0; a < assets.size(); a++) {
            objective += scheduleOf(a, result, schedules);
        }
        return new ComponentResult(FleetSolution.Status.SOLVED, objective, schedules, buildNanos, solveNanos, "");
    }

    /** Puts asset a's schedule into the map and returns its objective contribution in EUR. */
    private double scheduleOf(int a, Optimisation.Result result, Map<String, AssetSchedule> schedules) {
        AssetPlanningInputs asset = assets.get(a);
        int[][] vars = variables.get(a);
        double[][] weight = weights.get(a);
        double[] power = new double[slots];
        double[] energy = asset.isStorage() ? new double[slots] : null;
        double objective = 0;
        for (int t = 0; t < slots; t++) {
            if (asset.isStorage()) {
                double charge = value(result, vars[0][t]);
                double discharge = value(result, vars[1][t]);
                power[t] = discharge - charge;
                energy[t] = value(result, vars[2][t]);
                objective += weight[0][t] * charge + weight[1][t] * discharge;
            } else {
                power[t] = value(result, vars[0][t]);
                objective += weight[0][t] * power[t];
            }
        }
        PowerBand band = bands.get(a);
        schedules.put(asset.assetId(),
                new AssetSchedule(asset.assetId(), power, band.feasibleMinMw(), band.feasibleMaxMw(), energy));
        return objective;
    }

    private static double value(Optimisation.Result result, int index) {
        return result.doubleValue(index);
    }

    /** Adds a variable with its bounds and objective weight (EUR per unit) and returns its index in the model. */
    private int variable(double lower, double upper, double weight) {
        Variable variable = model.addVariable().lower(lower).upper(upper);
        if (weight != 0) {
            variable.weight(weight);
        }
        return model.countVariables() - 1;
    }

    /** The component's assets and limits, for messages (the first ten of each). */
    String describe() {
        String ids = assets.stream().limit(10).map(AssetPlanningInputs::assetId).collect(Collectors.joining(", "));
        String names = limits.stream().limit(10).map(CongestionLimit::name).collect(Collectors.joining(", "));
        return "assets [" + ids + (assets.size() > 10 ? ", … " + assets.size() + " in all" : "") + "]"
                + (limits.isEmpty() ? "" : " under limits [" + names + (limits.size() > 10 ? ", …" : "") + "]");
    }

    /** What solving one component gave. */
    record ComponentResult(FleetSolution.Status status, double objectiveEur, Map<String, AssetSchedule> schedules,
            long buildNanos, long solveNanos, String message) {

        static ComponentResult failed(FleetSolution.Status status, String message, long buildNanos,
                long solveNanos) {
            return new ComponentResult(status, 0, Map.of(), buildNanos, solveNanos, message);
        }
    }
}
