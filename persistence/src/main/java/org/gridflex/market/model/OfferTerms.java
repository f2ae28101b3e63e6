package org.gridflex.market.model;

import java.io.Serializable;

/** What a device offers for a period: direction, power, price and the device's version counter for this offer. */
public record OfferTerms(OfferDirection direction, double powerKw, double priceEurPerMwh, int version)
        implements Serializable {

    public OfferTerms {
        if (direction == null) {
            throw new OfferRejectedException(OfferRejection.MALFORMED, "direction is required (UP or DOWN)");
        }
        if (!Double.isFinite(powerKw) || powerKw <= 0) {
            throw new OfferRejectedException(OfferRejection.INVALID_POWER, "powerKw=" + powerKw);
        }
        // Prices may be negative (paid to consume), but never NaN or infinite.
        if (!Double.isFinite(priceEurPerMwh)) {
            throw new OfferRejectedException(OfferRejection.INVALID_PRICE, "priceEurPerMwh=" + priceEurPerMwh);
        }
        if (version < 1) {
            throw new OfferRejectedException(OfferRejection.MALFORMED, "version must be 1 or more");
        }
    }
}
