package org.gridflex.planning.portfolio;

import java.time.Instant;

/**
 * One slot of a TSO's portfolio: summed over its assets, the planned power and its feasible band (latest solved
 * optimizer run), the production forecasts and the market allocations; storage energy held.
 */
public record PortfolioSlot(Instant start, Instant end, int assets, double scheduledMw, double feasibleMinMw,
        double feasibleMaxMw, double productionForecastMw, double marketAllocationMw, double storedEnergyMwh) {
}
