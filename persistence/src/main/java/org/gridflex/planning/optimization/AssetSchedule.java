package org.gridflex.planning.optimization;

/**
 * The plan of one asset: {@code powerMw} is the optimal schedule per slot (the seed's AssetPowerSchedule),
 * {@code feasibleMinMw} / {@code feasibleMaxMw} the static band the asset can be scheduled in once capacity,
 * availability, forecast, curtailment and reservations are applied (the seed's AssetFeasiblePowerSchedule; market
 * allocations narrow the schedule further but not this band), {@code stateOfEnergyMwh} the energy stored at the end
 * of each slot (null unless storage).
 */
public record AssetSchedule(String assetId, double[] powerMw, double[] feasibleMinMw, double[] feasibleMaxMw,
        double[] stateOfEnergyMwh) {
}
