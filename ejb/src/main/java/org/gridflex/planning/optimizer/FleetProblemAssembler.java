package org.gridflex.planning.optimizer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.planning.model.PlanningTopic;
import org.gridflex.planning.model.SchedulePoint;
import org.gridflex.planning.optimization.AssetKind;
import org.gridflex.planning.optimization.AssetPlanningInputs;
import org.gridflex.planning.optimization.CongestionLimit;
import org.gridflex.planning.optimization.FleetProblem;
import org.gridflex.planning.optimization.PlanningHorizon;

/**
 * Turns a TSO's assets and stored planning schedules into the optimizer's problem for a horizon. Each slot takes the
 * value at its middle from the newest schedule (by production time) of the topic that covers it; market allocations
 * add up instead (each allocation is a separate deal). Absent topics fall back to the asset's rating or a neutral
 * default (available, no curtailment, no reservation, unlimited ramp, strike 0, half-full store).
 */
final class FleetProblemAssembler {

    private final PlanningHorizon horizon;
    private final double defaultPriceEurPerMwh;

    FleetProblemAssembler(PlanningHorizon horizon, double defaultPriceEurPerMwh) {
        this.horizon = horizon;
        this.defaultPriceEurPerMwh = defaultPriceEurPerMwh;
    }

    FleetProblem assemble(String tenant, List<PlanningAsset> assets, List<PlanningSchedule> schedules) {
        int slots = horizon.slots();
        Map<String, Map<PlanningTopic, double[][]>> series = new HashMap<>();
        Map<String, CongestionArea> areas = new LinkedHashMap<>();
        for (PlanningSchedule schedule : schedules) { // oldest first: newer ones overwrite
            PlanningTopic topic = schedule.topic();
            if (topic.isAreaSchedule()) {
                areas.computeIfAbsent(schedule.subject(), a -> new CongestionArea(slots)).apply(schedule, this);
                continue;
            }
            double[][] values = series.computeIfAbsent(schedule.subject(), s -> new EnumMap<>(PlanningTopic.class))
                    .computeIfAbsent(topic, t -> nanSeries(slots));
            if (topic.isMeasurement()) {
                List<SchedulePoint> points = schedule.points();
                values[0][0] = points.get(points.size() - 1).first();
                continue;
            }
            boolean additive = topic == PlanningTopic.MARKET_ALLOCATION;
            for (SchedulePoint p : schedule.points()) {
                for (int t = 0; t < slots; t++) {
                    if (p.covers(middleOf(t))) {
                        values[0][t] = additive && !Double.isNaN(values[0][t]) ? values[0][t] + p.first() : p.first();
                        values[1][t] = p.second();
                    }
                }
            }
        }
        List<AssetPlanningInputs> inputs = new ArrayList<>();
        double[] priceSum = new double[slots];
        int[] priceCount = new int[slots];
        for (PlanningAsset asset : assets) {
            Map<PlanningTopic, double[][]> of = series.getOrDefault(asset.id(), Map.of());
            inputs.add(inputsOf(asset, of));
            double[][] sales = of.get(PlanningTopic.SALES_PLAN_AGGREGATED);
            for (int t = 0; sales != null && t < slots; t++) {
                if (!Double.isNaN(sales[1][t])) {
                    priceSum[t] += sales[1][t];
                    priceCount[t]++;
                }
            }
        }
        double[] fleetPrice = new double[slots];
        for (int t = 0; t < slots; t++) {
            fleetPrice[t] = priceCount[t] == 0 ? defaultPriceEurPerMwh : priceSum[t] / priceCount[t];
        }
        Set<String> known = new LinkedHashSet<>(assets.stream().map(PlanningAsset::id).toList());
        List<CongestionLimit> limits = new ArrayList<>();
        areas.forEach((name, area) -> {
            Set<String> members = new LinkedHashSet<>(area.assets);
            members.retainAll(known);
            if (!members.isEmpty()) {
                limits.add(new CongestionLimit(name, members, area.maxInjection, area.maxWithdrawal));
            }
        });
        return new FleetProblem(tenant, horizon, inputs, limits, fleetPrice);
    }

