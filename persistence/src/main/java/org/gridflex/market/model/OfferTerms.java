package org.gridflex.market.model;

import java.io.Serializable;

/**
 * What a device offers for a period: direction, power, price, the device's version counter for this offer, and how it
 * may be split: {@code partialAllowed} lets the bundler use part of the power, never less than {@code minActivationKw}.
 */
public record OfferTerms(OfferDirection direction, double powerKw, double priceEurPerMwh, int version,
        double minActivationKw, boolean partialAllowed) implements Serializable {

    /** Terms of a freely divisible offer. */
    public OfferTerms(OfferDirection direction, double powerKw, double priceEurPerMwh, int version) {
        this(direction, powerKw, priceEurPerMwh, version, 0, true);
    }

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
        if (!Double.isFinite(minActivationKw) || minActivationKw < 0 || minActivationKw > powerKw) {
            throw new OfferRejectedException(OfferRejection.MALFORMED,
                    "minActivationKw must be between 0 and powerKw, was " + minActivationKw);
        }
        if (version < 1) {
            throw new OfferRejectedException(OfferRejection.MALFORMED, "version must be 1 or more");
        }
    }
}
