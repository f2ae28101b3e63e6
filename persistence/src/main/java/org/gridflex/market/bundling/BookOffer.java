package org.gridflex.market.bundling;

import org.gridflex.market.model.OfferDirection;

/**
 * An offer as the bundler sees it: what it offers, where the device sits in the grid and whether its power may be
 * split. {@code minActivationKw} is the smallest part of a split offer (0 when any part will do).
 */
public record BookOffer(String offerId, String deviceId, String tenant, String dso, String gridArea,
        OfferDirection direction, double powerKw, double minActivationKw, boolean partialAllowed,
        double priceEurPerMwh, long receivedAtMillis) {
}
