package org.gridflex.market.bundling;

import java.util.List;

/**
 * The offers a round assigned to one request: allocations in merit order, their total, the cost of delivering them
 * over the whole period (EUR), the coverage (total / requested, 0..1) and whether the request is under-covered.
 */
public record Bundle(String requestId, long round, List<Allocation> allocations, double totalKw, double quantityKw,
        double costEur, double coverage, boolean underCovered) {
}