    private AssetPlanningInputs inputsOf(PlanningAsset asset, Map<PlanningTopic, double[][]> of) {
        var rating = asset.rating();
        AssetPlanningInputs.Builder b = AssetPlanningInputs.builder(asset.id(), rating.kind(), horizon.slots())
                .availability(or(first(of, PlanningTopic.ASSET_AVAILABILITY), 1))
                .capacity(or(first(of, PlanningTopic.CAPACITY_FORECAST), rating.ratedMinMw()),
                        or(second(of, PlanningTopic.CAPACITY_FORECAST), rating.ratedMaxMw()))
                .productionForecast(first(of, PlanningTopic.PRODUCTION_FORECAST))
                .curtailmentMax(first(of, PlanningTopic.CURTAILMENT_SCHEDULE))
                .reserved(or(first(of, PlanningTopic.FLEX_RESERVATION), 0), or(second(of, PlanningTopic.FLEX_RESERVATION), 0))
                .ramp(first(of, PlanningTopic.RAMP_RATE_FORECAST), second(of, PlanningTopic.RAMP_RATE_FORECAST))
                .strike(or(first(of, PlanningTopic.STRIKE_PRICES), 0))
                .price(second(of, PlanningTopic.SALES_PLAN_AGGREGATED))
                .allocation(or(first(of, PlanningTopic.MARKET_ALLOCATION), 0));
        if (rating.kind() == AssetKind.STORAGE) {
            b.energy(or(first(of, PlanningTopic.ENERGY_CAPACITY_FORECAST), 0),
                    or(second(of, PlanningTopic.ENERGY_CAPACITY_FORECAST), rating.energyCapacityMwh()));
            double[][] soe = of.get(PlanningTopic.STATE_OF_ENERGY);
            if (soe != null && !Double.isNaN(soe[0][0])) {
                b.initialStateOfEnergyPercent(soe[0][0]);
            }
        }
        return b.build();
    }

    Instant middleOf(int slot) {
        return horizon.slotStart(slot).plus(horizon.slotLength().dividedBy(2));
    }

    private double[] first(Map<PlanningTopic, double[][]> of, PlanningTopic topic) {
        double[][] values = of.get(topic);
        return values == null ? nanSeries(horizon.slots())[0] : values[0].clone();
    }

    private double[] second(Map<PlanningTopic, double[][]> of, PlanningTopic topic) {
        double[][] values = of.get(topic);
        return values == null ? nanSeries(horizon.slots())[1] : values[1].clone();
    }

    private static double[] or(double[] values, double fallback) {
        for (int t = 0; t < values.length; t++) {
            if (Double.isNaN(values[t])) {
                values[t] = fallback;
            }
        }
        return values;
    }

    private static double[][] nanSeries(int slots) {
        double[][] values = new double[2][slots];
        Arrays.fill(values[0], Double.NaN);
        Arrays.fill(values[1], Double.NaN);
        return values;
    }

    /** One congestion area: its assets and per-slot limits (newest schedule wins, NaN = no limit). */
    private static final class CongestionArea {
        final Set<String> assets = new LinkedHashSet<>();
        final double[] maxInjection;
        final double[] maxWithdrawal;

        CongestionArea(int slots) {
            maxInjection = new double[slots];
            maxWithdrawal = new double[slots];
            Arrays.fill(maxInjection, Double.NaN);
            Arrays.fill(maxWithdrawal, Double.NaN);
        }

        void apply(PlanningSchedule schedule, FleetProblemAssembler assembler) {
            assets.clear();
            schedule.assets().stream().map(AssetKey::toString).forEach(assets::add);
            for (SchedulePoint p : schedule.points()) {
                for (int t = 0; t < maxInjection.length; t++) {
                    if (p.covers(assembler.middleOf(t))) {
                        maxInjection[t] = p.first();
                        maxWithdrawal[t] = p.second();
                    }
                }
            }
        }
    }
}
