package org.gridflex.market.bundling;

/** Power of one offer assigned to one request in one round. */
public record Allocation(String offerId, String deviceId, double allocatedKw, double priceEurPerMwh) {
}
