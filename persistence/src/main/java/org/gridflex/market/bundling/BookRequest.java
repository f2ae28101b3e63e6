package org.gridflex.market.bundling;

import org.gridflex.market.model.OfferDirection;

/**
 * A flex request as the bundler sees it. {@code requesterDso} is null for a request of the TSO itself and the DSO's id
 * for a DSO's request; {@code gridArea} null means the whole control area of the TSO.
 */
public record BookRequest(String requestId, String tenant, String requesterDso, String gridArea,
        OfferDirection direction, double quantityKw, double maxPriceEurPerMwh, long createdAtMillis) {
}
