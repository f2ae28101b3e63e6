package org.gridflex.planning.optimization;

/**
 * The static per-slot bounds of one asset's power, before any coupling: {@code feasibleMinMw} /
 * {@code feasibleMaxMw} is what the asset can physically be scheduled at once its reservations stay free,
 * {@code scheduleMinMw} / {@code scheduleMaxMw} that band narrowed by the firm market allocation (the variable
 * bounds of the program).
 */
record PowerBand(double[] feasibleMinMw, double[] feasibleMaxMw, double[] scheduleMinMw, double[] scheduleMaxMw) {

    /** Slack for comparing bounds computed from doubles: below it a band counts as a single point, not empty. */
    static final double EPSILON_MW = 1e-9;

    static PowerBand of(AssetPlanningInputs asset) {
        int slots = asset.capacityMaxMw().length;
        double[] feasibleMin = new double[slots];
        double[] feasibleMax = new double[slots];
        double[] scheduleMin = new double[slots];
        double[] scheduleMax = new double[slots];
        for (int t = 0; t < slots; t++) {
            double availability = asset.availabilityFraction()[t];
            double capacityMin = asset.capacityMinMw()[t] * availability;
            double capacityMax = asset.capacityMaxMw()[t] * availability;
            double injectionCap = minIgnoringNaN(capacityMax, asset.productionForecastMw()[t],
                    asset.curtailmentMaxMw()[t]);
            feasibleMin[t] = capacityMin + asset.reservedDownMw()[t];
            feasibleMax[t] = injectionCap - asset.reservedUpMw()[t];
            double allocation = asset.marketAllocationMw()[t];
            scheduleMin[t] = allocation > 0 ? Math.max(feasibleMin[t], allocation) : feasibleMin[t];
            scheduleMax[t] = allocation < 0 ? Math.min(feasibleMax[t], allocation) : feasibleMax[t];
        }
        return new PowerBand(feasibleMin, feasibleMax, scheduleMin, scheduleMax);
    }

    /** Why the band of a slot is empty (e.g. an allocation above what the asset can deliver), or null when it is not. */
    String emptySlot(AssetPlanningInputs asset) {
        for (int t = 0; t < scheduleMinMw.length; t++) {
            if (scheduleMinMw[t] > scheduleMaxMw[t] + EPSILON_MW) {
                double allocation = asset.marketAllocationMw()[t];
                String cause = feasibleMinMw[t] > feasibleMaxMw[t] + EPSILON_MW
                        ? "capacity, forecast, curtailment and reservations leave no power"
                        : "market allocation " + allocation + " MW is outside the feasible band";
                return String.format("%s slot %d: %s (feasible %.3f..%.3f MW, allocation %.3f MW)", asset.assetId(),
                        t, cause, feasibleMinMw[t], feasibleMaxMw[t], allocation);
            }
        }
        return null;
    }

    private static double minIgnoringNaN(double first, double... others) {
        double min = first;
        for (double other : others) {
            if (!Double.isNaN(other)) {
                min = Math.min(min, other);
            }
        }
        return min;
    }
}
