package org.gridflex.planning.optimization;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tenant's planning problem: its assets, the congestion limits that couple them, and the fleet's expected price
 * per slot (used for every asset whose own price is NaN). The constructor rejects inputs that do not fit together
 * (array lengths, duplicate or unknown asset ids, a missing price) so that the optimizer only meets real
 * infeasibilities.
 */
public record FleetProblem(String tenant, PlanningHorizon horizon, List<AssetPlanningInputs> assets,
        List<CongestionLimit> congestion, double[] fleetPriceEurPerMwh) {

    public FleetProblem {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(horizon, "horizon");
        assets = List.copyOf(assets);
        congestion = List.copyOf(congestion);
        Objects.requireNonNull(fleetPriceEurPerMwh, "fleetPriceEurPerMwh");
        validate(horizon.slots(), assets, congestion, fleetPriceEurPerMwh);
    }

    /** The price the asset's energy is valued at in a slot: its own, else the fleet's. */
    public double priceEurPerMwh(AssetPlanningInputs asset, int slot) {
        double own = asset.priceEurPerMwh()[slot];
        return Double.isNaN(own) ? fleetPriceEurPerMwh[slot] : own;
    }

    private static void validate(int slots, List<AssetPlanningInputs> assets, List<CongestionLimit> congestion,
            double[] fleetPrice) {
        if (fleetPrice.length != slots) {
            throw new IllegalArgumentException("fleet price has " + fleetPrice.length + " slots, horizon " + slots);
        }
        Set<String> ids = new HashSet<>();
        for (AssetPlanningInputs asset : assets) {
            if (!ids.add(asset.assetId())) {
                throw new IllegalArgumentException("asset " + asset.assetId() + " appears twice");
            }
            String mismatch = asset.lengthMismatch(slots);
            if (!mismatch.isEmpty()) {
                throw new IllegalArgumentException(mismatch);
            }
            for (int t = 0; t < slots; t++) {
                if (Double.isNaN(asset.priceEurPerMwh()[t]) && Double.isNaN(fleetPrice[t])) {
                    throw new IllegalArgumentException(asset.assetId() + ": no price for slot " + t);
                }
            }
        }
        for (CongestionLimit limit : congestion) {
            if (limit.maxInjectionMw().length != slots) {
                throw new IllegalArgumentException(limit.name() + ": limits for " + limit.maxInjectionMw().length
                        + " slots, horizon " + slots);
            }
            if (limit.assetIds().isEmpty()) {
                throw new IllegalArgumentException(limit.name() + " limits no asset");
            }
            for (String id : limit.assetIds()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException(limit.name() + " names unknown asset " + id);
                }
            }
        }
    }
}
