package org.gridflex.market.bundling;

/** One price level of the order book: the power offered at that price and everything cheaper. */
public record DepthLevel(double priceEurPerMwh, double powerKw, double cumulativeKw, int offers) {
}
